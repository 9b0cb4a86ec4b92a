import CByteScan

extension piiscan_nibble_sets {
    /// Adds `byte` to set `k` (0..<8). The set then also holds every byte whose low nibble is
    /// that of one of its bytes and whose high nibble is that of another.
    mutating func insert(_ byte: UInt8, intoSet k: Int) {
        let bit = UInt8(1) << UInt8(k)
        withUnsafeMutableBytes(of: &low) { $0[Int(byte & 15)] |= bit }
        withUnsafeMutableBytes(of: &high) { $0[Int(byte >> 4)] |= bit }
    }

    /// Sets of one byte each, exact: nil when there are more than eight bytes.
    init?(exactly bytes: [UInt8]) {
        guard bytes.count <= 8 else { return nil }
        self.init()
        for (k, byte) in bytes.enumerated() { insert(byte, intoSet: k) }
    }
}

/// Finds the positions in a line, or in a whole chunk (`candidates`), where one of a set of
/// case-folded keywords may start: 16 or 32 positions at a time from nibble sets of their first
/// three bytes, then the hashed trigram looked up in a 65,536-bit table, and the hashed first
/// four bytes in another, with whether a word starts there for keywords that must start one
/// ("trace" holds "race", "trade" and "track" share "tra"). Every position where a keyword
/// starts is found; the caller compares the keyword itself. Immutable after `init`, so
/// threads share it.
final class TrigramFilter: @unchecked Sendable {
    private let sets: UnsafeMutablePointer<piiscan_trigram_sets>
    /// Three tables of 65,536 bits: trigrams, four-byte prefixes of keywords that may start
    /// anywhere, and of those that must start a word (`piiscan_next_trigram`).
    private let present: UnsafeMutablePointer<UInt64>

    /// A filter for `keywords`, case-folded and at least 3 bytes long; those whose
    /// `atWordStart` entry is true count only where a word starts (none without the array).
    init(foldedKeywords keywords: [[UInt8]], atWordStart: [Bool]? = nil) {
        precondition(atWordStart == nil || atWordStart!.count == keywords.count, "one flag per keyword")
        let words = 1 << 10
        present = .allocate(capacity: 3 * words)
        present.initialize(repeating: 0, count: 3 * words)
        sets = .allocate(capacity: 1)
        sets.initialize(to: piiscan_trigram_sets())
        let prefixes = Set(keywords.map { Array($0[0..<3]) }).sorted { $0.lexicographicallyPrecedes($1) }
        var nibbleSets = [piiscan_nibble_sets](repeating: piiscan_nibble_sets(), count: 3)
        for (group, members) in Self.groups(of: prefixes, count: 8).enumerated() {
            for prefix in members {
                for j in 0..<3 {
                    for byte in Self.caseVariants(prefix[j]) { nibbleSets[j].insert(byte, intoSet: group) }
                }
                let slot = Self.slot(prefix[0], prefix[1], prefix[2])
                present[slot >> 6] |= 1 << UInt64(slot & 63)
            }
        }
        for (k, keyword) in keywords.enumerated() {
            let table = atWordStart?[k] == true ? 2 * words : words
            // A keyword of three bytes may be followed by any byte.
            let fourths = keyword.count > 3 ? [keyword[3]] : Array(0...255)
            for fourth in fourths {
                let slot = Self.slot(keyword[0], keyword[1], keyword[2], fourth)
                present[table + (slot >> 6)] |= 1 << UInt64(slot & 63)
            }
        }
        sets.pointee.at = (nibbleSets[0], nibbleSets[1], nibbleSets[2])
    }

    deinit {
        sets.deallocate()
        present.deallocate()
    }

    /// The slot (0..<65,536) of three bytes, whatever their ASCII case (`piiscan_trigram_slot`).
    @inline(__always)
    static func slot(_ b0: UInt8, _ b1: UInt8, _ b2: UInt8) -> Int {
        let key = (UInt32(b0) << 16 | UInt32(b1) << 8 | UInt32(b2)) | 0x20_2020
        return Int(piiscan_trigram_slot(key))
    }

    /// The slot (0..<65,536) of four bytes, whatever their ASCII case.
    @inline(__always)
    static func slot(_ b0: UInt8, _ b1: UInt8, _ b2: UInt8, _ b3: UInt8) -> Int {
        let key = (UInt32(b0) << 24 | UInt32(b1) << 16 | UInt32(b2) << 8 | UInt32(b3)) | 0x2020_2020
        return Int(piiscan_trigram_slot(key))
    }

    /// The first position `i >= from` with `i + 3 <= n` where a keyword may start in `p[0..<n]`,
    /// or nil.
    @inline(__always)
    func next(in p: UnsafePointer<UInt8>, from: Int, count n: Int) -> Int? {
        let i = piiscan_next_trigram(sets, present, p, from, n)
        return i + 3 <= n ? i : nil
    }

