/// Lower-case words looked for case-insensitively (ASCII) around a match: context and
/// negative-context words. One pass over the span; a word is compared only where its first
/// byte occurs.
struct WordSet: Sendable {
    let words: [[UInt8]]
    /// Per byte value: bits of the first 64 words that start with it, in either case.
    private let starts: [UInt64]

    init(_ words: [String]) {
        self.words = words.map { Array($0.utf8) }
        var starts = [UInt64](repeating: 0, count: 256)
        for (k, word) in self.words.prefix(64).enumerated() {
            guard let first = word.first else { continue }
            starts[Int(first)] |= 1 << UInt64(k)
            if (0x61...0x7A).contains(first) { starts[Int(first - 0x20)] |= 1 << UInt64(k) }
        }
        self.starts = starts
    }

    /// Whether a word occurs wholly inside `p[from..<to]`.
    func occurs(in p: UnsafePointer<UInt8>, from: Int, to: Int) -> Bool {
        guard !words.isEmpty, from < to else { return false }
        let found: Bool = starts.withUnsafeBufferPointer { starts in
            var i = from
            while i < to {
                var bits = starts[Int(p[i])]
                while bits != 0 {
                    let word = words[bits.trailingZeroBitCount]
                    bits &= bits &- 1
                    if word.count <= to - i && LinePrefilter.foldedMatch(word, at: i, in: p) { return true }
                }
                i += 1
            }
            return false
        }
        if found || words.count <= 64 { return found }
        // Words past the 64th, compared at every position.
        for word in words[64...] where word.count <= to - from {
            var i = from
            while i + word.count <= to {
                if LinePrefilter.foldedMatch(word, at: i, in: p) { return true }
                i += 1
            }
        }
        return false
    }

    /// Whether a word occurs in the lower-case `name` (a column name).
    func occurs(in name: [UInt8]) -> Bool {
        name.withUnsafeBufferPointer { $0.baseAddress.map { occurs(in: $0, from: 0, to: name.count) } ?? false }
    }
}
