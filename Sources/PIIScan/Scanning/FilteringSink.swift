/// Passes on only the findings `keep` accepts, and a summary that counts only those, so the
/// exit code follows what is reported. Used for `--staged` (added lines) and `--baseline`.
public final class FilteringSink: FindingSink, @unchecked Sendable {
    // FindingSink calls never overlap, so the state needs no lock.
    /// Decides on one finding of a chunk of an input (and archive member).
    public typealias Predicate = (_ finding: Finding, _ chunk: ChunkFindings, _ input: InputPath, _ member: String?) -> Bool

    private let next: FindingSink
    private let patterns: PatternSet
    private let keep: Predicate
    private var kept: [Int]

    /// The summary passed on to `next`: kept findings only.
    public private(set) var summary = ScanSummary()

    public init(next: FindingSink, patterns: PatternSet, keep: @escaping Predicate) {
        self.next = next
        self.patterns = patterns
        self.keep = keep
        kept = Array(repeating: 0, count: patterns.patterns.count)
    }

    /// Keeps the findings on the given lines of each input (sorted, disjoint ranges, 1-based);
    /// inputs without lines keep nothing.
    public convenience init(next: FindingSink, patterns: PatternSet, addedLines: [InputPath: [ClosedRange<Int>]]) {
        self.init(next: next, patterns: patterns) { finding, _, input, member in
            guard member == nil, let ranges = addedLines[input] else { return false }
            return Self.contains(ranges, finding.line)
        }
    }

    public func findings(_ chunk: ChunkFindings, in input: InputPath, member: String?) {
        var filtered = chunk
        filtered.findings = chunk.findings.filter { keep($0, chunk, input, member) }
        for f in filtered.findings { kept[f.patternIndex] += 1 }
        if !filtered.findings.isEmpty { next.findings(filtered, in: input, member: member) }
    }

    public func endInput(_ input: InputPath, outcome: InputOutcome) {
        next.endInput(input, outcome: outcome)
    }

    public func finish(_ scanned: ScanSummary) {
        summary = scanned
        summary.findingsByCategory = [:]
        for (index, count) in kept.enumerated() where count > 0 {
            summary.findingsByCategory[patterns.patterns[index].definition.category, default: 0] += count
        }
        next.finish(summary)
    }

    /// Whether sorted, disjoint `ranges` hold `line`.
    static func contains(_ ranges: [ClosedRange<Int>], _ line: Int) -> Bool {
        var low = 0, high = ranges.count
        while low < high {
            let mid = (low + high) / 2
            if ranges[mid].upperBound < line { low = mid + 1 } else { high = mid }
        }
        return low < ranges.count && ranges[low].contains(line)
    }
}
