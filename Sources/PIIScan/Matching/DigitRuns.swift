import CByteScan

/// The runs of ASCII digits in one line that are at least `minimum` long, found in one pass
/// and shared by every pattern with a `digits` trigger. Reused from line to line by one
/// thread; its storage only grows.
final class DigitRuns {
    /// Start and end (exclusive) of each run, in line order: `bounds[2k]`, `bounds[2k + 1]`.
    private var bounds: UnsafeMutablePointer<Int>
    private var capacity = 64
    private(set) var count = 0

    init() { bounds = .allocate(capacity: 2 * capacity) }
    deinit { bounds.deallocate() }

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
            capacity = max(found, 2 * capacity)
            bounds = .allocate(capacity: 2 * capacity)
            count = piiscan_digit_runs_at(level, p, line.count, readable, minimum, bounds, capacity)
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
}
