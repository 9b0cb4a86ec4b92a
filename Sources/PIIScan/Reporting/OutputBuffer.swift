import CByteScan
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A buffered writer to a file descriptor. Used from one thread at a time.
public final class OutputBuffer: @unchecked Sendable {
    // Only the emitting thread touches the buffer (FindingSink calls never overlap), so its
    // state skips exclusivity checks. The bytes are `storage[0..<count]`: raw storage, so an
    // append is a bounds check and a copy, with no uniqueness check or reference counting.
    @exclusivity(unchecked) private var storage: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var capacity: Int
    @exclusivity(unchecked) private var count = 0
    /// Scratch for `appendJSONString`.
    @exclusivity(unchecked) private var scratch: [UInt8] = []
    private let fd: Int32
    /// Set when a write failed (for example a closed pipe); later writes are dropped.
    public private(set) var failed = false

    /// The buffer is written out once it holds this many bytes.
    static let flushThreshold = 1 << 16

    /// Writes to `fd` (1 is standard output).
    public init(fd: Int32 = 1) {
        self.fd = fd
        capacity = 2 * OutputBuffer.flushThreshold
        storage = .allocate(capacity: capacity)
    }

    deinit { storage.deallocate() }

    @inline(__always) public func append(_ byte: UInt8) {
        reserve(1)
        storage[count] = byte
        count += 1
    }

    public func append<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        let copied: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            guard let base = buffer.baseAddress else { return }
            reserve(buffer.count)
            (storage + count).update(from: base, count: buffer.count)
            count += buffer.count
        }
        if copied == nil {
            for b in bytes { append(b) }
        }
        if count >= OutputBuffer.flushThreshold { flush() }
    }

    public func append(_ string: String) {
        append(string.utf8)
    }

    /// Appends `n` in decimal, without making a string.
    public func append(_ n: Int) {
        append(atMost: 20) { OutputBuffer.writeDecimal(n, to: $0) }
    }

    /// Lets `body` write at most `maximum` bytes at the end of the buffer; `body` returns how
    /// many it wrote. The way to format straight into the buffer, with no copy in between.
    @inline(__always)
    func append(atMost maximum: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        reserve(maximum)
        count += body(storage + count)
        if count >= OutputBuffer.flushThreshold { flush() }
    }

    @inline(__always)
    private func reserve(_ n: Int) {
        if count + n > capacity { grow(to: count + n) }
    }

    private func grow(to needed: Int) {
        capacity = max(needed, 2 * capacity)
        storage = storage.reallocated(keeping: count, capacity: capacity)
    }

    /// Writes `n` in decimal to `out` (room for 20 bytes) and returns how many bytes it wrote.
    @inline(__always)
    static func writeDecimal(_ n: Int, to out: UnsafeMutablePointer<UInt8>) -> Int {
        if n < 0 {
            out[0] = UInt8(ascii: "-")
            return 1 + writeDecimal(n.magnitude, to: out + 1)
        }
        return writeDecimal(UInt(n), to: out)
    }

    /// Writes `n` in decimal to `out` (room for 20 bytes; bytes past the digits may be written)
    /// and returns how many bytes it wrote: eight digits at a time (`piiscan_write_decimal`).
    @inline(__always)
    static func writeDecimal(_ n: UInt, to out: UnsafeMutablePointer<UInt8>) -> Int {
        piiscan_write_decimal(UInt64(n), out)
    }

    /// Writes out the buffer.
    public func flush() {
        defer { count = 0 }
        guard !failed else { return }
        var offset = 0
        while offset < count {
            let n = writeOut(fd, storage + offset, count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                failed = true
                return
            }
            offset += n
        }
    }

    /// `write(2)`, named apart from this type's methods.
    private func writeOut(_ fd: Int32, _ bytes: UnsafeMutablePointer<UInt8>, _ n: Int) -> Int {
        write(fd, bytes, n)
    }

    /// Appends `bytes` as a JSON string, quotes included. Invalid UTF-8 becomes U+FFFD.
    public func appendJSONString<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        scratch.removeAll(keepingCapacity: true)
        JSONText.appendString(bytes, to: &scratch)
        append(scratch)
    }

    public func appendJSONString(_ string: String) { appendJSONString(string.utf8) }
}
