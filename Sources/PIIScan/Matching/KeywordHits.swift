/// The prefilter keywords found in one line by the line pass (`LinePrefilter`): where each
/// starts and the bits of the patterns it belongs to. Patterns whose only triggers are keywords
/// take their trigger positions from here instead of searching the line again.
final class KeywordHits {
    private var positions: UnsafeMutablePointer<Int>
    private var bits: UnsafeMutablePointer<UInt64>
    private var capacity = 32
    private(set) var count = 0

    init() {
        positions = .allocate(capacity: capacity)
        bits = .allocate(capacity: capacity)
    }

    deinit {
        positions.deallocate()
        bits.deallocate()
    }

    /// Forgets the hits of the previous line.
    @inline(__always)
    func removeAll() { count = 0 }

    /// Adds a hit at `position`, after those added before.
    @inline(__always)
    func append(_ position: Int, bits hitBits: UInt64) {
        if count == capacity { grow() }
        positions[count] = position
        bits[count] = hitBits
        count += 1
    }

    /// The position of the first hit at or after `from` with `bit`, or nil. `cursor` is where
    /// the walk resumes: 0 for a new line; `from` never decreases along one cursor.
    @inline(__always)
    func next(from: Int, bit: UInt64, cursor: inout Int) -> Int? {
        var k = cursor
        while k < count && (positions[k] < from || bits[k] & bit == 0) { k += 1 }
        cursor = k
        return k < count ? positions[k] : nil
    }

    private func grow() {
        capacity *= 2
        positions = positions.reallocated(keeping: count, capacity: capacity)
        bits = bits.reallocated(keeping: count, capacity: capacity)
    }
}
