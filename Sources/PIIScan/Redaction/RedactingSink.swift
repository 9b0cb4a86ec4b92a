/// Writes a redacted copy of every input as the scan goes: the bytes of each chunk, with each
/// reported finding replaced by its operator's replacement, everything else byte for byte.
///
/// Needs a scan with `ScanOptions.keepsChunkBytes`. Passes everything on to `next` (a
/// reporter, for `--report`), with the outcome of an input turned into a failure when its copy
/// could not be written. A copy is committed only when its input was scanned completely;
/// otherwise it is dropped and the destination is left as it was.
public final class RedactingSink: FindingSink, @unchecked Sendable {
    // FindingSink calls never overlap, so the state needs no lock.
    /// Opens the output for an input; `compressed` tells whether the input was gzip.
    public typealias OutputOpener = (_ input: InputPath, _ compressed: Bool) throws -> RedactedOutput

    private let patterns: PatternSet
    private let policy: RedactionPolicy
    private let openOutput: OutputOpener
    private let next: FindingSink?
    private let replacement: Replacement
    /// By pattern index: the operator, the category and the tag.
    private let operators: [RedactionOperator]
    private let tags: [[UInt8]]

    private var output: RedactedOutput?
    private var failure: String?
    /// Offset in the current input up to which the copy is written.
    private var written = 0
    private var scratch: [UInt8] = []

    /// Inputs whose copy could not be written, and copies committed.
    public private(set) var failures = 0
    public private(set) var copiesWritten = 0
    /// Findings replaced in copies that were committed, and in the current input.
    public private(set) var redactions = 0
    private var pendingRedactions = 0

    public init(patterns: PatternSet, policy: RedactionPolicy, next: FindingSink? = nil,
                openOutput: @escaping OutputOpener) {
        self.patterns = patterns
        self.policy = policy
        self.openOutput = openOutput
        self.next = next
        replacement = Replacement(key: policy.key)
        operators = patterns.patterns.map { policy.operatorFor(category: $0.definition.category) }
        tags = patterns.patterns.map { Replacement.tag(category: $0.definition.category, subcategory: $0.definition.subcategory) }
        scratch.reserveCapacity(1 << 20)
    }

    public func findings(_ chunk: ChunkFindings, in input: InputPath, member: String?) {
        next?.findings(chunk, in: input, member: member)
        guard failure == nil else { return }
        if member != nil {
            failure = "tar archives cannot be redacted yet; no copy written"
            return
        }
        do {
            if output == nil {
                output = try openOutput(input, chunk.isCompressed)
                written = 0
            }
            guard try chunk.withBytes({ try redact($0, chunk) }) != nil else {
                preconditionFailure("RedactingSink needs a scan with ScanOptions.keepsChunkBytes")
            }
        } catch {
            failure = "\(error)"
        }
    }

    /// Writes one chunk: its bytes with the findings replaced.
    private func redact(_ bytes: UnsafeRawBufferPointer, _ chunk: ChunkFindings) throws {
        let base = chunk.byteRange.lowerBound
        var copied = 0   // bytes of the chunk already handled
        scratch.removeAll(keepingCapacity: true)
        for finding in chunk.findings {
            let start = finding.offset - base, end = start + finding.length
            guard end > copied else { continue }   // inside a span already replaced
            if start >= copied {
                scratch.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[copied..<start]))
                replacement.append(UnsafeRawBufferPointer(rebasing: bytes[start..<end]),
                                   category: patterns.patterns[finding.patternIndex].definition.category,
                                   tag: tags[finding.patternIndex], operator: operators[finding.patternIndex],
                                   into: &scratch)
            } else {
                // Overlaps the previous finding: the part beyond it is masked.
                Replacement.mask(UnsafeRawBufferPointer(rebasing: bytes[copied..<end]), into: &scratch)
            }
            copied = end
            pendingRedactions += 1
            if scratch.count >= 1 << 20 {
                try scratch.withUnsafeBytes { try output!.write($0) }
                scratch.removeAll(keepingCapacity: true)
            }
        }
        try scratch.withUnsafeBytes { try output!.write($0) }
        try output!.write(UnsafeRawBufferPointer(rebasing: bytes[copied...]))
        written = chunk.byteRange.upperBound
    }

    public func endInput(_ input: InputPath, outcome: InputOutcome) {
        var outcome = outcome
        switch outcome {
        case .scanned where failure == nil:
            do {
                // An empty input has had no chunk: its copy is opened now.
                if output == nil { output = try openOutput(input, false) }
                try output!.commit()
                copiesWritten += 1
                redactions += pendingRedactions
            } catch {
                failure = "\(error)"
            }
        case .scanned: break
        case .skippedBinary: failure = "binary file: not redacted, no copy written"
        case .failed(let message), .incomplete(let message): failure = "\(message); no copy written"
        }
        if let failure {
            output?.abort()
            failures += 1
            outcome = .failed(failure)
        }
        output = nil
        failure = nil
        pendingRedactions = 0
        next?.endInput(input, outcome: outcome)
    }

    public func finish(_ summary: ScanSummary) {
        next?.finish(summary)
    }
}
