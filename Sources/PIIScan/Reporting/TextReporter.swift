/// `--format text`: one line per finding, `path:line:column: category[/subcategory] value`;
/// a finding in a tar member shows as `archive!/member:line:column: …`, and a finding in a
/// table row ends with `(table.column)`.
public final class TextReporter: FindingSink, @unchecked Sendable {
    private let context: ReportContext
    private let out: OutputBuffer

    public init(context: ReportContext, output: OutputBuffer) {
        self.context = context
        self.out = output
    }

    public func findings(_ chunk: ChunkFindings, in input: InputPath, member: String?) {
        for f in chunk.findings {
            let d = context.definition(f)
            out.append(input.bytes)
            if let member {
                out.append("!/")
                out.append(member)
            }
            out.append(UInt8(ascii: ":"))
            out.append(f.line)
            out.append(UInt8(ascii: ":"))
            out.append(f.column)
            out.append(": ")
            out.append(d.category)
            if let sub = d.subcategory {
                out.append(UInt8(ascii: "/"))
                out.append(sub)
            }
            out.append(UInt8(ascii: " "))
            for b in context.displayValue(f, in: chunk) {
                out.append(b < 0x20 || b == 0x7F ? UInt8(ascii: "?") : b)
            }
            if let field = chunk.fieldName(of: f) {
                out.append(" (")
                out.append(field.description)
                out.append(UInt8(ascii: ")"))
            }
            out.append(UInt8(ascii: "\n"))
        }
    }

    public func endInput(_ input: InputPath, outcome: InputOutcome) { out.flush() }

    public func finish(_ summary: ScanSummary) { out.flush() }
}
