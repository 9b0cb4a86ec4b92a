import CByteScan

/// The runs of ASCII digits in one line that are at least `minimum` long, found in one pass
/// and shared by every pattern with a `digits` trigger. Reused from line to line by one
/// thread; its storage only grows.
///
/// Made with the patterns' run lengths and `before` classes, it also holds per run the bits
/// (`LinePrefilter.bit`) of the patterns whose trigger it may be by its length and the byte
/// before it (`patterns(_:)`): each run is classified once for all of them, where each pattern
/// would test it again as it walks the runs. A long line, such as an extended INSERT, holds
/// many thousands of runs.
final class DigitRuns {
    /// Start and end (exclusive) of each run, in line order: `bounds[2k]`, `bounds[2k + 1]`.
    private var bounds: UnsafeMutablePointer<Int>
    /// Per run, its pattern bits, when `classifies`.
    private var bits: UnsafeMutablePointer<UInt64>
    private var capacity = 64
    private(set) var count = 0
    /// Per run length (63 for longer runs), and per byte before a run (256 at a line start),
    /// the bits of the patterns it may trigger (64 and 257 entries); empty when the runs are
    /// not classified.
    private let lengthBits: [UInt64]
    private let beforeBits: [UInt64]
    /// Whether `patterns(_:)` holds each run's bits.
    let classifies: Bool

    /// Runs without pattern bits.
    convenience init() { self.init(lengthBits: [], beforeBits: []) }

    /// Runs classified for the patterns of `triggers` (a `PatternSet`'s) with digit triggers
    /// and a bit (`LinePrefilter.bit`).
    convenience init(classifyingFor triggers: [TriggerFinder?]) {
        var lengthBits = [UInt64](repeating: 0, count: 64)
        var beforeBits = [UInt64](repeating: 0, count: 257)
        for (index, finder) in triggers.enumerated() {
            let bit = LinePrefilter.bit(of: index)
            guard let finder, finder.digits != nil, bit != 0 else { continue }
            for length in 0..<64 where finder.digitRunLengths >> UInt64(length) & 1 != 0 { lengthBits[length] |= bit }
            for byte in 0...256 where finder.allows(before: byte) { beforeBits[byte] |= bit }
        }
        self.init(lengthBits: lengthBits, beforeBits: beforeBits)
    }

    private init(lengthBits: [UInt64], beforeBits: [UInt64]) {
        self.lengthBits = lengthBits
        self.beforeBits = beforeBits
        classifies = !lengthBits.isEmpty
        bounds = .allocate(capacity: 2 * capacity)
        bits = .allocate(capacity: capacity)
    }

    deinit {
        bounds.deallocate()
        bits.deallocate()
    }

    /// Finds the runs of `line` of at least `minimum` digits (`piiscan_digit_runs`: 64 bytes
    /// at a time, from masks of their digits). `readable` bytes from the line's start may be
    /// read (the rest of its chunk), so that its last block is read whole. `level` is the SIMD
    /// code path, for tests.
    func build(_ line: UnsafeBufferPointer<UInt8>, readable: Int, minimum: Int, level: Int32 = 2) {
        count = 0
        guard let p = line.baseAddress, line.count > 0 else { return }
        let found = piiscan_digit_runs_at(level, p, line.count, readable, minimum, bounds, capacity)
        if found > capacity {
            bounds.deallocate()
            bits.deallocate()
            capacity = max(found, 2 * capacity)
            bounds = .allocate(capacity: 2 * capacity)
            bits = .allocate(capacity: capacity)
            count = piiscan_digit_runs_at(level, p, line.count, readable, minimum, bounds, capacity)
        } else {
            count = found
        }
        guard classifies else { return }
        lengthBits.withUnsafeBufferPointer { lengths in
            beforeBits.withUnsafeBufferPointer { before in
                for k in 0..<count {
                    let start = bounds[2 * k]
                    bits[k] = lengths[min(bounds[2 * k + 1] - start, 63)] & before[start > 0 ? Int(p[start - 1]) : 256]
                }
            }
        }
    }

    /// The index of the first run that starts at or after `from`. `hint` is the answer for a
    /// smaller `from`, from which the search walks on; a long line, such as an extended INSERT,
    /// holds many thousands of runs, and the triggers of one pattern are asked for in order.
    @inline(__always)
    func index(from: Int, hint: Int) -> Int {
        if hint <= count && (hint == 0 || bounds[2 * (hint - 1)] < from) {
            var k = hint
            while k < count && bounds[2 * k] < from { k += 1 }
            return k
        }
        var low = 0
        var high = count
        while low < high {
            let mid = (low + high) >> 1
            if bounds[2 * mid] < from { low = mid + 1 } else { high = mid }
        }
        return low
    }

    @inline(__always) func start(_ k: Int) -> Int { bounds[2 * k] }
    @inline(__always) func end(_ k: Int) -> Int { bounds[2 * k + 1] }
    /// The bits of the patterns whose trigger run `k` may be, by its length and the byte
    /// before it; only when `classifies`.
    @inline(__always) func patterns(_ k: Int) -> UInt64 { bits[k] }

    /// The first run from `k` on whose bits hold `bit`, or that starts after `last`; `count`
    /// when there is none. Only when `classifies`.
    @inline(__always)
    func next(from k: Int, holding bit: UInt64, through last: Int) -> Int {
        let (bounds, bits, count) = (self.bounds, self.bits, self.count)
        var k = k
        while k < count && bits[k] & bit == 0 && bounds[2 &* k] <= last { k &+= 1 }
        return k
    }
}
