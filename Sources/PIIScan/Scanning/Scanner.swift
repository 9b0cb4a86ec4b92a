import Foundation
import Synchronization

/// Scans inputs with a compiled `PatternSet` on several threads and pushes ordered results
/// into a `FindingSink`.
///
/// Files are memory-mapped and split into chunks that end at line ends; streams are read in
/// blocks that end at line ends. Workers take chunks before they open further files, so the
/// chunks of a large file run in parallel. Results are emitted in input order and, within an
/// input, in offset order, whatever the thread count.
public final class Scanner: Sendable {
    public let patterns: PatternSet
    public let options: ScanOptions

    public init(patterns: PatternSet, options: ScanOptions = ScanOptions()) {
        self.patterns = patterns
        self.options = options
    }

    /// Scans `entries` in order and returns the totals (also passed to `sink.finish`).
    @discardableResult
    public func scan(_ entries: [InputEntry], into sink: FindingSink) -> ScanSummary {
        run(entries, into: sink).summary
    }

    /// `scan`, with the run it made.
    func run(_ entries: [InputEntry], into sink: FindingSink) -> (summary: ScanSummary, run: ScanRun) {
        let start = ContinuousClock.now
        let run = ScanRun(entries: entries, set: patterns, options: options, sink: sink)
        DispatchQueue.concurrentPerform(iterations: options.threads) { _ in
            run.work(ChunkScanner(set: patterns, minConfidence: options.minConfidence, allowMarker: options.allowMarker,
                                  allowlist: options.allowlist))
        }
        run.emit()
        var summary = run.finalSummary()
        let elapsed = ContinuousClock.now - start
        summary.elapsedSeconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        sink.finish(summary)
        return (summary, run)
    }

    /// Scans bytes in memory and returns the reported findings with their values.
    public func findings(in bytes: [UInt8], path: String = "<memory>") -> [ReportedFinding] {
        let sink = CollectingSink()
        scan([.memory(InputPath(path), bytes)], into: sink)
        return sink.findings
    }
}

/// A finding with its input and its raw value.
public struct ReportedFinding: Sendable, Equatable {
    public var path: InputPath
    /// The path inside an archive, for findings in a tar member.
    public var member: String?
    /// The table and column, for findings in a table row.
    public var field: FieldName?
    public var finding: Finding
    public var value: [UInt8]
}

/// A sink that keeps everything in memory: for tests and small library uses.
public final class CollectingSink: FindingSink, @unchecked Sendable {
    public private(set) var findings: [ReportedFinding] = []
    public private(set) var outcomes: [(InputPath, InputOutcome)] = []
    public private(set) var summary: ScanSummary?

    public init() {}

    public func findings(_ chunk: ChunkFindings, in input: InputPath, member: String?) {
        for f in chunk.findings {
            findings.append(ReportedFinding(path: input, member: member, field: chunk.fieldName(of: f), finding: f,
                                            value: Array(chunk.value(of: f))))
        }
    }
    public func endInput(_ input: InputPath, outcome: InputOutcome) { outcomes.append((input, outcome)) }
    public func finish(_ summary: ScanSummary) { self.summary = summary }
}

/// The stream buffers of one scan alive now, and the most alive at once: the memory bound of
/// streaming, checked by the tests.
final class BufferCount: Sendable {
    let live = Atomic<Int>(0)
    let peak = Atomic<Int>(0)
}

/// A buffer read from a stream, owned by the chunks that refer to it.
final class OwnedBuffer: @unchecked Sendable {
    // Written once by the reader before any chunk job sees it; read-only afterwards.
    let pointer: UnsafeMutableRawPointer
    let capacity: Int
    private let count: BufferCount

    init(capacity: Int, countedIn count: BufferCount) {
        self.capacity = capacity
        self.count = count
        pointer = UnsafeMutableRawPointer.allocate(byteCount: max(1, capacity), alignment: 16)
        let now = count.live.add(1, ordering: .relaxed).newValue
        count.peak.max(now, ordering: .relaxed)
    }

    deinit {
        pointer.deallocate()
        count.live.subtract(1, ordering: .relaxed)
    }
}

/// The bytes of one chunk, kept alive with the buffer or mapping they live in.
struct ChunkBytes: @unchecked Sendable {
    // The source is immutable once a chunk job exists.
    let source: ScanRun.Source
    let range: Range<Int>

