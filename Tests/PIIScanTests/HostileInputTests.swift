import Foundation
import Testing
@testable import PIIScan

/// Inputs a log directory may hold that are not clean text: each is scanned or reported, never
/// a crash, a hang or a silent skip.
@Suite struct HostileInputTests {
    func scan(_ bytes: [UInt8], minConfidence: Confidence = .medium) -> [ReportedFinding] {
        Scanner(patterns: defaultPatterns, options: ScanOptions(minConfidence: minConfidence)).findings(in: bytes)
    }

    @Test func invalidUTF8AndLoneContinuationBytes() {
        var bytes: [UInt8] = [0xFF, 0xFE, 0x80, 0x20]
        bytes += Array("a@example.org".utf8)
        bytes += [0xC3, 0x28, 0x20, 0xBF, 0x20, 0xE2, 0x82]   // invalid sequences, a cut-off one
        bytes += Array(" b@example.org\n".utf8)
        bytes += [0xED, 0xA0, 0x80, 0x0A]                      // an encoded surrogate
        let found = scan(bytes)
        #expect(found.map(\.text) == ["a@example.org", "b@example.org"])
        #expect(found.map(\.finding.offset) == [4, 25])
    }

    @Test func nulBytesAfterTheBinaryCheckAreScannedAround() {
        var bytes = Array(repeating: UInt8(ascii: "x"), count: 70_000) + [0x0A]
        bytes += [0x00] + Array("c@example.org".utf8) + [0x00, 0x0A]
        let found = scan(bytes)
        #expect(found.map(\.text) == ["c@example.org"])
        #expect(found.first?.finding.line == 2)
    }

    @Test func crlfAndCRLineEnds() {
        let found = scan(Array("a@example.org\r\nb@example.org\rc@example.org\r\n".utf8))
        #expect(found.map(\.text) == ["a@example.org", "b@example.org", "c@example.org"])
        // Lines end at LF: a lone CR does not start a line.
        #expect(found.map(\.finding.line) == [1, 2, 2])
    }

    @Test func onlySeparatorsAndEmptyLines() {
        let filler = Array(String(repeating: ",;\t |:.-@+()\n\n\r\n", count: 50_000).utf8)
        #expect(scan(filler, minConfidence: .low).isEmpty)
        #expect(scan([]).isEmpty)
    }

    @Test func fileThatVanishesAfterListingIsReported() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("a@example.org\n".utf8).write(to: dir.appendingPathComponent("a.log"))
        try Data("b@example.org\n".utf8).write(to: dir.appendingPathComponent("b.log"))
        let entries = InputWalker().entries(for: [dir.path])
        try FileManager.default.removeItem(at: dir.appendingPathComponent("a.log"))
        let sink = CollectingSink()
        let summary = Scanner(patterns: defaultPatterns).scan(entries, into: sink)
        #expect(sink.outcomes.map(\.1) == [.failed("No such file or directory"), .scanned])
        #expect(sink.findings.map(\.text) == ["b@example.org"])
        #expect(summary.errors == 1)
    }

    @Test func manyTinyFiles() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let count = 20_000
        for i in 0..<count {
            let sub = dir.appendingPathComponent("d\(i % 100)")
            if i < 100 { try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true) }
            try Data((i % 10 == 0 ? "u\(i)@example.org\n" : "nothing\n").utf8).write(to: sub.appendingPathComponent("f\(i).log"))
        }
        let sink = CollectingSink()
        let summary = Scanner(patterns: defaultPatterns).scan(InputWalker().entries(for: [dir.path]), into: sink)
        #expect(summary.filesScanned == count && summary.errors == 0)
        #expect(sink.findings.count == count / 10)
    }

    @Test func socketsAndDevicesInAWalkAreNeverOpened() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("a@example.org\n".utf8).write(to: dir.appendingPathComponent("a.log"))
        // A Unix socket, and links to endless and blocking devices (followed with --follow).
        let socketPath = dir.appendingPathComponent("app.sock").path
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (i, b) in socketPath.utf8.enumerated() where i < raw.count - 1 { raw[i] = b }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        #expect(bound == 0)
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("zero").path, withDestinationPath: "/dev/zero")
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("tty").path, withDestinationPath: "/dev/tty")
        for walker in [InputWalker(), InputWalker(followSymlinks: true)] {
            let entries = walker.entries(for: [dir.path])
            let sink = CollectingSink()
            Scanner(patterns: defaultPatterns).scan(entries, into: sink)
            #expect(sink.findings.map(\.text) == ["a@example.org"])
            #expect(sink.outcomes.filter { $0.1 == .scanned }.map { URL(fileURLWithPath: $0.0.description).lastPathComponent } == ["a.log"])
        }
    }

    @Test func decompressionBombIsStreamedAndScannedToTheEnd() throws {
        // 64 MiB of repeated lines and one email, gzipped to well under 1 MB; the bounded
        // number of buffers a stream holds is tested in ArchiveTests.
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bomb = dir.appendingPathComponent("bomb.gz")
        #expect(try shell("(yes 'lorem ipsum dolor sit amet' | head -c 67108864; echo; echo z@example.org) | gzip -9 > bomb.gz",
                          in: dir) == 0)
        let size = try FileManager.default.attributesOfItem(atPath: bomb.path)[.size] as? Int ?? 0
        #expect(size > 0 && size < 1 << 20)
        let sink = CollectingSink()
        let summary = Scanner(patterns: defaultPatterns).scan(InputWalker().entries(for: [bomb.path]), into: sink)
        #expect(sink.findings.map(\.text) == ["z@example.org"])
        #expect(summary.bytesScanned == 67_108_864 + 1 + 14)
        #expect(sink.outcomes.map(\.1) == [.scanned])
    }
}