    /// `next` through the code path of `level` (`piiscan_simd_level`), for tests.
    func next(in p: UnsafePointer<UInt8>, from: Int, count n: Int, level: Int32) -> Int? {
        let i = piiscan_next_trigram_at(level, sets, present, p, from, n)
        return i + 3 <= n ? i : nil
    }

    /// The positions that `next` finds in `p[from..<n]`, in order, from one search: writes the
    /// first `capacity` (at least 1) to `out` and returns how many it wrote; `capacity` of
    /// them: the search goes on after the last. With a `level`, through that code path.
    @inline(__always)
    func candidates(in p: UnsafePointer<UInt8>, from: Int, count n: Int, into out: UnsafeMutablePointer<Int>,
                    capacity: Int, level: Int32? = nil) -> Int {
        guard let level else { return piiscan_trigram_candidates(sets, present, p, from, n, out, capacity) }
        return piiscan_trigram_candidates_at(level, sets, present, p, from, n, out, capacity)
    }

    /// The byte and, for a lower-case letter, its upper case: the bytes a folded byte stands for.
    fileprivate static func caseVariants(_ byte: UInt8) -> [UInt8] {
        (0x61...0x7A).contains(byte) ? [byte, byte - 0x20] : [byte]
    }

    /// `prefixes` (sorted) dealt into at most `count` groups for the nibble sets. A group's
    /// sets also hold the other combinations of its prefixes' nibbles, and every position that
    /// spells one is a candidate to look up. The prefixes are dealt in order first (neighbours
    /// share leading bytes); then single prefixes move to another group for as long as a move
    /// lowers the candidates expected per byte of English-like text (`NibbleMasks.rate`). For
    /// the default keywords that leaves about 40 % fewer candidates in logs and dumps.
    static func groups(of prefixes: [[UInt8]], count: Int) -> [[[UInt8]]] {
        let count = min(count, prefixes.count)
        guard count > 0 else { return [] }
        var groupOf = prefixes.indices.map { $0 * count / prefixes.count }
        if prefixes.count > count {
            let masks = prefixes.map(NibbleMasks.init)
            let shares = NibbleShares.english
            /// The nibbles of the prefixes of `group`, but `excluding`.
            func union(of group: Int, excluding: Int = -1) -> NibbleMasks {
                var union = NibbleMasks()
                for k in masks.indices where groupOf[k] == group && k != excluding { union.formUnion(masks[k]) }
                return union
            }
            var unions = (0..<count).map { union(of: $0) }
            var rates = unions.map { $0.rate(shares) }
            var moved = true
            while moved {
                moved = false
                for k in prefixes.indices {
                    let from = groupOf[k]
                    let without = union(of: from, excluding: k)
                    let rateWithout = without.rate(shares)
                    var best: (gain: Double, to: Int, rate: Double)?
                    for to in 0..<count where to != from {
                        var with = unions[to]
                        with.formUnion(masks[k])
                        let rateWith = with.rate(shares)
                        let gain = rates[from] + rates[to] - rateWithout - rateWith
                        // A margin, so that rounding never moves a prefix back and forth.
                        if gain > 1e-9 * rates[from], gain > best?.gain ?? 0 { best = (gain, to, rateWith) }
                    }
                    guard let best else { continue }
                    groupOf[k] = best.to
                    unions[from] = without
                    unions[best.to].formUnion(masks[k])
                    (rates[from], rates[best.to]) = (rateWithout, best.rate)
                    moved = true
                }
            }
        }
        var groups = [[[UInt8]]](repeating: [], count: count)
        for (k, prefix) in prefixes.enumerated() { groups[groupOf[k]].append(prefix) }
        return groups
    }

    /// The low and high nibbles of the bytes at each of three positions j: bit 16j + v of
    /// `lows` (`highs`) when a byte at position j has low (high) nibble v. Case-folded letters
    /// count in both cases.
    struct NibbleMasks {
        /// Per position j, the low nibbles in bits 16j..<16j + 16.
        var lows: UInt64 = 0
        /// Per position j, the high nibbles in bits 16j..<16j + 16.
        var highs: UInt64 = 0

        init() {}

        init(_ prefix: [UInt8]) {
            for j in 0..<3 {
                for byte in TrigramFilter.caseVariants(prefix[j]) {
                    lows |= 1 << UInt64(16 * j + Int(byte & 15))
                    highs |= 1 << UInt64(16 * j + Int(byte >> 4))
                }
            }
        }

        mutating func formUnion(_ other: NibbleMasks) {
            lows |= other.lows
            highs |= other.highs
        }

