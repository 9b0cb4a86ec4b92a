/// `--format jsonl`: one JSON object per finding with the keys `path`, `line`, `column`,
/// `offset`, `length`, `category`, `subcategory`, `pattern`, `confidence`, `value`, in that
/// order. The keys are a public contract. A finding in a tar member adds `member`, the path
/// inside the archive; a finding in a table row of a dump or CSV file adds `table` and
/// `table_column` (`column` is already the byte column).
public final class JSONLinesReporter: FindingSink, @unchecked Sendable {
    private let context: ReportContext
    private let out: OutputBuffer

    public init(context: ReportContext, output: OutputBuffer) {
        self.context = context
        self.out = output
    }

    public func findings(_ chunk: ChunkFindings, in input: InputPath, member: String?) {
        for f in chunk.findings {
            JSONLinesReporter.appendObject(f, chunk: chunk, path: input, member: member, context: context, to: out)
            out.append(UInt8(ascii: "\n"))
        }
    }

    /// Appends one finding as a JSON object (shared with `JSONReporter`).
    static func appendObject(_ f: Finding, chunk: ChunkFindings, path: InputPath, member: String?,
                             context: ReportContext, to out: OutputBuffer) {
        let d = context.definition(f)
        out.append("{\"path\":")
        out.appendJSONString(path.bytes)
        out.append(",\"line\":")
        out.append(f.line)
        out.append(",\"column\":")
        out.append(f.column)
        out.append(",\"offset\":")
        out.append(f.offset)
        out.append(",\"length\":")
        out.append(f.length)
        out.append(",\"category\":")
        out.appendJSONString(d.category)
        out.append(",\"subcategory\":")
        if let sub = d.subcategory { out.appendJSONString(sub) } else { out.append("null") }
        out.append(",\"pattern\":")
        out.appendJSONString(d.id)
        out.append(",\"confidence\":\"")
        out.append(f.confidence.description)
        out.append("\",\"value\":")
        out.appendJSONString(context.displayValue(f, in: chunk))
        if let member {
            out.append(",\"member\":")
            out.appendJSONString(member)
        }
        if let field = chunk.fieldName(of: f) {
            out.append(",\"table\":")
            if let table = field.table { out.appendJSONString(table) } else { out.append("null") }
            out.append(",\"table_column\":")
            if let column = field.column { out.appendJSONString(column) } else { out.append("null") }
        }
        out.append(UInt8(ascii: "}"))
    }

    public func endInput(_ input: InputPath, outcome: InputOutcome) { out.flush() }

    public func finish(_ summary: ScanSummary) { out.flush() }
}
