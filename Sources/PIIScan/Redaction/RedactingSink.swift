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
    /// The redacted chunk, and a second buffer for the passes after the first.
    private var scratch: [UInt8] = []
    private var rescratch: [UInt8] = []
    /// Scans redacted chunks again (the sink is called from one thread at a time).
    private let rescanner: ChunkScanner

    /// Inputs whose copy could not be written, and copies committed.
    public private(set) var failures = 0
    public private(set) var copiesWritten = 0
    /// Findings replaced in copies that were committed, and in the current input.
    public private(set) var redactions = 0
    private var pendingRedactions = 0

    /// `minConfidence` and `allowlist` should be the scan's: redacted chunks are scanned again with them.
    public init(patterns: PatternSet, policy: RedactionPolicy, minConfidence: Confidence, allowlist: ValueAllowlist? = nil,
                next: FindingSink? = nil,
                openOutput: @escaping OutputOpener) {
        self.patterns = patterns
        self.policy = policy
        self.openOutput = openOutput
        self.next = next
        replacement = Replacement(key: policy.key)
        operators = patterns.patterns.map { policy.operatorFor(category: $0.definition.category) }
        tags = patterns.patterns.map { Replacement.tag(category: $0.definition.category, subcategory: $0.definition.subcategory) }
        rescanner = ChunkScanner(set: patterns, minConfidence: minConfidence, allowlist: allowlist)
        scratch.reserveCapacity(1 << 20)
    }

    public func findings(_ chunk: ChunkFindings, in input: InputPath, member: String?) {
        next?.findings(chunk, in: input, member: member)
        guard failure == nil else { return }
        if member != nil {
            failure = "a tar archive on standard input is not redacted: name the archive file instead"
            return
        }
        do {
            if output == nil { output = try openOutput(input, chunk.isCompressed) }
            guard try chunk.withBytes({ try redact($0, chunk) }) != nil else {
                preconditionFailure("RedactingSink needs a scan with ScanOptions.keepsChunkBytes")
            }
        } catch {
            failure = "\(error)"
        }
    }

    /// Writes one chunk: its bytes with the findings replaced. A replacement can change what
    /// its neighbours look like ("+44 20 7946 0958 4111 1111 1111 1111" is one invalid phone
    /// number until the card is masked), so a redacted chunk is scanned again, with its table
    /// rows where they moved to, and redacted again until nothing is left to find.
    private func redact(_ bytes: UnsafeRawBufferPointer, _ chunk: ChunkFindings) throws {
        scratch.removeAll(keepingCapacity: true)
        pendingRedactions += replace(chunk, in: bytes, base: chunk.byteRange.lowerBound, into: &scratch)
        if !chunk.findings.isEmpty {
            var layout = chunk.layout?.rewritten(chunk.byteRange, moved: moved)
            for _ in 0..<Self.maximumPasses {
                let again = scratch.withUnsafeBytes { rescanChangedLines($0, layout: layout) }
                guard !again.findings.isEmpty else { break }
                rescratch.removeAll(keepingCapacity: true)
                pendingRedactions += scratch.withUnsafeBytes { replace(again, in: $0, base: 0, into: &rescratch) }
                layout = layout?.rewritten(0..<scratch.count, moved: moved)
                swap(&scratch, &rescratch)
            }
        }
        try scratch.withUnsafeBytes { try output!.write($0) }
    }

    /// Scans again the lines of `bytes`, the output of the last `replace`, that it changed.
    private func rescanChangedLines(_ bytes: UnsafeRawBufferPointer, layout: TableLayout?) -> ChunkFindings {
        var result = ChunkFindings()
        var run: Range<Int>?
        func scanRun() {
            guard let r = run else { return }
            result.append(rescanner.scan(UnsafeRawBufferPointer(rebasing: bytes[r]), baseOffset: r.lowerBound, layout: layout))
        }
        for shift in shifts {
            // Replacements hold no line break: the line that holds a replacement's end holds it all.
            let end = shift.end + shift.by
            if let r = run, end <= r.upperBound { continue }
            var lineStart = end
            while lineStart > 0 && bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
            var lineEnd = end
            while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            if let r = run, lineStart <= r.upperBound + 1 {
                run = r.lowerBound..<lineEnd
            } else {
                scanRun()
                run = lineStart..<lineEnd
            }
        }
        scanRun()
        return result
    }

    /// Passes of rescanning after the first; each can only shrink what is left.
    private static let maximumPasses = 3

    /// Where the last `replace` moved bytes: after the replaced span that ended at
    /// `shifts[i].end` (in its input), bytes are `shifts[i].by` further on in its output.
    private var shifts: [(end: Int, by: Int)] = []

    /// The output offset of `offset` of the last `replace` input, outside replaced spans.
    private func moved(_ offset: Int) -> Int {
        var low = 0, high = shifts.count
        while low < high {
            let mid = (low + high) / 2
            if shifts[mid].end <= offset { low = mid + 1 } else { high = mid }
        }
        return offset + (low == 0 ? 0 : shifts[low - 1].by)
    }

    /// Appends `bytes` with the chunk's findings (offsets from `base`) replaced; returns how
    /// many were. Bare numbers in table rows stay numbers (see `Replacement.isBareNumber`).
    private func replace(_ chunk: ChunkFindings, in bytes: UnsafeRawBufferPointer, base: Int, into out: inout [UInt8]) -> Int {
        shifts.removeAll(keepingCapacity: true)
        let outStart = out.count
        var copied = 0   // bytes already handled
        var count = 0
        for finding in chunk.findings {
            let start = finding.offset - base, end = start + finding.length
            guard end > copied else { continue }   // inside a span already replaced
            if start >= copied {
                out.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[copied..<start]))
                let value = UnsafeRawBufferPointer(rebasing: bytes[start..<end])
                let category = patterns.patterns[finding.patternIndex].definition.category
                let op = operators[finding.patternIndex]
                if let syntax = chunk.fieldSyntax(of: finding), Replacement.isBareNumber(bytes, start, end, syntax: syntax) {
                    replacement.appendNumber(value, category: category, operator: op, syntax: syntax, into: &out)
                } else {
                    replacement.append(value, category: category, tag: tags[finding.patternIndex], operator: op, into: &out)
                }
            } else {
                // Overlaps the previous finding: the part beyond it is masked.
                Replacement.mask(UnsafeRawBufferPointer(rebasing: bytes[copied..<end]), into: &out)
            }
            copied = end
            count += 1
            shifts.append((end, out.count - outStart - end))
        }
        out.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[copied...]))
        return count
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
