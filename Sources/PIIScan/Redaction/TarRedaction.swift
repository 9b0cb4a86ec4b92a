import Foundation

/// Redacts a tar archive (plain or gzip) into a new one: each regular file is redacted as an
/// input of its own and written with its new size; directories, links, extended headers and
/// every other entry are copied as they are.
///
/// A member is spooled to a temporary file, scanned in parallel chunks, and its redacted copy
/// spooled again before its header can be written, so memory stays bounded whatever the
/// member's size.
public struct TarRedaction {
    public let patterns: PatternSet
    public let policy: RedactionPolicy
    public let options: ScanOptions

    public init(patterns: PatternSet, policy: RedactionPolicy, options: ScanOptions) {
        self.patterns = patterns
        self.policy = policy
        var options = options
        options.keepsChunkBytes = true
        self.options = options
    }

    /// Whether the file at `path` is a tar archive, gzip-compressed or not.
    public static func isTarArchive(_ path: InputPath) -> Bool {
        guard let source = try? FileDescriptorSource(path: path) else { return false }
        var peekable = PeekableSource(source)
        guard let head = try? peekable.peek(512) else { return false }
        if InputFormat.detect(head) == .gzip {
            guard let gzip = try? GzipSource(upstream: peekable) else { return false }
            peekable = PeekableSource(gzip)
        }
        return (try? peekable.peek(512)).map { InputFormat.detect($0) == .tar } ?? false
    }

    /// Writes the redacted archive to `output` (gzip-compressed if the input was) and commits
    /// it. Findings go to `report` as findings of `path` with their member names. Returns the
    /// number of findings replaced. On error the output is aborted.
    public func redact(_ path: InputPath, into output: RedactedOutput, report: FindingSink?) throws -> Int {
        var out = output
        do {
            var source = PeekableSource(try FileDescriptorSource(path: path))
            if InputFormat.detect(try source.peek(512)) == .gzip {
                source = PeekableSource(try GzipSource(upstream: source))
                out = try GzipOutput(output)
            }
            let tar = TarReader(source, keepsHeaders: true)
            var redactions = 0
            while let member = try tar.nextMember() {
                guard !member.sizeFromPax else {
                    throw RedactionError("member '\(member.name)': its size is in a pax record, which is not rewritten")
                }
                let original = try Spool()
                try original.fill(from: member.source)
                let copy = try Spool()
                let forward = MemberReport(archive: path, member: member.name, next: report)
                let sink = RedactingSink(patterns: patterns, policy: policy, minConfidence: options.minConfidence,
                                         allowlist: options.allowlist, next: forward) { _, _ in copy }
                Scanner(patterns: patterns, options: options).scan([.file(original.path, isStream: false)], into: sink)
                if let failure = forward.failure { throw RedactionError("member '\(member.name)': \(failure)") }
                redactions += sink.redactions

                var preamble = member.preamble
                TarReader.setSize(copy.size, in: &preamble[(preamble.count - 512)...])
                try preamble.withUnsafeBytes { try out.write($0) }
                try copy.copy(to: out)
                try [UInt8](repeating: 0, count: TarReader.padding(copy.size)).withUnsafeBytes { try out.write($0) }
            }
            try (tar.trailer + [UInt8](repeating: 0, count: 1024)).withUnsafeBytes { try out.write($0) }
            try out.commit()
            return redactions
        } catch {
            out.abort()
            throw error
        }
    }
}

/// A temporary file that lives as long as the object; also an output for a member's copy.
private final class Spool: RedactedOutput {
    let path: InputPath
    private let fd: Int32
    private(set) var size = 0

    init() throws {
        var template = Array((NSTemporaryDirectory() + "/piiscan-member-XXXXXX").utf8CString)
        fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw RedactionError("cannot create a temporary file: \(errnoMessage())") }
        path = InputPath(String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self))
        fchmod(fd, 0o600)
    }

    deinit {
        close(fd)
        path.withCString { _ = unlink($0) }
    }

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        var done = 0
        while done < bytes.count {
            let n = Foundation.write(fd, bytes.baseAddress! + done, bytes.count - done)
            if n < 0 {
                if errno == EINTR { continue }
                throw RedactionError("cannot write a temporary file: \(errnoMessage())")
            }
            done += n
        }
        size += bytes.count
    }

    func commit() throws {}
    func abort() {}

    func fill(from source: ByteSource) throws {
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = try buffer.withUnsafeMutableBytes { try source.read(into: $0.baseAddress!, count: $0.count) }
            if n == 0 { return }
            try buffer.withUnsafeBytes { try write(UnsafeRawBufferPointer(rebasing: $0[0..<n])) }
        }
    }

    func copy(to output: RedactedOutput) throws {
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var offset = 0
        while offset < size {
            let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, min($0.count, size - offset), off_t(offset)) }
            guard n > 0 else { throw RedactionError("cannot read a temporary file: \(errnoMessage())") }
            try buffer.withUnsafeBytes { try output.write(UnsafeRawBufferPointer(rebasing: $0[0..<n])) }
            offset += n
        }
    }
}

/// Passes a member's findings on as findings of the archive, and keeps why it failed.
private final class MemberReport: FindingSink {
    let archive: InputPath
    let member: String
    let next: FindingSink?
    var failure: String?

    init(archive: InputPath, member: String, next: FindingSink?) {
        self.archive = archive
        self.member = member
        self.next = next
    }

    func findings(_ findings: ChunkFindings, in input: InputPath, member _: String?) {
        next?.findings(findings, in: archive, member: member)
    }

    func endInput(_ input: InputPath, outcome: InputOutcome) {
        if case .failed(let message) = outcome { failure = message }
    }

    func finish(_ summary: ScanSummary) {}
}
