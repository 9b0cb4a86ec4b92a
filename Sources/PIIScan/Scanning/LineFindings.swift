/// The findings of the line being scanned, in storage that only grows and is reused from line
/// to line. An `Array` cleared with `removeAll(keepingCapacity:)` goes through a generic range
/// replacement on every line with a finding; this is a count set to zero.
final class LineFindings {
    private var storage: UnsafeMutablePointer<Finding>
    private var capacity: Int
    private(set) var count = 0
    /// `sort(by:)`'s scratch: two buffers of keys, the storage it moves the findings to
    /// (which then takes the place of `storage`, so the two capacities trade places), and the
    /// bounds of the sorted runs of keys.
    private var keys: UnsafeMutablePointer<UInt64>
    private var mergedKeys: UnsafeMutablePointer<UInt64>
    private var keyCapacity = 0
    private var spare: UnsafeMutablePointer<Finding>
    private var spareCapacity = 0
    private var runBounds: [Int] = []
    private var mergedBounds: [Int] = []

    init(capacity: Int = 64) {
        self.capacity = max(1, capacity)
        storage = .allocate(capacity: self.capacity)
        keys = .allocate(capacity: 0)
        mergedKeys = .allocate(capacity: 0)
        spare = .allocate(capacity: 0)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
        keys.deallocate()
        mergedKeys.deallocate()
        spare.deallocate()
    }

    var isEmpty: Bool { count == 0 }

    subscript(i: Int) -> Finding {
        get {
            precondition(i >= 0 && i < count, "finding index out of range")
            return storage[i]
        }
        set {
            precondition(i >= 0 && i < count, "finding index out of range")
            storage[i] = newValue
        }
    }

    func append(_ finding: Finding) {
        if count == capacity {
            let grown = UnsafeMutablePointer<Finding>.allocate(capacity: 2 * capacity)
            grown.moveInitialize(from: storage, count: count)
            storage.deallocate()
            storage = grown
            capacity *= 2
        }
        (storage + count).initialize(to: finding)
        count += 1
    }

    func removeAll() {
        storage.deinitialize(count: count)
        count = 0
    }

    /// Keeps the first `kept` findings.
    func removeLast(from kept: Int) {
        precondition(kept >= 0 && kept <= count, "kept count out of range")
        (storage + kept).deinitialize(count: count - kept)
        count = kept
    }

    /// The findings, to reorder in place.
    var buffer: UnsafeMutableBufferPointer<Finding> { UnsafeMutableBufferPointer(start: storage, count: count) }

    /// Sorts the findings of one line by `precedes`, a strict total order that puts smaller
    /// columns first. What is sorted is a 64-bit key per finding, its column and its index, so
    /// that each finding is moved once. Each pattern appends its findings in order, so a long
    /// line's keys form a few sorted runs, one per pattern: they are merged two by two.
    /// Findings at one column (or past 2^40, where the keys stop counting) are then put in
    /// order by `precedes`.
    func sort(by precedes: (Finding, Finding) -> Bool) {
        guard count > 1 else { return }
        guard count < 1 << 24 else {
            var all = buffer
            all.sort(by: precedes)
            return
        }
        if keyCapacity < count {
            keys.deallocate()
            mergedKeys.deallocate()
            keyCapacity = max(count, capacity)
            keys = .allocate(capacity: keyCapacity)
            mergedKeys = .allocate(capacity: keyCapacity)
        }
        if spareCapacity < count {
            spare.deallocate()
            spareCapacity = max(count, capacity)
            spare = .allocate(capacity: spareCapacity)
        }
        runBounds.removeAll(keepingCapacity: true)
        runBounds.append(0)
        for i in 0..<count {
            keys[i] = UInt64(min(storage[i].column, 1 << 40 - 1)) << 24 | UInt64(i)
            if i > 0 && keys[i] < keys[i - 1] { runBounds.append(i) }
        }
        runBounds.append(count)
        mergeRuns()
        // Ties: the keys of each column in order by `precedes`, by insertion (they are few).
        let index = { (key: UInt64) in Int(key & 0xFF_FFFF) }
        for i in 1..<count where keys[i] >> 24 == keys[i - 1] >> 24 {
            let key = keys[i]
            var j = i
            while j > 0 && keys[j - 1] >> 24 == key >> 24 && precedes(storage[index(key)], storage[index(keys[j - 1])]) {
                keys[j] = keys[j - 1]
                j -= 1
            }
            keys[j] = key
        }
        for j in 0..<count { (spare + j).moveInitialize(from: storage + index(keys[j]), count: 1) }
        swap(&storage, &spare)
        swap(&capacity, &spareCapacity)
    }

    /// Merges the sorted runs of `keys` (between `runBounds`) two by two until one is left.
    private func mergeRuns() {
        while runBounds.count > 2 {
            mergedBounds.removeAll(keepingCapacity: true)
            var r = 0
            while r + 1 < runBounds.count {
                let low = runBounds[r]
                let middle = runBounds[r + 1]
                let high = runBounds[min(r + 2, runBounds.count - 1)]
                mergedBounds.append(low)
                var (i, j, k) = (low, middle, low)
                // Without branches on the keys: which run gives the next one is not predictable.
                while i < middle && j < high {
                    let a = keys[i], b = keys[j]
                    let first = a < b
                    mergedKeys[k] = first ? a : b
                    i &+= first ? 1 : 0
                    j &+= first ? 0 : 1
                    k &+= 1
                }
                (mergedKeys + k).update(from: keys + i, count: middle - i)
                (mergedKeys + k + middle - i).update(from: keys + j, count: high - j)
                r += 2
            }
            mergedBounds.append(runBounds[runBounds.count - 1])
            swap(&keys, &mergedKeys)
            swap(&runBounds, &mergedBounds)
        }
    }
}
