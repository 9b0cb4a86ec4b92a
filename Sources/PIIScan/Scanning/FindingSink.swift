/// Receives the results of a scan, in order: inputs sorted by path, findings by offset.
///
/// Calls come from one thread at a time, never concurrently, in this order: for each input,
/// `findings` zero or more times, then `endInput`; finally `finish` once.
public protocol FindingSink: AnyObject {
    /// Findings of the next chunk of `input` (of its archive member `member`, if any);
    /// `findings.findings` are sorted by offset and have 1-based lines. Offsets and lines of
    /// compressed inputs count decompressed bytes; in a tar member they start at the member.
    func findings(_ findings: ChunkFindings, in input: InputPath, member: String?)
    /// The input is done; `problem` says why it was skipped or incomplete, if it was.
    func endInput(_ input: InputPath, outcome: InputOutcome)
    /// The scan is over.
    func finish(_ summary: ScanSummary)
}

/// How the scan of one input ended.
public enum InputOutcome: Sendable, Equatable {
    case scanned
    case skippedBinary
    /// Not scanned at all.
    case failed(String)
    /// Scanned up to a problem; the findings before it were reported.
    case incomplete(String)
}
