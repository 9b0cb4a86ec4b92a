#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A stream of bytes read in order: a file descriptor, a decompressor, a tar member.
protocol ByteSource: AnyObject {
    /// Reads up to `count` bytes into `buffer`; returns 0 at the end of the stream.
    func read(into buffer: UnsafeMutableRawPointer, count: Int) throws -> Int
}

/// Why an input could not be read to its end.
struct InputError: Error, Equatable {
    let message: String
}

extension ByteSource {
    /// Reads until `count` bytes or the end of the stream; returns the number read.
    func readFully(into buffer: UnsafeMutableRawPointer, count: Int) throws -> Int {
        var filled = 0
        while filled < count {
            let n = try read(into: buffer + filled, count: count - filled)
            if n == 0 { break }
            filled += n
        }
        return filled
    }
}

/// Reads a file descriptor with `read()`; owns and closes it unless told otherwise.
final class FileDescriptorSource: ByteSource {
    private let fd: Int32
    private let closes: Bool
    private(set) var offset = 0

    init(fd: Int32, closes: Bool) {
        self.fd = fd
        self.closes = closes
    }

    /// Opens `path` for reading.
    convenience init(path: InputPath) throws {
        let fd = path.withCString { open($0, O_RDONLY | O_CLOEXEC) }
        guard fd >= 0 else { throw InputError(message: errnoMessage()) }
        self.init(fd: fd, closes: true)
    }

    func read(into buffer: UnsafeMutableRawPointer, count: Int) throws -> Int {
        while true {
            let n = Glibc.read(fd, buffer, count)
            if n >= 0 {
                offset += n
                return n
            }
            if errno != EINTR { throw InputError(message: "read failed after \(offset) bytes: \(errnoMessage())") }
        }
    }

    deinit { if closes { close(fd) } }
}

/// A source whose first bytes can be looked at before they are read, to tell formats apart
/// by their magic bytes.
final class PeekableSource: ByteSource {
    private let upstream: ByteSource
    private var head: [UInt8] = []
    private var headOffset = 0

    init(_ upstream: ByteSource) {
        self.upstream = upstream
    }

    /// An error met while peeking, after some bytes were read; thrown once they are consumed.
    private var pendingError: Error?

    /// The first `count` bytes of the stream (fewer if it is shorter or broken); nothing is
    /// consumed.
    func peek(_ count: Int) throws -> [UInt8] {
        if head.count - headOffset < count && pendingError == nil {
            var more = [UInt8](repeating: 0, count: count - (head.count - headOffset))
            var filled = 0
            do {
                while filled < more.count {
                    let n = try more.withUnsafeMutableBytes { raw in
                        try upstream.read(into: raw.baseAddress! + filled, count: raw.count - filled)
                    }
                    if n == 0 { break }
                    filled += n
                }
            } catch {
                if filled == 0 && head.count == headOffset { throw error }
                pendingError = error
            }
            head = Array(head[headOffset...]) + more[0..<filled]
            headOffset = 0
        }
        return Array(head[headOffset..<min(head.count, headOffset + count)])
    }

    func read(into buffer: UnsafeMutableRawPointer, count: Int) throws -> Int {
        if headOffset < head.count {
            let n = min(count, head.count - headOffset)
            head.withUnsafeBytes { buffer.copyMemory(from: $0.baseAddress! + headOffset, byteCount: n) }
            headOffset += n
            return n
        }
        if let pendingError { throw pendingError }
        return try upstream.read(into: buffer, count: count)
    }
}

/// Input formats told apart by their first bytes.
enum InputFormat {
    case gzip
    case tar
    case plain

    /// Recognises gzip (`1f 8b`) and tar (`ustar` at offset 257) from the first 512 bytes.
    static func detect(_ head: [UInt8]) -> InputFormat {
        if head.count >= 2 && head[0] == 0x1F && head[1] == 0x8B { return .gzip }
        if head.count >= 262 && Array(head[257..<262]) == Array("ustar".utf8) { return .tar }
        return .plain
    }
}
