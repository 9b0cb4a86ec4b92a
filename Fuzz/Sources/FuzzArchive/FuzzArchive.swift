import FuzzDriver
@testable import PIIScan

/// Bytes in memory as a `ByteSource`, handed out in pieces of varying size.
final class MemorySource: ByteSource {
    let bytes: [UInt8]
    var offset = 0
    init(_ bytes: [UInt8]) { self.bytes = bytes }
    func read(into buffer: UnsafeMutableRawPointer, count: Int) throws -> Int {
        let n = min(count, bytes.count - offset, 1 + offset % 613)
        bytes.withUnsafeBytes { buffer.copyMemory(from: $0.baseAddress! + offset, byteCount: n) }
        offset += n
        return n
    }
}

/// Random bytes through format detection, the gzip inflater and the tar reader: every error
/// must be a thrown InputError, never a crash, a hang or an endless loop.
@main
enum FuzzArchive {
    static func main() { runFuzzer { data, size in fuzzOne(data, size) } }
}

func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    var buffer = [UInt8](repeating: 0, count: 4096)
    func drain(_ source: ByteSource) throws -> Int {
        var total = 0
        while true {
            let n = try buffer.withUnsafeMutableBytes { try source.read(into: $0.baseAddress!, count: $0.count) }
            if n == 0 { return total }
            total += n
            precondition(total < 64 << 20, "unbounded output")
        }
    }
    do {
        var source = PeekableSource(MemorySource(bytes))
        if InputFormat.detect(try source.peek(512)) == .gzip {
            source = PeekableSource(try GzipSource(upstream: source))
        }
        if InputFormat.detect(try source.peek(512)) == .tar {
            let tar = TarReader(source)
            var members = 0
            while let member = try tar.nextMember() {
                precondition(member.size >= 0)
                _ = try drain(member.source)
                members += 1
                precondition(members < 100_000, "endless archive")
            }
        } else {
            _ = try drain(source)
        }
    } catch is InputError {
    } catch {
        fatalError("unexpected error type: \(error)")
    }
    return 0
}
