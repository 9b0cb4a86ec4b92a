import Foundation
import Testing
@testable import PIIScan

@Suite struct InputTests {
    @Test func walkerSortsSkipsGitAndHonoursGlobsAndSymlinks() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fm = FileManager.default
        for sub in [".git", "b", "a/deep", "node_modules"] {
            try fm.createDirectory(at: dir.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        for file in [".git/config", "b/z.log", "b/a.txt", "a/deep/x.log", "node_modules/m.log", "top.log"] {
            try Data("x\n".utf8).write(to: dir.appendingPathComponent(file))
        }
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("link.log").path, withDestinationPath: dir.appendingPathComponent("top.log").path)
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("a/loop").path, withDestinationPath: dir.path)
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("broken.log").path, withDestinationPath: "/nonexistent/x")
        mkfifo(dir.appendingPathComponent("pipe.log").path, 0o600)

        func relative(_ walker: InputWalker) -> [String] {
            walker.entries(for: [dir.path]).map { String($0.path.description.dropFirst(dir.path.count + 1)) }
        }
        #expect(relative(InputWalker()) == ["a/deep/x.log", "b/a.txt", "b/z.log", "node_modules/m.log", "top.log"])
        #expect(relative(InputWalker(includeGlobs: ["*.log"], excludeGlobs: ["node_modules"])) == ["a/deep/x.log", "b/z.log", "top.log"])
        #expect(relative(InputWalker(excludeGlobs: ["*/b/*"])) == ["a/deep/x.log", "node_modules/m.log", "top.log"])
        let followed = InputWalker(followSymlinks: true).entries(for: [dir.path])
        let names = followed.map { String($0.path.description.dropFirst(dir.path.count + 1)) }
        #expect(names.contains("link.log") && names.contains("broken.log"))
        #expect(followed.contains { if case .error(_, let m) = $0 { return m == "broken symbolic link" } else { return false } })
        #expect(!names.contains { $0.hasPrefix("a/loop/a/loop") })
    }

    @Test func explicitlyNamedFifoIsReadAsAStream() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("pipe")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        let entries = InputWalker().entries(for: [fifo.path])
        guard case .file(_, isStream: true) = entries.first else {
            Issue.record("expected a stream entry, got \(entries)")
            return
        }
        let writer = Thread {
            let handle = FileHandle(forWritingAtPath: fifo.path)!
            handle.write(Data("reach me at jane@example.org\n".utf8))
            handle.closeFile()
        }
        writer.start()
        let sink = CollectingSink()
        Scanner(patterns: defaultPatterns).scan(entries, into: sink)
        #expect(sink.findings.map(\.text) == ["jane@example.org"])
    }

    /// A file truncated while it is mapped must not kill the process (SIGBUS): the guard
    /// turns the lost pages into zeros and the file reports that it shrank.
    @Test func truncatedMappingIsDetectedNotFatal() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("live.log")
        let line = Array("2024 user jane@example.org logged in\n".utf8)
        var data: [UInt8] = []
        while data.count < 1 << 20 { data += line }
        try Data(data).write(to: file)
        let mapped = try MappedFile(path: InputPath(file.path))
        #expect(!mapped.hasShrunk)
        #expect(truncate(file.path, 100) == 0)
        let scanner = ChunkScanner(set: defaultPatterns, minConfidence: .low)
        let findings = scanner.scan(mapped.bytes, baseOffset: 0)
        #expect(mapped.hasShrunk)
        #expect(findings.findings.count >= 2)   // the first page survives the truncation
    }
}
