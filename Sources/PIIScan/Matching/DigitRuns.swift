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
    /// The bits of the patterns a run may trigger, per run length and per byte before it;
    /// nil when the runs are not classified. Written in `init` only, and freed in `deinit`.
    private let classes: UnsafeMutablePointer<piiscan_run_classes>?
    /// Whether `patterns(_:)` holds each run's bits.
    var classifies: Bool { classes != nil }

    /// Runs without pattern bits.
    convenience init() { self.init(classes: nil) }

    /// Runs classified for the patterns of `triggers` (a `PatternSet`'s) with digit triggers
    /// and a bit (`LinePrefilter.bit`).
    convenience init(classifyingFor triggers: [TriggerFinder?]) {
        let classes = UnsafeMutablePointer<piiscan_run_classes>.allocate(capacity: 1)
        classes.initialize(to: piiscan_run_classes())
        let raw = UnsafeMutableRawPointer(classes)
        let length = (raw + MemoryLayout<piiscan_run_classes>.offset(of: \.length)!).assumingMemoryBound(to: UInt64.self)
        let before = (raw + MemoryLayout<piiscan_run_classes>.offset(of: \.before)!).assumingMemoryBound(to: UInt64.self)
        for (index, finder) in triggers.enumerated() {
            let bit = LinePrefilter.bit(of: index)
            guard let finder, finder.digits != nil, bit != 0 else { continue }
            for k in 0..<64 where finder.digitRunLengths >> UInt64(k) & 1 != 0 { length[k] |= bit }
            for byte in 0...256 where finder.allows(before: byte) { before[byte] |= bit }
        }
        self.init(classes: classes)
    }

    private init(classes: UnsafeMutablePointer<piiscan_run_classes>?) {
        self.classes = classes
        bounds = .allocate(capacity: 2 * capacity)
        bits = .allocate(capacity: capacity)
    }

    deinit {
        bounds.deallocate()
        bits.deallocate()
        classes?.deallocate()
    }

    /// Finds the runs of `line` of at least `minimum` digits (`piiscan_digit_runs`: 64 bytes
    /// at a time, from masks of their digits), and classifies them when `classifies`.
    /// `readable` bytes from the line's start may be read (the rest of its chunk), so that its
    /// last block is read whole. `level` is the SIMD code path, for tests.
    func build(_ line: UnsafeBufferPointer<UInt8>, readable: Int, minimum: Int, level: Int32 = 2) {
        count = 0
        guard let p = line.baseAddress, line.count > 0 else { return }
        let found = piiscan_digit_runs_at(level, p, line.count, readable, minimum, bounds, capacity, classes, bits)
        if found > capacity {
            bounds.deallocate()
            bits.deallocate()
            capacity = max(found, 2 * capacity)
            bounds = .allocate(capacity: 2 * capacity)
            bits = .allocate(capacity: capacity)
            count = piiscan_digit_runs_at(level, p, line.count, readable, minimum, bounds, capacity, classes, bits)
        } else {
            count = found
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