        /// The share of positions in English-like text whose three bytes combine these
        /// nibbles, bytes taken as independent with the weights of `textByteWeights`; 0 for none.
        func rate(_ shares: NibbleShares) -> Double {
            var rate = 1.0
            for j in 0..<3 {
                let low = Int(truncatingIfNeeded: lows >> UInt64(16 * j)) & 0xFFFF
                var high = UInt16(truncatingIfNeeded: highs >> UInt64(16 * j))
                var share = 0.0
                while high != 0 {
                    share += shares.of(high: high.trailingZeroBitCount, lows: low)
                    high &= high - 1
                }
                rate *= share
            }
            return rate
        }
    }

    /// The summed `textByteWeights` of the bytes with one high nibble and any set of low
    /// nibbles, from two tables of 256 per high nibble (low nibbles 0–7 and 8–15).
    final class NibbleShares: @unchecked Sendable {
        /// The shares of `textByteWeights`, built once; immutable after, so threads share it.
        static let english = NibbleShares()

        private let table: UnsafeMutablePointer<Double>

        private init() {
            table = .allocate(capacity: 16 * 512)
            let weights = TrigramFilter.textByteWeights
            for high in 0..<16 {
                for half in 0..<2 {
                    let base = high * 512 + half * 256
                    table[base] = 0
                    for set in 1..<256 {
                        let low = half * 8 + set.trailingZeroBitCount
                        table[base + set] = table[base + (set & (set - 1))] + weights[high << 4 | low]
                    }
                }
            }
        }

        deinit { table.deallocate() }

        @inline(__always)
        func of(high: Int, lows: Int) -> Double {
            table[high * 512 + lows & 0xFF] + table[high * 512 + 256 + lows >> 8]
        }
    }

    /// A rough model of the bytes of logs and text, in per cent: lower-case letters at their
    /// frequencies in English, upper case at a tenth of that, digits 3 each, the space 15, other
    /// printable ASCII 0.5, all else 0.01. It only steers `groups`; any model finds the same
    /// keywords.
    fileprivate static let textByteWeights: [Double] = {
        let english: [Double] = [8.2, 1.5, 2.8, 4.3, 12.7, 2.2, 2.0, 6.1, 7.0, 0.15, 0.77, 4.0, 2.4,
                                 6.7, 7.5, 1.9, 0.095, 6.0, 6.3, 9.1, 2.8, 0.98, 2.4, 0.15, 2.0, 0.074]
        var weights = [Double](repeating: 0.01, count: 256)
        for b in 0x21..<0x7F { weights[b] = 0.5 }
        for (k, share) in english.enumerated() {
            weights[0x61 + k] = share
            weights[0x41 + k] = share / 10
        }
        for b in 0x30...0x39 { weights[b] = 3 }
        weights[0x20] = 15
        return weights
    }()
}

/// The candidates of a `TrigramFilter` in a chunk, searched across the chunk and taken line by
/// line in order: one search per `capacity` candidates, where a search per line and per
/// candidate would pay the search's set-up each time. At most `capacity` are held.
final class TrigramCandidates {
    private let positions: UnsafeMutablePointer<Int>
    private let capacity: Int
    private var count = 0
    private var taken = 0
    /// Where the search goes on: past the last position held, or the chunk's length when done.
    private var searchFrom = 0

    init(capacity: Int = 1024) {
        precondition(capacity > 0, "room for one candidate at least")
        self.capacity = capacity
        positions = .allocate(capacity: capacity)
    }

    deinit { positions.deallocate() }

    /// Starts on a new chunk.
    @inline(__always)
    func reset() { (count, taken, searchFrom) = (0, 0, 0) }

    /// The next candidate in `p[0..<n]` before `end`, or nil. The ends asked for never
    /// decrease until `reset`; a candidate is handed out once.
    @inline(__always)
    func next(before end: Int, in p: UnsafePointer<UInt8>, count n: Int, filter: TrigramFilter) -> Int? {
        if taken == count {
            guard searchFrom < end else { return nil }
            count = filter.candidates(in: p, from: searchFrom, count: n, into: positions, capacity: capacity)
            taken = 0
            searchFrom = count == capacity ? positions[count - 1] + 1 : n
            guard count > 0 else { return nil }
        }
        let position = positions[taken]
        guard position < end else { return nil }
        taken += 1
        return position
    }
}

