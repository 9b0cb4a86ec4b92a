import CZlib

/// Decompresses a gzip stream with zlib as it is read, in constant memory.
///
/// Multi-member files (concatenated members, as logrotate, pigz and bgzip write them) are read
/// to the end; zero padding after the last member is ignored. A truncated or corrupt stream
/// throws with the decompressed offset where it broke, after the bytes before it were returned.
final class GzipSource: ByteSource {
    private let upstream: ByteSource
    private var stream = z_stream()
    private let input: UnsafeMutablePointer<UInt8>
    private static let inputSize = 256 << 10
    private var upstreamAtEnd = false
    private var finished = false
    /// Whether input of the current member has been consumed (so its end is due).
    private var inMember = false
    /// Decompressed bytes returned so far.
    private(set) var produced = 0

    init(upstream: ByteSource) throws {
        self.upstream = upstream
        input = .allocate(capacity: GzipSource.inputSize)
        // windowBits 15 + 16: gzip framing only.
        guard CZlib_inflateInit2(&stream, 15 + 16) == Z_OK else {
            input.deallocate()
            throw InputError(message: "cannot initialise zlib")
        }
    }

    deinit {
        inflateEnd(&stream)
        input.deallocate()
    }

    private func refill() throws {
        // Keep unconsumed bytes at the front.
        let pending = Int(stream.avail_in)
        if pending > 0, let next = stream.next_in, next != input {
            input.update(from: next, count: pending)
        }
        let n = try upstream.read(into: UnsafeMutableRawPointer(input + pending), count: GzipSource.inputSize - pending)
        if n == 0 { upstreamAtEnd = true }
        stream.next_in = input
        stream.avail_in = UInt32(pending + n)
    }

    /// An error met after some bytes of the current call were produced; thrown next call,
    /// so the bytes before the damage are scanned.
    private var pendingError: InputError?

    func read(into buffer: UnsafeMutableRawPointer, count: Int) throws -> Int {
        if let pendingError { throw pendingError }
        guard !finished, count > 0 else { return 0 }
        stream.next_out = buffer.assumingMemoryBound(to: Bytef.self)
        stream.avail_out = UInt32(min(count, Int(UInt32.max)))
        let requested = Int(stream.avail_out)
        var producedNow: Int { requested - Int(stream.avail_out) }
        do {
            while stream.avail_out > 0 {
                if stream.avail_in == 0 && !upstreamAtEnd { try refill() }
                if stream.avail_in == 0 && upstreamAtEnd {
                    if inMember {
                        throw InputError(message: "truncated gzip stream at decompressed offset \(produced + producedNow)")
                    }
                    finished = true
                    break
                }
                let before = stream.avail_in
                let rc = inflate(&stream, Z_NO_FLUSH)
                if stream.avail_in != before { inMember = true }
                switch rc {
                case Z_OK, Z_BUF_ERROR:
                    // Hand back what is there rather than wait for more input.
                    if producedNow > 0 && stream.avail_in == 0 { break }
                    continue
                case Z_STREAM_END:
                    inMember = false
                    try startNextMember(at: produced + producedNow)
                    if finished { break }
                    continue
                case Z_DATA_ERROR:
                    let reason = stream.msg.map { String(cString: $0) } ?? "invalid data"
                    throw InputError(message: "corrupt gzip stream at decompressed offset \(produced + producedNow): \(reason)")
                default:
                    throw InputError(message: "zlib error \(rc) at decompressed offset \(produced + producedNow)")
                }
                break
            }
        } catch {
            finished = true
            guard producedNow > 0 else { throw error }
            pendingError = error as? InputError ?? InputError(message: "\(error)")
        }
        let n = producedNow
        produced += n
        return n
    }

    /// After a member ends: another member, zero padding, the end, or trailing garbage.
    private func startNextMember(at offset: Int) throws {
        while true {
            if stream.avail_in < 2 && !upstreamAtEnd { try refill() }
            if stream.avail_in == 0 {
                finished = true
                return
            }
            let next = stream.next_in!
            if stream.avail_in >= 2 && next[0] == 0x1F && next[1] == 0x8B {
                inflateReset(&stream)
                return
            }
            // Zero padding (tape blocks) after the last member is not an error.
            var zeros = 0
            while zeros < Int(stream.avail_in) && next[zeros] == 0 { zeros += 1 }
            guard zeros == Int(stream.avail_in) else {
                throw InputError(message: "trailing garbage after gzip data at decompressed offset \(offset)")
            }
            stream.avail_in = 0
            if upstreamAtEnd {
                finished = true
                return
            }
        }
    }
}