    func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        switch source {
        case .mapped(let file): try body(UnsafeRawBufferPointer(rebasing: file.bytes[range]))
        case .owned(let buffer): try body(UnsafeRawBufferPointer(start: buffer.pointer + range.lowerBound, count: range.count))
        case .memory(let bytes): try bytes.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[range])) }
        }
    }
}

/// The state of one `Scanner.scan` call, shared by its workers.
final class ScanRun: @unchecked Sendable {
    // Everything mutable is guarded by `condition`; `sink` is called only by the thread that
    // set `emitting`.
    enum Source {
        case mapped(MappedFile)
        case owned(OwnedBuffer)
        case memory([UInt8])
    }

    struct ChunkJob {
        let entry: Int
        let index: Int
        let source: Source
        /// The bytes of the chunk within its source.
        let range: Range<Int>
        /// Offset of the chunk's first byte in its input (or archive member).
        let baseOffset: Int
        /// Index of the archive member the chunk belongs to, if any.
        var member: Int? = nil
        /// Where table rows lie, for dumps and delimited files.
        var layout: TableLayout? = nil
        /// Whether the input is gzip-compressed.
        var compressed = false
    }

    enum Job {
        case open(Int)
        case chunk(ChunkJob)
    }

    struct Progress {
        var chunkCount: Int?
        var done: [Int: ChunkFindings] = [:]
        var next = 0
        var lineBase = 0
        var outcome = InputOutcome.scanned
        var bytes = 0
        var limitHits: Set<Int> = []
        /// Names of the archive members seen so far, by index.
        var members: [String] = []
        /// The member of the last emitted chunk; lines restart at each member.
        var emittedMember: Int?
    }

    let entries: [InputEntry]
    let set: PatternSet
    let options: ScanOptions
    let sink: FindingSink
    let condition = NSCondition()
    /// Whether a thread is emitting; it emits until nothing is ready (see `emit`).
    private var emitting = false

    private var nextEntry = 0
    /// Chunk jobs in the order they were queued; a job taken out of turn leaves nil.
    private var queue: [ChunkJob?] = []
    private var queueHead = 0
    private var queuedJobs = 0
    /// Chunks scanned but not emitted yet, and how many may be before workers keep to the
    /// chunks that emission waits for: the findings of an input are emitted only after those
    /// of the inputs before it, and a worker that ran ahead (on a second file while another
    /// reads a dump's tables, or past a slow chunk) would otherwise hold the findings of
    /// whole inputs.
    private var heldChunks = 0
    let heldLimit: Int
    /// The most chunks held at once (checked by the tests).
    private(set) var peakHeldChunks = 0
    /// The stream buffers of this scan (checked by the tests).
    let buffers = BufferCount()
    /// Entries being opened or read as streams: while there are any, a worker that finds the
    /// queue empty waits for chunks instead of ending.
    private var producers = 0
    private var progress: [Int: Progress] = [:]
    private var emitEntry = 0
    private var summary = ScanSummary()
    private var findingsByPattern: [Int]
    /// The archive member of each delivered chunk that belongs to one; guarded by `condition`.
    private var memberOfChunk: [Int: [Int: Int]] = [:]

    init(entries: [InputEntry], set: PatternSet, options: ScanOptions, sink: FindingSink) {
        self.entries = entries
        self.set = set
        self.options = options
        self.sink = sink
        findingsByPattern = Array(repeating: 0, count: set.patterns.count)
        heldLimit = options.threads + 2
    }

    // MARK: Workers

    func work(_ scanner: ChunkScanner) {
        while let job = nextJob() {
            switch job {
            case .open(let entry): open(entry, scanner)
            case .chunk(let chunk): run(chunk, scanner)
            }
        }
    }

