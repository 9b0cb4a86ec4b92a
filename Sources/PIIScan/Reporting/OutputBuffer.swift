#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A buffered writer to a file descriptor. Used from one thread at a time.
public final class OutputBuffer: @unchecked Sendable {
    // Only the emitting thread touches the buffer (FindingSink calls never overlap), so the
    // per-append exclusivity check is skipped.
    @exclusivity(unchecked) private var buffer: [UInt8] = []
    private let fd: Int32
    /// Set when a write failed (for example a closed pipe); later writes are dropped.
    public private(set) var failed = false

    /// Writes to `fd` (1 is standard output).
    public init(fd: Int32 = 1) {
        self.fd = fd
        buffer.reserveCapacity(1 << 16)
    }

    @inline(__always) public func append(_ byte: UInt8) {
        buffer.append(byte)
    }

    public func append<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    public func append(_ string: String) {
        append(string.utf8)
    }

    /// Appends `n` in decimal, without making a string.
    public func append(_ n: Int) {
        OutputBuffer.appendDecimal(n, to: &buffer)
    }

    /// Appends `n` in decimal to `out`.
    static func appendDecimal(_ n: Int, to out: inout [UInt8]) {
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: any Int in decimal
        var magnitude = n.magnitude
        withUnsafeMutableBytes(of: &digits) { raw in
            var i = raw.count
            repeat {
                i -= 1
                raw[i] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if n < 0 {
                i -= 1
                raw[i] = UInt8(ascii: "-")
            }
            out.append(contentsOf: UnsafeRawBufferPointer(rebasing: raw[i...]))
        }
    }

    /// Writes out the buffer.
    public func flush() {
        defer { buffer.removeAll(keepingCapacity: true) }
        guard !failed else { return }
        buffer.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failed = true
                    return
                }
                offset += n
            }
        }
    }

    /// Appends `bytes` as a JSON string, quotes included. Invalid UTF-8 becomes U+FFFD.
    public func appendJSONString<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        JSONText.appendString(bytes, to: &buffer)
    }

    public func appendJSONString(_ string: String) { appendJSONString(string.utf8) }
}
