/// `--format jsonl`: one JSON object per finding with the keys `path`, `line`, `column`,
/// `offset`, `length`, `category`, `subcategory`, `pattern`, `confidence`, `value`, in that
/// order. The keys are a public contract. A finding in a tar member adds `member`, the path
/// inside the archive; a finding in a table row of a dump or CSV file adds `table` and
/// `table_column` (`column` is already the byte column).
public final class JSONLinesReporter: FindingSink, @unchecked Sendable {
    private let writer: JSONFindingWriter
    private let out: OutputBuffer

    public init(context: ReportContext, output: OutputBuffer) {
        writer = JSONFindingWriter(context: context)
        self.out = output
    }

    public func findings(_ chunk: ChunkFindings, in input: InputPath, member: String?) {
        writer.begin(chunk, in: input, member: member)
        for f in chunk.findings {
            writer.append(f, of: chunk, to: out, terminator: UInt8(ascii: "\n"))
        }
    }

    public func endInput(_ input: InputPath, outcome: InputOutcome) { out.flush() }

    public func finish(_ summary: ScanSummary) { out.flush() }
}
