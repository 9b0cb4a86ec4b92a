extension UnsafeMutablePointer {
    /// A new allocation of `capacity` elements that starts with the first `count` elements of
    /// this one, moved there; this allocation is freed. For the raw buffers that only grow.
    func reallocated(keeping count: Int, capacity: Int) -> UnsafeMutablePointer<Pointee> {
        let bigger = UnsafeMutablePointer<Pointee>.allocate(capacity: capacity)
        bigger.moveInitialize(from: self, count: count)
        deallocate()
        return bigger
    }
}
