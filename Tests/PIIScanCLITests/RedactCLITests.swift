import Foundation
import Testing

func sh(_ command: String, in directory: URL) throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", command]
    process.currentDirectoryURL = directory
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus
}

func mode(_ path: URL) throws -> Int {
    try FileManager.default.attributesOfItem(atPath: path.path)[.posixPermissions] as! Int
}

let dirtyLog = """
    2024-03-01 login user=jane.doe@example.org from 81.2.69.160 ok
    2024-03-01 payment card=4111 1111 1111 1111 status=ok
    nothing here

    """

@Suite struct RedactCLITests {
    @Test func standardInputToStandardOutputStreams() throws {
        // 12 MB through a pipe: more than the pipe and the chunk size hold.
        let input = Data(String(repeating: dirtyLog, count: 80_000).utf8)
        let result = try CLI.run(["redact", "-", "--quiet"], stdin: input)
        #expect(result.status == 0, "\(result.stderr)")
        let expectedLine = String(repeating: """
            2024-03-01 login user=****.***@*******.*** from **.*.**.*** ok
            2024-03-01 payment card=**** **** **** **** status=ok
            nothing here

            """, count: 80_000)
        #expect(result.stdout == expectedLine)
    }

    @Test func gzipInGzipOutAndFolderMirror() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("logs/old"), withIntermediateDirectories: true)
        try Data(dirtyLog.utf8).write(to: dir.appendingPathComponent("logs/app.log"))
        try Data(dirtyLog.utf8).write(to: dir.appendingPathComponent("logs/old/app.log.1"))
        #expect(try sh("gzip -k logs/old/app.log.1 && rm logs/old/app.log.1", in: dir) == 0)
        let result = try CLI.run(["redact", "logs", "--output", "clean", "--report", "report.jsonl", "--format", "jsonl"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("6 findings redacted in 2 copies"))
        let plain = try String(contentsOf: dir.appendingPathComponent("clean/app.log"), encoding: .utf8)
        #expect(plain.contains("user=****.***@*******.*** from **.*.**.*** ok"))
        #expect(try sh("gzip -t clean/old/app.log.1.gz && gzip -dc clean/old/app.log.1.gz | cmp - clean/app.log", in: dir) == 0)
        #expect(try mode(dir.appendingPathComponent("clean/app.log")) == 0o600)
        #expect(try mode(dir.appendingPathComponent("report.jsonl")) == 0o600)
        let report = try String(contentsOf: dir.appendingPathComponent("report.jsonl"), encoding: .utf8)
        #expect(report.split(separator: "\n").count == 6)
        #expect(!report.contains("jane.doe@example.org"), "the report masks values")
        // The originals are untouched; a scan of the copies finds nothing.
        #expect(try String(contentsOf: dir.appendingPathComponent("logs/app.log"), encoding: .utf8) == dirtyLog)
        #expect(try CLI.run(["scan", "clean", "--min-confidence", "low"], in: dir).status == 0)
    }

    @Test func inPlaceKeepsModeAndBackup() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("app.log")
        try Data(dirtyLog.utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: file.path)
        let result = try CLI.run(["redact", "--in-place", "--backup-suffix", ".orig", "app.log", "--operator", "email=partial"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try String(contentsOf: file, encoding: .utf8).contains("user=****.***@example.org"))
        #expect(try String(contentsOf: dir.appendingPathComponent("app.log.orig"), encoding: .utf8) == dirtyLog)
        #expect(try mode(file) == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["app.log", "app.log.orig"])
    }

    @Test func hashNeedsAKeyAndNeverPrintsIt() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(dirtyLog.utf8).write(to: dir.appendingPathComponent("app.log"))
        let noKey = try CLI.run(["redact", "app.log", "-o", "out.log", "--operator", "email=hash"], in: dir)
        #expect(noKey.status == 2)
        #expect(noKey.stderr.contains("needs a key"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out.log").path))
        let secret = "correct horse battery staple 42"
        try Data(secret.utf8).write(to: dir.appendingPathComponent("key"))
        let first = try CLI.run(["redact", "-", "--key-file", "key", "--operator", "*=hash", "--report", "r.txt", "--min-confidence", "low"],
                                stdin: Data(dirtyLog.utf8), in: dir)
        let second = try CLI.run(["redact", "-", "--key-file", "key", "--operator", "*=hash"], stdin: Data(dirtyLog.utf8), in: dir)
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout, "same key, same pseudonyms")
        #expect(first.stdout.contains("@pseudo.invalid"))
        let report = try String(contentsOf: dir.appendingPathComponent("r.txt"), encoding: .utf8)
        for text in [first.stdout, first.stderr, report] { #expect(!text.contains(secret)) }
    }

    @Test func usageErrors() throws {
        #expect(try CLI.run(["redact", "Samples/app.log"]).stderr.contains("--output PATH, or --in-place"))
        #expect(try CLI.run(["redact", "-", "--in-place"]).status == 2)
        let same = try CLI.run(["redact", "Samples/app.log", "-o", "Samples/app.log"])
        #expect(same.status == 2 && same.stderr.contains("use --in-place"))
    }

    /// A failed copy leaves no partial file and the original as it was: a missing folder, a
    /// read-only file system and a full one (tmpfs mounts need root; skipped otherwise).
    @Test func failuresLeaveNothingAndTheOriginalIntact() throws {
        let dir = try temporaryDirectory()
        defer {
            _ = try? sh("umount small readonly 2>/dev/null", in: dir)
            try? FileManager.default.removeItem(at: dir)
        }
        let big = String(repeating: dirtyLog, count: 20_000)   // 2.5 MB
        try Data(big.utf8).write(to: dir.appendingPathComponent("app.log"))
        try Data(dirtyLog.utf8).write(to: dir.appendingPathComponent("small.log"))

        // The other input is still redacted when one fails.
        let missing = try CLI.run(["redact", "app.log", "nope.log", "-o", "out"], in: dir)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nope.log"))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/app.log").path))

        guard getuid() == 0, try sh("mkdir small readonly && mount -t tmpfs -o size=1m tmpfs small && mount -t tmpfs -o ro tmpfs readonly", in: dir) == 0 else {
            print("skipped: full and read-only file systems need root and tmpfs mounts")
            return
        }
        let full = try CLI.run(["redact", "app.log", "-o", "small/app.log"], in: dir)
        #expect(full.status == 2)
        #expect(full.stderr.contains("No space left on device"), "\(full.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("small").path) == [])
        #expect(try String(contentsOf: dir.appendingPathComponent("app.log"), encoding: .utf8) == big)

        let readOnly = try CLI.run(["redact", "small.log", "-o", "readonly/small.log"], in: dir)
        #expect(readOnly.status == 2)
        #expect(readOnly.stderr.contains("Read-only file system"), "\(readOnly.stderr)")

        // In place on a full disk: the original stays as it was.
        try Data(dirtyLog.utf8).write(to: dir.appendingPathComponent("small/x.log"))
        _ = try sh("head -c 2000000 /dev/zero > small/filler 2>/dev/null", in: dir)   // fails when full: that is the point
        let before = try Data(contentsOf: dir.appendingPathComponent("small/x.log"))
        #expect(before == Data(dirtyLog.utf8))
        let inPlace = try CLI.run(["redact", "--in-place", "small/x.log"], in: dir)
        #expect(inPlace.status == 2)
        #expect(try Data(contentsOf: dir.appendingPathComponent("small/x.log")) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("small").path).filter { $0.contains("piiscan") } == [])
    }
}

