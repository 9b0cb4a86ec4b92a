/// What every reporter needs besides the findings: the patterns and the masking choice.
public struct ReportContext: Sendable {
    public let patterns: PatternSet
    /// Print raw values instead of masked ones.
    public let showValues: Bool

    /// Makes the keyed fingerprints of SARIF results, when a baseline key is at hand.
    public let fingerprinter: Fingerprinter?

    /// How each pattern's values are masked.
    private let maskKinds: [Masking.Kind]

    public init(patterns: PatternSet, showValues: Bool = false, fingerprinter: Fingerprinter? = nil) {
        self.patterns = patterns
        self.showValues = showValues
        self.fingerprinter = fingerprinter
        maskKinds = patterns.patterns.map { Masking.Kind(category: $0.definition.category) }
    }

    /// The value of a finding as it may appear in a report.
    func displayValue(_ finding: Finding, in chunk: ChunkFindings) -> [UInt8] {
        var out: [UInt8] = []
        appendDisplayValue(finding, in: chunk, to: &out)
        return out
    }

    /// Appends the value of a finding as it may appear in a report to `out`.
    func appendDisplayValue(_ finding: Finding, in chunk: ChunkFindings, to out: inout [UInt8]) {
        chunk.arena.withUnsafeBufferPointer { arena in
            let raw = UnsafeBufferPointer(rebasing: arena[finding.valueStart..<(finding.valueStart + finding.length)])
            if showValues {
                out.append(contentsOf: raw)
            } else {
                Masking.mask(raw, kind: maskKinds[finding.patternIndex], into: &out)
            }
        }
    }

    /// The most bytes `writeDisplayValue` writes for `finding`.
    func displayValueCapacity(_ finding: Finding) -> Int {
        showValues ? finding.length : Masking.maximumLength(of: finding.length)
    }

    /// Writes the value of a finding as it may appear in a report to `out`, which has room for
    /// `displayValueCapacity(finding)` bytes, and returns how many bytes it wrote.
    func writeDisplayValue(_ finding: Finding, in chunk: ChunkFindings, to out: UnsafeMutablePointer<UInt8>) -> Int {
        chunk.arena.withUnsafeBufferPointer { arena in
            let raw = UnsafeBufferPointer(rebasing: arena[finding.valueStart..<(finding.valueStart + finding.length)])
            if showValues {
                if let base = raw.baseAddress { out.update(from: base, count: raw.count) }
                return raw.count
            }
            return Masking.write(raw, kind: maskKinds[finding.patternIndex], to: out)
        }
    }

    func definition(_ finding: Finding) -> PatternDefinition { patterns.patterns[finding.patternIndex].definition }
}

/// Formats a summary as one human-readable line.
public enum SummaryLine {
    public static func text(_ s: ScanSummary) -> String {
        func size(_ bytes: Int) -> String {
            bytes >= 1_000_000 ? "\(fixed(Double(bytes) / 1e6)) MB" : bytes >= 1000 ? "\(fixed(Double(bytes) / 1e3)) kB" : "\(bytes) B"
        }
        var line = "piiscan: \(s.filesScanned) input\(s.filesScanned == 1 ? "" : "s") (\(size(s.bytesScanned))) scanned in \(fixed(s.elapsedSeconds)) s (\(fixed(s.megabytesPerSecond)) MB/s)"
        if s.binarySkipped > 0 { line += ", \(s.binarySkipped) binary skipped" }
        if s.errors > 0 { line += ", \(s.errors) with errors" }
        line += "; \(s.findings) finding\(s.findings == 1 ? "" : "s")"
        if s.findings > 0 {
            line += ": " + s.findingsByCategory.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        }
        return line
    }

    static func fixed(_ x: Double) -> String {
        let scaled = Int((x * 100).rounded())
        let fraction = scaled % 100
        return "\(scaled / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
