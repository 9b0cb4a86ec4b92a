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
            buffer.append(contentsOf: UnsafeRawBufferPointer(rebasing: raw[i...]))
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
        append(UInt8(ascii: "\""))
        if bytes.allSatisfy({ $0 < 0x80 }) {
            for b in bytes {
                if b >= 0x20 && b != UInt8(ascii: "\"") && b != UInt8(ascii: "\\") && b != 0x7F {
                    buffer.append(b)
                } else {
                    appendJSONByte(b)
                }
            }
        } else {
            for b in String(decoding: Array(bytes), as: UTF8.self).utf8 { appendJSONByte(b) }
        }
        append(UInt8(ascii: "\""))
    }

    public func appendJSONString(_ string: String) { appendJSONString(string.utf8) }

    @inline(__always) private func appendJSONByte(_ b: UInt8) {
        switch b {
        case UInt8(ascii: "\""): buffer.append(contentsOf: [0x5C, 0x22])
        case UInt8(ascii: "\\"): buffer.append(contentsOf: [0x5C, 0x5C])
        case 0x0A: buffer.append(contentsOf: [0x5C, UInt8(ascii: "n")])
        case 0x0D: buffer.append(contentsOf: [0x5C, UInt8(ascii: "r")])
        case 0x09: buffer.append(contentsOf: [0x5C, UInt8(ascii: "t")])
        case 0..<0x20, 0x7F:
            let hex = Array("0123456789abcdef".utf8)
            buffer.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 15)]])
        default: buffer.append(b)
        }
    }
}