@Suite struct RedactTarTests {
    /// Each member is redacted inside a new archive whose other entries (folders, links, long
    /// names, pax headers) are kept; members change size with `tag`.
    @Test(arguments: ["gnu", "pax"])
    func tarMembersAreRedactedInANewArchive(_ format: String) throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let long = "logs/" + String(repeating: "deep-folder-name/", count: 8) + "app.log"
        try FileManager.default.createDirectory(at: dir.appendingPathComponent(long).deletingLastPathComponent(),
                                                withIntermediateDirectories: true)
        try Data(dirtyLog.utf8).write(to: dir.appendingPathComponent(long))
        try Data(dirtyLog.utf8).write(to: dir.appendingPathComponent("logs/short.log"))
        try Data("clean\n".utf8).write(to: dir.appendingPathComponent("logs/clean.txt"))
        #expect(try sh("ln -s short.log logs/link && tar --format=\(format) -cf a.tar logs && gzip -c a.tar > a.tgz", in: dir) == 0)

        let result = try CLI.run(["redact", "a.tar", "a.tgz", "-o", "out", "--operator", "*=tag", "--report", "r.jsonl", "--format", "jsonl"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("12 findings redacted in 2 copies"))
        // Same entries, same order, same types and names.
        // Same entries in the same order, with the same types, modes and link targets.
        let listing = "tar -tv --numeric-owner -f %@ | awk '{print $1, $6, $7, $8}'"
        #expect(try sh([("a.tar", "l1"), ("out/a.tar", "l2"), ("out/a.tgz", "l3")]
            .map { listing.replacingOccurrences(of: "%@", with: $0.0) + " > " + $0.1 }.joined(separator: " && ")
            + " && cmp l1 l2 && cmp l1 l3 && grep -q 'logs/link -> short.log' l2", in: dir) == 0)
        #expect(try sh("mkdir x && tar -xf out/a.tar -C x && test -L x/logs/link && cmp x/logs/clean.txt logs/clean.txt", in: dir) == 0)
        let member = try String(contentsOf: dir.appendingPathComponent("x/" + long), encoding: .utf8)
        #expect(member == dirtyLog.replacingOccurrences(of: "jane.doe@example.org", with: "[EMAIL]")
            .replacingOccurrences(of: "81.2.69.160", with: "[IPV4]").replacingOccurrences(of: "4111 1111 1111 1111", with: "[CREDIT_CARD]"))
        #expect(try sh("gzip -t out/a.tgz", in: dir) == 0)
        #expect(try CLI.run(["scan", "out", "--min-confidence", "low"], in: dir).status == 0)
        let report = try String(contentsOf: dir.appendingPathComponent("r.jsonl"), encoding: .utf8)
        #expect(report.contains(#""member":"\#(long)""#))
    }

    @Test func corruptArchiveLeavesNoCopy() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(dirtyLog.utf8).write(to: dir.appendingPathComponent("app.log"))
        #expect(try sh("tar -cf a.tar app.log && head -c 700 a.tar > cut.tar", in: dir) == 0)
        let result = try CLI.run(["redact", "cut.tar", "-o", "out.tar"], in: dir)
        #expect(result.status == 2)
        #expect(result.stderr.contains("cut.tar"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["a.tar", "app.log", "cut.tar"])
    }
}
