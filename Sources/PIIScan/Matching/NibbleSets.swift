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

/// Finds the positions in a line where one of a set of case-folded keywords may start: 16
/// positions at a time from nibble sets of their first three bytes, then the hashed trigram
/// looked up in a 65,536-bit table. Every position where a keyword starts is found; the caller
/// compares the keyword itself. Immutable after `init`, so threads share it.
final class TrigramFilter: @unchecked Sendable {
    private let sets: UnsafeMutablePointer<piiscan_trigram_sets>
    private let present: UnsafeMutablePointer<UInt64>

    /// A filter for `keywords`, case-folded and at least 3 bytes long.
    init(foldedKeywords keywords: [[UInt8]]) {
        present = .allocate(capacity: 1 << 10)
        present.initialize(repeating: 0, count: 1 << 10)
        sets = .allocate(capacity: 1)
        sets.initialize(to: piiscan_trigram_sets())
        // Sorted prefixes are dealt into eight groups in order, so that a group's prefixes share
        // leading bytes and the combinations of their nibbles stay few.
        let prefixes = Set(keywords.map { Array($0[0..<3]) }).sorted { $0.lexicographicallyPrecedes($1) }
        var nibbleSets = [piiscan_nibble_sets](repeating: piiscan_nibble_sets(), count: 3)
        for (n, prefix) in prefixes.enumerated() {
            let group = n * min(8, prefixes.count) / prefixes.count
            for j in 0..<3 {
                let byte = prefix[j]
                nibbleSets[j].insert(byte, intoSet: group)
                if (0x61...0x7A).contains(byte) { nibbleSets[j].insert(byte - 0x20, intoSet: group) }
            }
            let slot = Self.slot(prefix[0], prefix[1], prefix[2])
            present[slot >> 6] |= 1 << UInt64(slot & 63)
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
