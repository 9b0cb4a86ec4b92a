import Foundation

/// The findings a team has accepted: `--write-baseline` records them, `--baseline` then
/// reports only new ones.
///
/// The file is JSON Lines: a header line, then one entry per line, sorted and unique, each
/// the path, the pattern id and the keyed fingerprint of the value (no value, no line number),
/// so it is stable from run to run and merges cleanly:
///
/// ```
/// {"piiscan_baseline":1}
/// {"path":"src/app.log","pattern":"email","fingerprint":"3f9a…"}
/// ```
public struct Baseline: Sendable {
    public struct Entry: Hashable, Comparable, Sendable {
        public var path: String
        public var pattern: String
        public var fingerprint: String

        public static func < (a: Entry, b: Entry) -> Bool {
            (a.path, a.pattern, a.fingerprint) < (b.path, b.pattern, b.fingerprint)
        }
    }

    public private(set) var entries: Set<Entry> = []

    public init(entries: Set<Entry> = []) {
        self.entries = entries
    }

    public func contains(_ entry: Entry) -> Bool { entries.contains(entry) }

    public mutating func insert(_ entry: Entry) { entries.insert(entry) }

    static let header = #"{"piiscan_baseline":1}"#

    /// Reads a baseline file.
    public static func load(_ path: String) throws -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PatternFileError(SourceLocation(file: path, line: 1), "cannot read the baseline")
        }
        var baseline = Baseline()
        for (index, line) in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let text = line.trimmingCharacters(in: .whitespaces)
            if text.isEmpty { continue }
            let location = SourceLocation(file: path, line: index + 1)
            guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
                throw PatternFileError(location, "not a baseline line: expected a JSON object")
            }
            if index == 0 {
                guard object["piiscan_baseline"] as? Int == 1 else {
                    throw PatternFileError(location, "not a piiscan baseline (expected \(header))")
                }
                continue
            }
            guard let p = object["path"] as? String, let pattern = object["pattern"] as? String,
                  let fingerprint = object["fingerprint"] as? String else {
                throw PatternFileError(location, "a baseline entry has path, pattern and fingerprint")
            }
            baseline.insert(Entry(path: p, pattern: pattern, fingerprint: fingerprint))
        }
        return baseline
    }

    /// The file's text: header, then the entries sorted.
    public var text: String {
        var out = Self.header + "\n"
        for e in entries.sorted() {
            out += "{\"path\":\(Self.json(e.path)),\"pattern\":\(Self.json(e.pattern)),\"fingerprint\":\(Self.json(e.fingerprint))}\n"
        }
        return out
    }

    /// Writes the file atomically, mode 0600 like everything piiscan writes.
    public func write(to path: String) throws {
        let output = try AtomicFileOutput(path: path)
        try Array(text.utf8).withUnsafeBytes { try output.write($0) }
        try output.commit()
    }

    static func json(_ s: String) -> String {
        let data = try! JSONSerialization.data(withJSONObject: [s], options: [.withoutEscapingSlashes])
        return String(decoding: data.dropFirst().dropLast(), as: UTF8.self)
    }
}

/// Records the findings that reach it into a baseline, and passes everything on.
public final class BaselineRecorder: FindingSink, @unchecked Sendable {
    private let next: FindingSink
    private let patterns: PatternSet
    private let fingerprinter: Fingerprinter
    public private(set) var baseline = Baseline()

    public init(next: FindingSink, patterns: PatternSet, fingerprinter: Fingerprinter) {
        self.next = next
        self.patterns = patterns
        self.fingerprinter = fingerprinter
    }

    public func findings(_ chunk: ChunkFindings, in input: InputPath, member: String?) {
        for finding in chunk.findings {
            baseline.insert(Baseline.entry(finding, chunk, input, member, patterns: patterns, fingerprinter: fingerprinter))
        }
        next.findings(chunk, in: input, member: member)
    }

    public func endInput(_ input: InputPath, outcome: InputOutcome) { next.endInput(input, outcome: outcome) }
    public func finish(_ summary: ScanSummary) { next.finish(summary) }
}

extension Baseline {
    /// The entry of a finding: its path (`archive!/member` inside archives), pattern and fingerprint.
    public static func entry(_ finding: Finding, _ chunk: ChunkFindings, _ input: InputPath, _ member: String?,
                             patterns: PatternSet, fingerprinter: Fingerprinter) -> Entry {
        let definition = patterns.patterns[finding.patternIndex].definition
        var path = Fingerprinter.canonicalPath(input.description)
        if let member { path += "!/" + member }
        return Entry(path: path, pattern: definition.id,
                     fingerprint: fingerprinter.fingerprint(path: path, patternID: definition.id, category: definition.category,
                                                            value: chunk.value(of: finding)))
    }

    /// A sink that drops the findings this baseline holds.
    public func filter(next: FindingSink, patterns: PatternSet, fingerprinter: Fingerprinter) -> FilteringSink {
        FilteringSink(next: next, patterns: patterns) { finding, chunk, input, member in
            !self.contains(Baseline.entry(finding, chunk, input, member, patterns: patterns, fingerprinter: fingerprinter))
        }
    }
}
