import CZlib
import Foundation

/// Where the redacted copy of one input goes. Bytes are written in order; the copy counts
/// only once `commit` returns. After an error, `abort` leaves nothing behind.
public protocol RedactedOutput: AnyObject {
    func write(_ bytes: UnsafeRawBufferPointer) throws
    /// Completes the copy: flushed, synced and in place.
    func commit() throws
    /// Drops the copy; the destination is as it was before.
    func abort()
}

/// A file written to a temporary name in its folder and renamed into place on commit, so
/// readers never see half a file and a failed copy leaves nothing.
public final class AtomicFileOutput: RedactedOutput {
    public let path: String
    private let temporaryPath: String
    private var fd: Int32
    private let backupSuffix: String?
    private var buffer: [UInt8] = []
    private static let bufferSize = 1 << 20

    /// Creates the temporary file beside `path` with `mode` (0600 unless the input's mode is
    /// kept on purpose). With `backupSuffix`, the file at `path` is kept under
    /// `path + backupSuffix` when the copy replaces it.
    public init(path: String, mode: mode_t = 0o600, backupSuffix: String? = nil) throws {
        self.path = path
        self.backupSuffix = backupSuffix
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var template = Array((folder + "/." + url.lastPathComponent + ".piiscan-XXXXXX").utf8CString)
        fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            throw RedactionError("cannot create a file in '\(folder)': \(errnoMessage())")
        }
        temporaryPath = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        fchmod(fd, mode)
        buffer.reserveCapacity(Self.bufferSize)
    }

    deinit { abort() }

    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        if buffer.count + bytes.count > Self.bufferSize { try flush() }
        if bytes.count >= Self.bufferSize {
            try writeAll(bytes)
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    private func flush() throws {
        try buffer.withUnsafeBytes { try writeAll($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer) throws {
        guard fd >= 0 else { throw RedactionError("'\(path)': the copy was already closed") }
        var done = 0
        while done < bytes.count {
            let n = Foundation.write(fd, bytes.baseAddress! + done, bytes.count - done)
            if n < 0 {
                if errno == EINTR { continue }
                throw RedactionError("cannot write '\(path)': \(errnoMessage())")
            }
            done += n
        }
    }

    public func commit() throws {
        do {
            try flush()
            guard fsync(fd) == 0 else { throw RedactionError("cannot sync '\(path)': \(errnoMessage())") }
            guard close(fd) == 0 else {
                fd = -1
                throw RedactionError("cannot close '\(path)': \(errnoMessage())")
            }
            fd = -1
            if let backupSuffix {
                let backup = path + backupSuffix
                unlink(backup)
                guard link(path, backup) == 0 else {
                    throw RedactionError("cannot keep a backup '\(backup)': \(errnoMessage())")
                }
            }
            guard rename(temporaryPath, path) == 0 else {
                throw RedactionError("cannot rename the copy to '\(path)': \(errnoMessage())")
            }
            // The rename itself is durable once the folder is synced.
            let folder = open(URL(fileURLWithPath: path).deletingLastPathComponent().path, O_RDONLY | O_DIRECTORY)
            if folder >= 0 {
                fsync(folder)
                close(folder)
            }
        } catch {
            abort()
            throw error
        }
    }

    public func abort() {
        if fd >= 0 {
            close(fd)
            fd = -1
        }
        unlink(temporaryPath)
    }
}

/// Standard output. Bytes already written cannot be taken back: after an error the consumer
/// sees a short stream and piiscan exits with status 2.
public final class StandardOutput: RedactedOutput {
    private let output: OutputBuffer

    public init() { output = OutputBuffer(fd: 1) }

    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        output.append(bytes)
        if output.failed { throw RedactionError("cannot write standard output") }
    }
    public func commit() throws {
        output.flush()
        if output.failed { throw RedactionError("cannot write standard output") }
    }
    public func abort() { output.flush() }
}

/// Compresses into another output as gzip (zlib, default level).
public final class GzipOutput: RedactedOutput {
    private let next: RedactedOutput
    private var stream = z_stream()
    private var ended = false
    private let chunk = UnsafeMutablePointer<UInt8>.allocate(capacity: 256 << 10)
    private static let chunkSize = 256 << 10

    public init(_ next: RedactedOutput) throws {
        self.next = next
        guard CZlib_deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) == Z_OK else {
            chunk.deallocate()
            throw RedactionError("cannot initialise zlib")
        }
    }

    deinit {
        deflateEnd(&stream)
        chunk.deallocate()
    }

    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        stream.next_in = UnsafeMutablePointer(mutating: base.assumingMemoryBound(to: UInt8.self))
        stream.avail_in = UInt32(bytes.count)
        try pump(Z_NO_FLUSH)
    }

    private func pump(_ flush: Int32) throws {
        repeat {
            stream.next_out = chunk
            stream.avail_out = UInt32(Self.chunkSize)
            let status = deflate(&stream, flush)
            guard status != Z_STREAM_ERROR else { throw RedactionError("zlib failed while compressing") }
            let produced = Self.chunkSize - Int(stream.avail_out)
            if produced > 0 { try next.write(UnsafeRawBufferPointer(start: chunk, count: produced)) }
            if flush == Z_FINISH && status == Z_STREAM_END { return }
        } while stream.avail_out == 0 || flush == Z_FINISH
    }

    public func commit() throws {
        do {
            try pump(Z_FINISH)
        } catch {
            next.abort()
            throw error
        }
        try next.commit()
    }

    public func abort() { next.abort() }
}
