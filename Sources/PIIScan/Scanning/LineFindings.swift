/// The findings of the line being scanned, in storage that only grows and is reused from line
/// to line. An `Array` cleared with `removeAll(keepingCapacity:)` goes through a generic range
/// replacement on every line with a finding; this is a count set to zero.
final class LineFindings {
    private var storage: UnsafeMutablePointer<Finding>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int = 64) {
        self.capacity = max(1, capacity)
        storage = .allocate(capacity: self.capacity)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
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
}
