/// How a scan runs.
public struct ScanOptions: Sendable {
    /// Worker threads; files and chunks of large files run in parallel.
    public var threads: Int
    /// Findings below this confidence are not reported.
    public var minConfidence: Confidence
    /// Largest chunk of an input; chunks end at a line end. With more than one thread, a file
    /// is cut finer (down to 256 KiB) so that it gives each thread about eight chunks.
    public var chunkSize: Int
    /// Whether files that hold a NUL byte in their first block are skipped as binary.
    public var skipBinary: Bool
    /// Whether each `ChunkFindings` handed to the sink keeps the chunk's bytes (for
    /// redaction). Holds each chunk's buffer until the chunk is emitted, and bounds how far a
    /// stream is read ahead of emission.
    public var keepsChunkBytes: Bool
    /// Findings on a line that holds these bytes are not reported: an inline
    /// `piiscan:allow` in source code. Nil (the default) honours no marker; redaction never
    /// should, since the data could carry the marker itself.
    public var allowMarker: [UInt8]?

    /// Values never reported nor redacted (a project's `allow` list).
    public var allowlist: ValueAllowlist?

    /// The inline marker of `piiscan scan`.
    public static let defaultAllowMarker = Array("piiscan:allow".utf8)

    public init(threads: Int = ScanOptions.defaultThreads, minConfidence: Confidence = .medium,
                chunkSize: Int = 4 << 20, skipBinary: Bool = true, keepsChunkBytes: Bool = false) {
        self.threads = max(1, threads)
        self.minConfidence = minConfidence
        self.chunkSize = max(1, chunkSize)
        self.skipBinary = skipBinary
        self.keepsChunkBytes = keepsChunkBytes
    }

    /// The number of active processor cores.
    public static var defaultThreads: Int { ProcessInfoShim.activeProcessorCount }
}

enum ProcessInfoShim {
    static var activeProcessorCount: Int {
        #if canImport(Glibc)
        return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        #else
        return 1
        #endif
    }
}

#if canImport(Glibc)
import Glibc
#endif
