import PIIScan

/// Passes everything to a reporter and prints on stderr, in input order, why an input could
/// not be scanned or not completely.
final class ProblemPrinter: FindingSink {
    private let reporter: FindingSink

    init(_ reporter: FindingSink) {
        self.reporter = reporter
    }

    func findings(_ findings: ChunkFindings, in input: InputPath, member: String?) {
        reporter.findings(findings, in: input, member: member)
    }

    func endInput(_ input: InputPath, outcome: InputOutcome) {
        reporter.endInput(input, outcome: outcome)   // flushes its findings first
        switch outcome {
        case .failed(let message): Diagnostics.error("\(input): \(message)")
        case .incomplete(let message): Diagnostics.error("\(input): incomplete: \(message)")
        case .scanned, .skippedBinary: break
        }
    }

    func finish(_ summary: ScanSummary) { reporter.finish(summary) }
}