    private func nextJob() -> Job? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let chunk = popChunkLocked() { return .chunk(chunk) }
            if nextEntry < entries.count && heldChunks < heldLimit {
                nextEntry += 1
                progress[nextEntry - 1] = Progress()
                // The opener produces chunks until `open` returns: a worker that finds the
                // queue empty meanwhile waits for them instead of ending.
                producers += 1
                return .open(nextEntry - 1)
            }
            if producers == 0 && queuedJobs == 0 && nextEntry == entries.count {
                condition.broadcast()
                return nil
            }
            condition.wait()
        }
    }

    /// The first queued job that may be scanned now: any while fewer than `heldLimit` chunks
    /// are held, else only a chunk of the input being emitted, no further ahead of its next
    /// emission than the limit.
    private func popChunkLocked() -> ChunkJob? {
        var k = queueHead
        if heldChunks >= heldLimit {
            let next = progress[emitEntry]?.next ?? 0
            while k < queue.count && (queue[k].map { $0.entry != emitEntry || $0.index >= next + heldLimit } ?? true) {
                k += 1
            }
        }
        guard k < queue.count, queue[k] != nil else { return nil }
        // Take the job out of the array: a job holds its buffer or mapping, which must be
        // freed as soon as the job is done, not when the queue is next compacted.
        let job = queue[k].take()
        queuedJobs -= 1
        while queueHead < queue.count && queue[queueHead] == nil { queueHead += 1 }
        if queueHead == queue.count {
            queue.removeAll(keepingCapacity: true)
            queueHead = 0
        } else if queueHead > 64 && queueHead * 2 > queue.count {
            queue.removeFirst(queueHead)
            queueHead = 0
        }
        return job
    }

    private func enqueue(_ jobs: [ChunkJob]) {
        guard !jobs.isEmpty else { return }
        condition.lock()
        queue.append(contentsOf: jobs.map(Optional.some))
        queuedJobs += jobs.count
        condition.broadcast()
        condition.unlock()
    }

    private func open(_ entry: Int, _ scanner: ChunkScanner) {
        defer {
            condition.lock()
            producers -= 1
            condition.broadcast()
            condition.unlock()
        }
        switch entries[entry] {
        case .error(_, let message):
            finishEntry(entry, chunkCount: 0, bytes: 0, outcome: .failed(message))
        case .memory(_, let bytes):
            bytes.withUnsafeBytes { startChunks(entry, source: .memory(bytes), bytes: $0) }
        case .file(let path, isStream: true):
            readStream(entry, path, scanner)
        case .file(let path, isStream: false):
            let file: MappedFile
            do {
                file = try MappedFile(path: path)
            } catch {
                if case .system(let message) = error { finishEntry(entry, chunkCount: 0, bytes: 0, outcome: .failed(message)) }
                return
            }
            let bytes = file.bytes
            if InputFormat.detect(Array(bytes.prefix(512))) != .plain {
                readStream(entry, path, scanner)
                return
            }
            if options.skipBinary, let base = bytes.baseAddress, memchr(base, 0, min(bytes.count, 64 << 10)) != nil {
                finishEntry(entry, chunkCount: 0, bytes: 0, outcome: .skippedBinary)
                return
            }
            startChunks(entry, source: .mapped(file), bytes: bytes)
        }
    }

    /// The chunk size for an input of `count` bytes: `options.chunkSize` at most, smaller
    /// (down to 256 KiB) where that would give each thread fewer than eight chunks, so that
    /// the threads finish a large file together.
    private func chunkSize(for count: Int) -> Int {
        guard options.threads > 1 else { return options.chunkSize }
        return min(options.chunkSize, max(256 << 10, count / (options.threads * 8)))
    }

    /// Splits `bytes` into ranges of about `chunkSize` bytes that end just after a newline.
    static func planChunks(_ bytes: UnsafeRawBufferPointer, chunkSize: Int) -> [Range<Int>] {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return [] }
        var ranges: [Range<Int>] = []
        var start = 0
        while start < bytes.count {
            var end = bytes.count
            if start + chunkSize < bytes.count, let nl = memchr(base + start + chunkSize - 1, 0x0A, bytes.count - (start + chunkSize - 1)) {
                end = UnsafeRawPointer(nl) - base + 1
            }
            ranges.append(start..<end)
            start = end
        }
        return ranges
    }

    /// Queues the chunks of `bytes`, the whole of an input held by `source`. For a SQL dump or
    /// a delimited file, the table layout is read in input order (line starts and statement
    /// heads only) and each chunk is queued as soon as the layout through its end is known, so
    /// other workers scan the first chunks while this one reads on.
    private func startChunks(_ entry: Int, source: Source, bytes: UnsafeRawBufferPointer) {
        let ranges = Self.planChunks(bytes, chunkSize: chunkSize(for: bytes.count))
        condition.lock()
        progress[entry]!.chunkCount = ranges.count
        progress[entry]!.bytes = bytes.count
        condition.unlock()
        guard !ranges.isEmpty else {
            emit()
            return
        }
        guard let tracker = TableTracker.detect(UnsafeRawBufferPointer(rebasing: bytes.prefix(64 << 10))) else {
            enqueue(ranges.enumerated().map {
                ChunkJob(entry: entry, index: $0, source: source, range: $1, baseOffset: $1.lowerBound)
            })
            return
        }
        for (index, range) in ranges.enumerated() {
            tracker.consume(UnsafeRawBufferPointer(rebasing: bytes[range]), at: range.lowerBound)
            let layout = tracker.layout(through: range.upperBound, dropBefore: range.lowerBound)
            enqueue([ChunkJob(entry: entry, index: index, source: source, range: range, baseOffset: range.lowerBound,
                              layout: layout)])
        }
    }

    private func run(_ job: ChunkJob, _ scanner: ChunkScanner) {
        var findings: ChunkFindings
        var shrunk = false
        switch job.source {
        case .mapped(let file):
            let slice = UnsafeRawBufferPointer(rebasing: file.bytes[job.range])
            findings = scanner.scan(slice, baseOffset: job.baseOffset, layout: job.layout)
            shrunk = file.hasShrunk
        case .owned(let buffer):
            let slice = UnsafeRawBufferPointer(start: buffer.pointer + job.range.lowerBound, count: job.range.count)
            findings = scanner.scan(slice, baseOffset: job.baseOffset, layout: job.layout)
        case .memory(let bytes):
            findings = bytes.withUnsafeBytes {
                scanner.scan(UnsafeRawBufferPointer(rebasing: $0[job.range]), baseOffset: job.baseOffset, layout: job.layout)
            }
        }
        findings.byteRange = job.baseOffset..<(job.baseOffset + job.range.count)
        findings.isCompressed = job.compressed
        if options.keepsChunkBytes {
            findings.bytes = ChunkBytes(source: job.source, range: job.range)
            findings.layout = job.layout
        }
        deliver(job, &findings, shrunk: shrunk)
    }

    /// Hands the findings of a chunk over for emission, leaving `findings` empty: with no
    /// other reference to them while `emit` runs, the emitter rebases their line numbers in
    /// place instead of copying them all.
    private func deliver(_ job: ChunkJob, _ findings: inout ChunkFindings, shrunk: Bool) {
        condition.lock()
        progress[job.entry]!.limitHits.formUnion(findings.limitHits)
        progress[job.entry]!.done[job.index] = findings
        findings = ChunkFindings()
        heldChunks += 1
        peakHeldChunks = max(peakHeldChunks, heldChunks)
        if let member = job.member { memberOfChunk[job.entry, default: [:]][job.index] = member }
        if shrunk, case .scanned = progress[job.entry]!.outcome {
            progress[job.entry]!.outcome = .incomplete("the file shrank while it was being scanned; findings up to the change are reported")
        }
        condition.unlock()
        emit()
    }

    private func finishEntry(_ entry: Int, chunkCount: Int, bytes: Int, outcome: InputOutcome) {
        condition.lock()
        progress[entry]!.chunkCount = chunkCount
        progress[entry]!.bytes = bytes
        if case .scanned = progress[entry]!.outcome { progress[entry]!.outcome = outcome }
        condition.unlock()
        emit()
    }

    // MARK: Streams

    /// Reads standard input, a FIFO, a gzip file or a tar archive as a stream. The format is
    /// told by magic bytes, not by name: gzip is inflated as it is read, tar members are
    /// scanned one by one as inputs of their own.
    private func readStream(_ entry: Int, _ path: InputPath, _ scanner: ChunkScanner) {
        var chunkIndex = 0
        var total = 0
        var outcome = InputOutcome.scanned
        do {
            let raw: ByteSource = path.isStandardInput ? FileDescriptorSource(fd: 0, closes: false)
                                                      : try FileDescriptorSource(path: path)
            var source = PeekableSource(raw)
            var compressed = false
            if InputFormat.detect(try source.peek(512)) == .gzip {
                source = PeekableSource(try GzipSource(upstream: source))
                compressed = true
            }
            if InputFormat.detect(try source.peek(512)) == .tar {
                let tar = TarReader(source)
                while let member = try tar.nextMember() {
                    let memberSource = PeekableSource(member.source)
                    let head = try memberSource.peek(64 << 10)
                    if options.skipBinary && head.contains(0) { continue }
                    condition.lock()
                    progress[entry]!.members.append(member.name)
                    let memberIndex = progress[entry]!.members.count - 1
                    condition.unlock()
                    total += try stream(entry, memberSource, member: memberIndex, compressed: compressed,
                                        chunkIndex: &chunkIndex, scanner)
                }
            } else if try compressed && options.skipBinary && source.peek(64 << 10).contains(0) {
                outcome = .skippedBinary
            } else {
                total += try stream(entry, source, member: nil, compressed: compressed, chunkIndex: &chunkIndex, scanner)
            }
        } catch let partial as PartialStreamError {
            total += partial.bytes
            outcome = .incomplete(partial.error.message)
        } catch let error as InputError {
            outcome = chunkIndex == 0 && total == 0 ? .failed(error.message) : .incomplete(error.message)
        } catch {
            outcome = .failed("\(error)")
        }
        condition.lock()
        progress[entry]!.chunkCount = chunkIndex
        progress[entry]!.bytes = total
        if case .scanned = progress[entry]!.outcome { progress[entry]!.outcome = outcome }
        condition.unlock()
        emit()
    }

    /// An error after `bytes` bytes of a stream were handed to the scanner.
    struct PartialStreamError: Error {
        let bytes: Int
        let error: InputError
    }

    /// Cuts `source` into blocks that end at a line end and queues them as chunk jobs. The
    /// reader helps scan when the queue is long, so memory stays bounded: at most about
    /// (3 × threads + 1) blocks of `chunkSize` bytes are held at once, plus one line longer
    /// than a block. Returns the number of bytes read.
    private func stream(_ entry: Int, _ source: ByteSource, member: Int?, compressed: Bool, chunkIndex: inout Int,
                        _ scanner: ChunkScanner) throws -> Int {
        let blockSize = options.chunkSize
        // The unfinished last line of the previous block, copied to the front of the next.
        var carry: (buffer: OwnedBuffer, range: Range<Int>)?
        var total = 0
        var capacity = blockSize
        var atEnd = false
        var failure: InputError?
        var tracker: TableTracker?
        if let peekable = source as? PeekableSource, let head = try? peekable.peek(64 << 10) {
            tracker = head.withUnsafeBytes { TableTracker.detect($0) }
        }
        while !atEnd {
            let carried = carry?.range.count ?? 0
            let buffer = OwnedBuffer(capacity: max(capacity, carried + blockSize), countedIn: buffers)
            if let carry, carried > 0 {
                buffer.pointer.copyMemory(from: carry.buffer.pointer + carry.range.lowerBound, byteCount: carried)
            }
            carry = nil
            var filled = carried
            do {
                while filled < buffer.capacity {
                    let n = try source.read(into: buffer.pointer + filled, count: buffer.capacity - filled)
                    if n == 0 {
                        atEnd = true
                        break
                    }
                    filled += n
                }
            } catch {
                failure = error as? InputError ?? InputError(message: "\(error)")
                atEnd = true
            }
            guard filled > 0 else { break }
            var end = filled
            if !atEnd {
                guard let nl = Self.lastNewline(buffer.pointer, count: filled) else {
                    // One line longer than the buffer: keep it and read on with a larger buffer.
                    carry = (buffer, 0..<filled)
                    capacity = buffer.capacity * 2
                    continue
                }
                end = nl + 1
            }
            carry = (buffer, end..<filled)
            capacity = blockSize
            var layout: TableLayout?
            if let tracker {
                tracker.consume(UnsafeRawBufferPointer(start: buffer.pointer, count: end), at: total)
                layout = tracker.layout(through: total + end, dropBefore: total)
            }
            enqueue([ChunkJob(entry: entry, index: chunkIndex, source: .owned(buffer), range: 0..<end,
                              baseOffset: total, member: member, layout: layout, compressed: compressed)])
            total += end
            chunkIndex += 1
            // Help when the queue is long, so a slow scan holds back a fast reader. Chunks
            // that keep their bytes also hold them until emitted: then the reader also waits
            // while too many of its chunks are not emitted yet.
            condition.lock()
            while true {
                let backlog = queuedJobs > options.threads * 2
                let unemitted = options.keepsChunkBytes ? chunkIndex - (progress[entry]?.next ?? chunkIndex) : 0
                guard backlog || unemitted > options.threads * 3 else { break }
                if let helpJob = popChunkLocked() {
                    condition.unlock()
                    run(helpJob, scanner)
                    condition.lock()
                    if !options.keepsChunkBytes { break }
                } else if unemitted > options.threads * 3 || heldChunks >= heldLimit && waitsForEmission(of: entry, chunkIndex) {
                    // No chunk may be taken until emission catches up: read no further either.
                    condition.wait()
                } else {
                    break
                }
            }
            condition.unlock()
        }
        if let failure { throw PartialStreamError(bytes: total, error: failure) }
        return total
    }

    /// Whether emission can go on without the next chunk of `entry`, whose reader has queued
    /// `produced` chunks so far: the entry is not the one being emitted, or some of its chunks
    /// are not emitted yet. Otherwise emission waits for this reader, which must read on.
    private func waitsForEmission(of entry: Int, _ produced: Int) -> Bool {
        entry != emitEntry || (progress[entry]?.next ?? produced) < produced
    }

    /// The index of the last newline in `pointer[0..<count]`.
    static func lastNewline(_ pointer: UnsafeMutableRawPointer, count: Int) -> Int? {
        let bytes = pointer.assumingMemoryBound(to: UInt8.self)
        var i = count - 1
        while i >= 0 {
            if bytes[i] == 0x0A { return i }
            i -= 1
        }
        return nil
    }

    // MARK: Emission

    private enum Emission {
        case chunk(InputPath, String?, ChunkFindings)
        case end(InputPath, InputOutcome)
    }

    /// Emits whatever is ready, in order. Only one thread emits at a time; a thread that finds
    /// another emitting returns at once to scan on, since the emitting thread looks for ready
    /// chunks again under the lock before it stops.
    func emit() {
        condition.lock()
        if emitting {
            condition.unlock()
            return
        }
        emitting = true
        condition.unlock()
        while let emission = nextEmission() {
            switch emission {
            case .chunk(let path, let member, let findings): sink.findings(findings, in: path, member: member)
            case .end(let path, let outcome): sink.endInput(path, outcome: outcome)
            }
        }
    }

    /// The next emission, or nil (and `emitting` cleared) when nothing is ready.
    private func nextEmission() -> Emission? {
        condition.lock()
        defer { condition.unlock() }
        let emission = nextEmissionLocked()
        if emission == nil { emitting = false }
        return emission
    }

    private func nextEmissionLocked() -> Emission? {
        // Taken out of `progress` while it changes, so that its chunks' findings are uniquely
        // referenced and rebased in place rather than copied.
        guard emitEntry < entries.count, var p = progress.removeValue(forKey: emitEntry) else { return nil }
        let path = entries[emitEntry].path
        if var chunk = p.done.removeValue(forKey: p.next) {
            let member = memberOfChunk[emitEntry]?[p.next]
            if member != p.emittedMember {
                p.emittedMember = member
                p.lineBase = 0
            }
            for i in chunk.findings.indices {
                chunk.findings[i].line += p.lineBase + 1
                findingsByPattern[chunk.findings[i].patternIndex] += 1
            }
            p.lineBase += chunk.newlineCount
            p.next += 1
            progress[emitEntry] = p
            heldChunks -= 1
            condition.broadcast()   // workers and readers may wait for emission
            memberOfChunk[emitEntry]?[p.next - 1] = nil
            return .chunk(path, member.map { p.members[$0] }, chunk)
        }
        guard let count = p.chunkCount, p.next == count else {
            progress[emitEntry] = p
            return nil
        }
        var outcome = p.outcome
        if case .scanned = outcome, let hit = p.limitHits.min() {
            outcome = .incomplete("pattern '\(set.patterns[hit].definition.id)' hit the PCRE2 match limit; its matches in this input may be missing")
        }
        switch outcome {
        case .scanned: summary.filesScanned += 1
        case .skippedBinary: summary.binarySkipped += 1
        case .failed: summary.errors += 1
        case .incomplete:
            summary.filesScanned += 1
            summary.errors += 1
        }
        summary.bytesScanned += outcome == .skippedBinary ? 0 : p.bytes
        memberOfChunk[emitEntry] = nil
        emitEntry += 1
        condition.broadcast()   // the chunks of the next input may now be taken
        return .end(path, outcome)
    }

    func finalSummary() -> ScanSummary {
        condition.lock()
        defer { condition.unlock() }
        var s = summary
        for (index, count) in findingsByPattern.enumerated() where count > 0 {
            s.findingsByCategory[set.patterns[index].definition.category, default: 0] += count
        }
        return s
    }
}
