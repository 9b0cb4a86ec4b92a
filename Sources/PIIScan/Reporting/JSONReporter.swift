/// `--format json`: one document, `{"findings": [...], "summary": {...}}`, written as the
/// scan goes so findings are not all held in memory.
public final class JSONReporter: FindingSink, @unchecked Sendable {
    private let writer: JSONFindingWriter
    private let out: OutputBuffer
    private var count = 0
    private var problems: [(InputPath, InputOutcome)] = []

    public init(context: ReportContext, output: OutputBuffer) {
        writer = JSONFindingWriter(context: context)
        self.out = output
        out.append("{\"findings\":[")
    }

    public func findings(_ chunk: ChunkFindings, in input: InputPath, member: String?) {
        writer.begin(chunk, in: input, member: member)
        for f in chunk.findings {
            out.append(count == 0 ? "\n" : ",\n")
            writer.append(f, of: chunk, to: out)
            count += 1
        }
    }

    public func endInput(_ input: InputPath, outcome: InputOutcome) {
        if outcome != .scanned && outcome != .skippedBinary { problems.append((input, outcome)) }
    }

    public func finish(_ s: ScanSummary) {
        out.append("\n],\"summary\":{\"inputs_scanned\":")
        out.append(s.filesScanned)
        out.append(",\"binary_skipped\":")
        out.append(s.binarySkipped)
        out.append(",\"errors\":")
        out.append(s.errors)
        out.append(",\"bytes_scanned\":")
        out.append(s.bytesScanned)
        out.append(",\"findings\":")
        out.append(s.findings)
        out.append(",\"findings_by_category\":{")
        for (i, (category, n)) in s.findingsByCategory.sorted(by: { $0.key < $1.key }).enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            out.appendJSONString(category)
            out.append(UInt8(ascii: ":"))
            out.append(n)
        }
        out.append("},\"elapsed_seconds\":")
        out.append(SummaryLine.fixed(s.elapsedSeconds))
        out.append(",\"input_errors\":[")
        for (i, (path, outcome)) in problems.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            out.append("{\"path\":")
            out.appendJSONString(path.bytes)
            switch outcome {
            case .failed(let m): out.append(",\"status\":\"failed\",\"message\":"); out.appendJSONString(m)
            case .incomplete(let m): out.append(",\"status\":\"incomplete\",\"message\":"); out.appendJSONString(m)
            default: break
            }
            out.append(UInt8(ascii: "}"))
        }
        out.append("]}}\n")
        out.flush()
    }
}
