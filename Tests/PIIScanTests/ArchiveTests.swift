import Foundation
import Testing
@testable import PIIScan

/// Runs a shell command (the real gzip and tar) in `directory`.
@discardableResult
func shell(_ command: String, in directory: URL) throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", command]
    process.currentDirectoryURL = directory
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus
}

func scanFile(_ url: URL, chunkSize: Int = 4 << 20, threads: Int = 2) -> CollectingSink {
    let sink = CollectingSink()
    Scanner(patterns: defaultPatterns, options: ScanOptions(threads: threads, minConfidence: .low, chunkSize: chunkSize))
        .scan(InputWalker().entries(for: [url.path]), into: sink)
    return sink
}

func positions(_ sink: CollectingSink) -> [String] {
    sink.findings.map { "\($0.member ?? "-") \(key($0))" }
}

@Suite struct ArchiveTests {
    let dir: URL
    let plain: URL

    init() throws {
        dir = try temporaryDirectory()
        plain = dir.appendingPathComponent("app.log")
        try Data(mixedText.utf8).write(to: plain)
    }

    /// Writes `big.log` in `dir`: `mixedText` repeated to at least `size` bytes.
    func writeBigLog(atLeast size: Int) throws -> (url: URL, text: String) {
        var text = ""
        while text.utf8.count < size { text += mixedText }
        let url = dir.appendingPathComponent("big.log")
        try Data(text.utf8).write(to: url)
        return (url, text)
    }