/// Finds where one to four byte classes follow one another in a line, between a byte before
/// and after them in their classes (`PrefilterSpec.sequence`, `before`, `after`): 16 positions
/// at a time (with AVX2, 32, or 59 to 62 from a 64-byte window whose bytes are classified once
/// per class), with a range compare for a class that is one range (or all bytes but one range) and
/// nibble sets of the class (or of the bytes outside it) otherwise. Both are exact, so a position
/// that passes them is found without a second look. Immutable after `init`, so threads share it.
final class SequenceFinder: @unchecked Sendable {
    private let sequence: UnsafeMutablePointer<piiscan_sequence>
    /// The number of classes, and so of bytes in a trigger.
    let count: Int
    /// Whether a search across many lines finds exactly the candidates of a search in each:
    /// no class of the sequence holds a line feed, and the classes before and after hold one
    /// exactly when they count a line edge as theirs.
    let staysInLine: Bool

    init(_ classes: [ByteClass], before: ByteClass?, after: ByteClass?) {
        precondition((1...4).contains(classes.count), "a sequence has 1 to 4 classes")
        count = classes.count
        let lineFeed = UInt8(ascii: "\n")
        staysInLine = !classes.contains { $0.contains(lineFeed) }
            && [before, after].allSatisfy { $0.map { $0.contains(lineFeed) == $0.isNegated } ?? true }
        let all = [before] + classes.map { Optional($0) } + [after] + Array(repeating: nil, count: 4 - classes.count)
        sequence = .allocate(capacity: 1)
        sequence.initialize(to: piiscan_sequence())
        let built = all.map(Self.byteClass)
        sequence.pointee.classes = (built[0], built[1], built[2], built[3], built[4], built[5])
        sequence.pointee.count = UInt32(classes.count)
        piiscan_prepare_sequence(sequence)
    }

    deinit { sequence.deallocate() }

    private static func byteClass(_ byteClass: ByteClass?) -> piiscan_byte_class {
        var c = piiscan_byte_class()
        guard let byteClass else {
            c.members = (~0, ~0, ~0, ~0)
            c.edge = 1
            return c
        }
        let bytes = (0...255).filter { byteClass.contains(UInt8($0)) }
        var members: [UInt64] = [0, 0, 0, 0]
        for b in bytes { members[b >> 6] |= 1 << UInt64(b & 63) }
        c.members = (members[0], members[1], members[2], members[3])
        c.edge = byteClass.isNegated ? 1 : 0
        let outside = (0...255).filter { !byteClass.contains(UInt8($0)) }
        if let range = contiguous(bytes) {
            (c.kind, c.low, c.span) = (1, UInt8(range.lowerBound), UInt8(range.count - 1))
        } else if let range = contiguous(outside) {
            (c.kind, c.low, c.span) = (2, UInt8(range.lowerBound), UInt8(range.count - 1))
        } else if let sets = exactSets(bytes) {
            (c.kind, c.sets) = (3, sets)
        } else if let sets = exactSets(outside) {
            (c.kind, c.sets) = (4, sets)
        } else {
            // Not reached: a `ByteClass` holds ASCII bytes only, or (negated) all but some.
            preconditionFailure("no exact 16-byte test for \(byteClass)")
        }
        return c
    }

    /// One set per high nibble (mod 8) for `bytes`, when they hold exactly `bytes`: always, if
    /// no two of them have high nibbles eight apart (such as ASCII bytes alone), since the high
    /// nibbles without a byte select no set.
    private static func exactSets(_ bytes: [Int]) -> piiscan_nibble_sets? {
        var sets = piiscan_nibble_sets()
        for b in bytes { sets.insert(UInt8(b), intoSet: (b >> 4) & 7) }
        let members = Set(bytes)
        let exact = (0...255).allSatisfy { b in
            let low = withUnsafeBytes(of: sets.low) { $0[b & 15] }
            let high = withUnsafeBytes(of: sets.high) { $0[b >> 4] }
            return (low & high != 0) == members.contains(b)
        }
        return exact ? sets : nil
    }

    /// The range of `values` (ascending) when they are one, without gaps.
    private static func contiguous(_ values: [Int]) -> ClosedRange<Int>? {
        guard let first = values.first, let last = values.last, last - first + 1 == values.count else { return nil }
        return first...last
    }

    /// The first position `i >= from` with `i + count <= n` where the classes follow one
    /// another in `p[0..<n]`, between a byte before and after in their classes, or nil.
    @inline(__always)
    func next(in p: UnsafePointer<UInt8>, from: Int, count n: Int) -> Int? {
        let i = piiscan_next_sequence(sequence, p, from, n)
        return i + count <= n ? i : nil
    }

    /// `next` through the code path of `level` (`piiscan_simd_level`), for tests.
    func next(in p: UnsafePointer<UInt8>, from: Int, count n: Int, level: Int32) -> Int? {
        let i = piiscan_next_sequence_at(level, sequence, p, from, n)
        return i + count <= n ? i : nil
    }
}
