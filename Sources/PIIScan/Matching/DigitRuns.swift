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

    /// Finds the runs of `line` of at least `minimum` digits: 64 bytes at a time, from a mask
    /// of their digits, jumping from one digit/non-digit boundary to the next.
    func build(_ line: UnsafeBufferPointer<UInt8>, minimum: Int) {
        count = 0
        guard let p = line.baseAddress else { return }
        let n = line.count
        var runStart = -1  // the start of a run not yet ended, or -1
        var base = 0
        while base < n {
            let mask = piiscan_digit_mask(p + base, min(64, n - base))  // zero past the line's end
            var bit = 0
            while bit < 64 {
                if runStart >= 0 {
                    let rest = ~mask >> UInt64(bit)
                    if rest == 0 { break }  // the run goes on into the next block
                    let end = base + bit + rest.trailingZeroBitCount
                    if end - runStart >= minimum { append(runStart, end) }
                    runStart = -1
                    bit = end - base
                }
                let rest = bit < 64 ? mask >> UInt64(bit) : 0
                if rest == 0 { break }
                bit += rest.trailingZeroBitCount
                runStart = base + bit
            }
            base += 64
        }
        if runStart >= 0 && n - runStart >= minimum { append(runStart, n) }
    }

    @inline(__always)
    private func append(_ start: Int, _ end: Int) {
        if count == capacity {
            let grown = UnsafeMutablePointer<Int>.allocate(capacity: 4 * capacity)
            grown.moveInitialize(from: bounds, count: 2 * count)
            bounds.deallocate()
            bounds = grown
            capacity *= 2
        }
        bounds[2 * count] = start
        bounds[2 * count + 1] = end
        count += 1
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