    @Test func gzipEqualsPlainAtAnyChunkSize() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        try shell("gzip -k -c app.log > app.log.gz", in: dir)
        let expected = positions(scanFile(plain))
        #expect(expected.count > 10)
        for chunkSize in [7, 100, 4096, 1 << 22] {
            let sink = scanFile(dir.appendingPathComponent("app.log.gz"), chunkSize: chunkSize)
            #expect(positions(sink) == expected, "chunk size \(chunkSize)")
            #expect(sink.outcomes.map(\.1) == [.scanned])
            #expect(sink.summary?.bytesScanned == mixedText.utf8.count)   // decompressed bytes
        }
    }

    @Test func multiMemberGzipIsReadToTheEnd() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        try shell("gzip -c app.log > multi.gz && gzip -c app.log >> multi.gz && gzip -c app.log >> multi.gz && cat app.log app.log app.log > triple.log", in: dir)
        let expected = positions(scanFile(dir.appendingPathComponent("triple.log")))
        let sink = scanFile(dir.appendingPathComponent("multi.gz"), chunkSize: 64)
        #expect(positions(sink) == expected)
        #expect(sink.outcomes.map(\.1) == [.scanned])
    }

    @Test func zeroPaddingIsIgnoredAndTrailingGarbageReported() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        try shell("gzip -c app.log > padded.gz && head -c 1024 /dev/zero >> padded.gz && gzip -c app.log > garbage.gz && printf 'junk' >> garbage.gz", in: dir)
        let expected = positions(scanFile(plain))
        let padded = scanFile(dir.appendingPathComponent("padded.gz"))
        #expect(positions(padded) == expected && padded.outcomes.map(\.1) == [.scanned])
        let garbage = scanFile(dir.appendingPathComponent("garbage.gz"))
        #expect(positions(garbage) == expected)
        #expect(garbage.outcomes.first?.1 == .incomplete("trailing garbage after gzip data at decompressed offset \(mixedText.utf8.count)"))
    }

    @Test func truncatedGzipReportsTheFindingsBeforeTheDamage() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        // Enough data that the cut falls mid-stream at several places.
        let bigFile = try writeBigLog(atLeast: 300_000).url
        try shell("gzip -c big.log > big.gz", in: dir)
        let full = Set(positions(scanFile(bigFile)))
        let size = try FileManager.default.attributesOfItem(atPath: dir.appendingPathComponent("big.gz").path)[.size] as! Int
        for cut in [5, 30, size / 3, size / 2, size - 8, size - 1] {
            let cutFile = dir.appendingPathComponent("cut-\(cut).gz")
            try shell("head -c \(cut) big.gz > \(cutFile.lastPathComponent)", in: dir)
            let sink = scanFile(cutFile, chunkSize: 10_000)
            let outcome = try #require(sink.outcomes.first?.1)
            switch outcome {
            case .incomplete(let message), .failed(let message):
                #expect(message.contains("gzip stream at decompressed offset"), "cut \(cut): \(message)")
            default:
                Issue.record("cut \(cut): expected an error, got \(outcome)")
            }
            // The last line before the damage may be cut short (an address without its last
            // digit is still an address); every finding before that line is a real one.
            let lastLine = sink.findings.map(\.finding.line).max() ?? 0
            let beforeLastLine = sink.findings.filter { $0.finding.line < lastLine }.map { "- " + key($0) }
            #expect(Set(beforeLastLine).isSubset(of: full), "cut \(cut)")
            if cut >= size / 2 { #expect(sink.findings.count > 100, "cut \(cut)") }
        }
    }

    @Test func corruptGzipIsAnErrorForThatInputOnly() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        try shell("gzip -c app.log > good.gz && cp good.gz crc.gz && cp good.gz data.gz", in: dir)
        let size = try FileManager.default.attributesOfItem(atPath: dir.appendingPathComponent("good.gz").path)[.size] as! Int
        func flip(_ name: String, at offset: Int) throws {
            let url = dir.appendingPathComponent(name)
            var bytes = try [UInt8](Data(contentsOf: url))
            bytes[offset] ^= 0xFF
            try Data(bytes).write(to: url)
        }
        try flip("crc.gz", at: size - 6)        // inside the CRC-32 of the trailer
        try flip("data.gz", at: size / 2)       // inside the deflate data
        let sink = scanFile(dir)
        let outcomes = Dictionary(uniqueKeysWithValues: sink.outcomes.map { ($0.0.baseName.map { Character(UnicodeScalar($0)) }.reduce("") { $0 + String($1) }, $0.1) })
        #expect(outcomes["good.gz"] == .scanned && outcomes["app.log"] == .scanned)
        guard case .incomplete(let crc) = outcomes["crc.gz"] else {
            Issue.record("crc.gz: \(String(describing: outcomes["crc.gz"]))")
            return
        }
        #expect(crc.contains("corrupt gzip stream") && crc.contains("incorrect data check"))
        switch outcomes["data.gz"] {
        case .incomplete(let m), .failed(let m): #expect(m.contains("gzip"))
        default: Issue.record("data.gz: \(String(describing: outcomes["data.gz"]))")
        }
    }

    @Test(arguments: ["gnu", "pax", "ustar"])
    func tarMembersAreScannedAsInputsWithLongNames(format: String) throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let longDir = "d/" + String(repeating: "long-directory-name/", count: 6)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("src/" + longDir), withIntermediateDirectories: true)
        try Data(mixedText.utf8).write(to: dir.appendingPathComponent("src/" + longDir + "app.log"))
        try Data("mail jane@example.org\n".utf8).write(to: dir.appendingPathComponent("src/short.txt"))
        try Data([0, 1, 2, 0x6A, 0x40, 0x78, 0x2E, 0x6F, 0x72, 0x67]).write(to: dir.appendingPathComponent("src/blob.bin"))
        #expect(try shell("tar --format=\(format) -C src -cf a.tar . && gzip -c a.tar > a.tgz", in: dir) == 0)
        let expected = positions(scanFile(plain)).map { "./" + longDir + "app.log" + $0.dropFirst(1) }
        for name in ["a.tar", "a.tgz"] {
            let sink = scanFile(dir.appendingPathComponent(name), chunkSize: 50)
            let inLong = positions(sink).filter { $0.hasPrefix("./" + longDir) }
            #expect(inLong == expected, "\(name)")
            #expect(sink.findings.contains { $0.member == "./short.txt" && $0.text == "jane@example.org" && $0.finding.line == 1 })
            #expect(!sink.findings.contains { $0.member == "./blob.bin" })
            #expect(sink.outcomes.map(\.1) == [.scanned])
        }
    }

    @Test func truncatedTarIsIncompleteWithTheFindingsBeforeTheCut() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        // 512 bytes of header, then the member: the first cut is inside it, the second in the
        // padding after it.
        try shell("tar -cf a.tar app.log && head -c 900 a.tar > member.tar && head -c 1500 a.tar > padding.tar", in: dir)
        let inMember = scanFile(dir.appendingPathComponent("member.tar"))
        #expect(inMember.outcomes.first?.1 == .incomplete("truncated tar member (388 of \(mixedText.utf8.count) bytes)"))
        #expect(inMember.findings.map(\.text).starts(with: ["jane.doe@example.org", "81.2.69.142", "4111 1111 1111 1111"]))
        let inPadding = scanFile(dir.appendingPathComponent("padding.tar"))
        #expect(inPadding.outcomes.first?.1 == .incomplete("truncated tar archive at archive offset 1500"))
        #expect(positions(inPadding) == positions(scanFile(plain)).map { "app.log" + $0.dropFirst(1) })
    }

    @Test func gzipOfBinaryIsSkipped() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        try shell("head -c 5000 /dev/zero | gzip -c > zeros.gz", in: dir)
        #expect(scanFile(dir.appendingPathComponent("zeros.gz")).outcomes.map(\.1) == [.skippedBinary])
    }

    /// Regression: popped jobs stayed in the work queue with their buffers, so a 2.1 GB
    /// stream peaked at 2.1 GB of memory. Buffers must be freed as their chunks are done.
    @Test func streamingHoldsABoundedNumberOfBuffers() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let big = try writeBigLog(atLeast: 400_000).text
        try shell("gzip -c big.log > big.gz", in: dir)
        let sink = CollectingSink()
        let threads = 2, chunkSize = 2000   // about 200 blocks
        let (_, run) = Scanner(patterns: defaultPatterns,
                               options: ScanOptions(threads: threads, minConfidence: .low, chunkSize: chunkSize))
            .run([.file(InputPath(dir.appendingPathComponent("big.gz").path), isStream: false)], into: sink)
        #expect(sink.summary?.bytesScanned == big.utf8.count)
        #expect(run.buffers.peak.load(ordering: .relaxed) <= 3 * threads + 2 + 16)
        #expect(run.buffers.peak.load(ordering: .relaxed) < 100)
    }

    /// Findings are emitted in input order. A worker that runs ahead, here through a large
    /// file while the input before it (a pipe) has sent nothing yet, holds no more than a few
    /// chunks' findings: before the bound, it held those of the whole file. The pipe stays
    /// silent for 2 s, so that the other worker reaches the bound even while the rest of the
    /// suite, run in parallel on two cores, keeps the machine busy (0.5 s failed once, in a CI
    /// run while other work loaded the machine).
    @Test func workersAheadOfEmissionHoldABoundedNumberOfChunks() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let (bigFile, big) = try writeBigLog(atLeast: 200_000)
        let fifo = dir.appendingPathComponent("pipe")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        let writer = Thread {
            let handle = FileHandle(forWritingAtPath: fifo.path)!
            Thread.sleep(forTimeInterval: 2)
            handle.write(Data("reach me at jane@example.org\n".utf8))
            handle.closeFile()
        }
        writer.start()
        let sink = CollectingSink()
        let scanner = Scanner(patterns: defaultPatterns, options: ScanOptions(threads: 2, minConfidence: .low, chunkSize: 2000))
        let (summary, run) = scanner.run([.file(InputPath(fifo.path), isStream: true),
                                          .file(InputPath(bigFile.path), isStream: false)], into: sink)
        #expect(summary.bytesScanned == big.utf8.count + 29)
        #expect(sink.findings.first?.text == "jane@example.org")
        #expect(sink.findings.count == scanFile(bigFile, chunkSize: 2000).findings.count + 1)
        #expect(run.peakHeldChunks >= run.heldLimit)   // the big file did run ahead
        #expect(run.peakHeldChunks <= 2 * run.heldLimit + 2)
    }

    /// Regression: the reader of the input being emitted waited for emission while the chunks
    /// held were those of a later input, and emission waited for that reader. A gzip stream of
    /// many blocks before a large file must be read to the end, with every finding.
    @Test func aStreamBeforeALargeFileIsReadToTheEnd() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let (bigFile, big) = try writeBigLog(atLeast: 100_000)
        // A long stream, so that a worker often takes the reader's newest chunk before it does.
        try shell("for i in $(seq 20); do cat big.log; done | gzip -c > big.gz", in: dir)
        let expected = 21 * scanFile(bigFile, chunkSize: 2000).findings.count
        for threads in [2, 4, 8] {
            let sink = CollectingSink()
            let scanner = Scanner(patterns: defaultPatterns,
                                  options: ScanOptions(threads: threads, minConfidence: .low, chunkSize: 2000))
            let inputs: [InputEntry] = [.file(InputPath(dir.appendingPathComponent("big.gz").path), isStream: false),
                                        .file(InputPath(bigFile.path), isStream: false)]
            // Run aside, so that a hang fails this test instead of stalling the whole run.
            nonisolated(unsafe) var result: (summary: ScanSummary, run: ScanRun)?
            let finished = DispatchSemaphore(value: 0)
            Thread {
                result = scanner.run(inputs, into: sink)
                finished.signal()
            }.start()
            guard finished.wait(timeout: .now() + 60) == .success, let (summary, run) = result else {
                Issue.record("the scan with \(threads) threads did not end within a minute")
                return
            }
            #expect(summary.bytesScanned == 21 * big.utf8.count)
            #expect(sink.findings.count == expected)
            #expect(run.peakHeldChunks <= 2 * run.heldLimit + threads)
        }
    }
}
