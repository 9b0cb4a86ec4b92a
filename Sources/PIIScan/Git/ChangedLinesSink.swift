/// Passes on only the findings on lines a change added, and a summary that counts only those.
///
/// For `--staged` and `--git-range`: each changed file is scanned whole (so context words and
/// table structure are seen), and findings on lines the change did not touch are dropped.
public final class ChangedLinesSink: FindingSink, @unchecked Sendable {
    // FindingSink calls never overlap, so the state needs no lock.
    private let next: FindingSink
    private let patterns: PatternSet
    private let addedLines: [InputPath: [ClosedRange<Int>]]
    private var kept: [Int]

    /// The summary passed on to `next`: findings on added lines only.
    public private(set) var summary = ScanSummary()

    /// `addedLines` gives, for each input, its added lines in order.
    public init(next: FindingSink, patterns: PatternSet, addedLines: [InputPath: [ClosedRange<Int>]]) {
        self.next = next
        self.patterns = patterns
        self.addedLines = addedLines
        kept = Array(repeating: 0, count: patterns.patterns.count)
    }

    public func findings(_ chunk: ChunkFindings, in input: InputPath, member: String?) {
        guard let ranges = addedLines[input] else { return }
        var filtered = chunk
        filtered.findings = chunk.findings.filter { Self.contains(ranges, $0.line) }
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
