import Foundation
import Testing

/// Runs the real `piiscan` binary built beside the test bundle.
struct CLI {
    static let binary: URL = {
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return exe.deletingLastPathComponent().appendingPathComponent("piiscan")
    }()
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `executable` (piiscan unless told) with `arguments`.
    static func run(_ arguments: [String], stdin: Data? = nil, in directory: URL? = nil,
                    environment: [String: String] = [:], executable: URL = binary) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.currentDirectoryURL = directory ?? root
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        // Written from another thread: a large input must not wait for us to read the output.
        // piiscan may exit without reading (a usage error): the write then fails with EPIPE,
        // which must not kill the test process with SIGPIPE.
        _ = ignoreBrokenPipes
        let writer = input.fileHandleForWriting
        let feeding = DispatchGroup()
        DispatchQueue.global().async(group: feeding) {
            if let stdin { try? writer.write(contentsOf: stdin) }
            try? writer.close()
        }
        defer { feeding.wait() }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}

func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("piiscan-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// A temporary directory (removed by the caller) holding `patterns.yaml` with one pattern whose
/// category is its id.
func onePatternFile(id: String, description: String, regex: String) throws -> (dir: URL, file: URL) {
    let dir = try temporaryDirectory()
    let file = dir.appendingPathComponent("patterns.yaml")
    try """
    - id: \(id)
      category: \(id)
      description: \(description)
      regex: '\(regex)'
    """.write(to: file, atomically: true, encoding: .utf8)
    return (dir, file)
}

@Suite struct CLITests {
    @Test func exitCodes() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("nothing to see\n".utf8).write(to: dir.appendingPathComponent("clean.log"))
        try Data("mail jane@example.org\n".utf8).write(to: dir.appendingPathComponent("dirty.log"))
        #expect(try CLI.run(["scan", dir.appendingPathComponent("clean.log").path]).status == 0)
        #expect(try CLI.run(["scan", dir.appendingPathComponent("dirty.log").path]).status == 1)
        let missing = try CLI.run(["scan", dir.appendingPathComponent("dirty.log").path, dir.appendingPathComponent("nope.log").path])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nope.log: No such file or directory"))
        #expect(missing.stdout.contains("dirty.log:1:6: email j***@e******.org"))   // the other input is still scanned
        #expect(try CLI.run(["scan", "--min-confidence", "sure", dir.path]).status == 2)
        #expect(try CLI.run(["scan"]).status == 2)
        #expect(try CLI.run(["scan", "--category", "emails", dir.path]).stderr.contains("unknown category 'emails'"))
        #expect(try CLI.run(["--help"]).status == 0)
    }

    @Test func jsonLinesContract() throws {
        let result = try CLI.run(["scan", "--format", "jsonl", "-"], stdin: Data("x\ncall +46 70 602 19 62 or jane@example.org\n".utf8))
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0] == #"{"path":"<stdin>","line":2,"column":6,"offset":7,"length":16,"category":"phone","subcategory":null,"pattern":"phone.international","confidence":"high","value":"+** ** *** ** 62"}"#)
        let object = try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as! [String: Any]
        #expect(object["category"] as? String == "email" && object["value"] as? String == "j***@e******.org")
        #expect(object["offset"] as? Int == 27 && object["length"] as? Int == 16 && object["column"] as? Int == 26)
        let raw = try CLI.run(["scan", "--format", "jsonl", "--show-values", "-"], stdin: Data("jane@example.org\n".utf8))
        #expect(raw.stdout.contains(#""value":"jane@example.org""#))
    }

    /// The summary's rows count exactly the findings JSON Lines reports, per path, table
    /// column and category.
    @Test func summaryCountsTheReportedFindings() throws {
        let inputs = ["Samples", "Tests/PIIScanTests/Fixtures", "Tests/Integration"]
        let jsonl = try CLI.run(["scan", "-q", "--min-confidence", "low", "--format", "jsonl"] + inputs)
        var expected: [String: Int] = [:]
        for line in jsonl.stdout.split(separator: "\n") {
            let f = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            let field = (f["table"] as? String).map { "\($0).\(f["table_column"] as? String ?? "?")" }
                ?? f["table_column"] as? String ?? "-"
            let category = (f["subcategory"] as? String).map { "\(f["category"]!)/\($0)" } ?? f["category"] as! String
            expected["\(f["path"]!) \(field) \(category)", default: 0] += 1
        }
        let summary = try CLI.run(["scan", "-q", "--min-confidence", "low", "--format", "summary"] + inputs)
        var counted: [String: Int] = [:]
        for row in summary.stdout.split(separator: "\n").dropFirst() {
            let cells = row.split(separator: " ", omittingEmptySubsequences: true)
            counted[cells.dropLast().joined(separator: " "), default: 0] += Int(cells.last!)!
        }
        #expect(expected.count > 20)
        #expect(counted == expected)
    }

    /// Values that need a JSON escape (a quote, a backslash, a control byte, invalid UTF-8)
    /// and numbers of every width come out as valid JSON that reads back as what was matched.
    @Test func jsonValuesAreEscapedAndNumbersExact() throws {
        let (dir, patterns) = try onePatternFile(id: "token", description: "A token", regex: #"tok:[^ \n]+"#)
        defer { try? FileManager.default.removeItem(at: dir) }
        var input = Data(repeating: 0x0A, count: 12_344)
        input += Data("x tok:plain\n".utf8)
        // One byte that needs an escape per value: a quote, a backslash, a control byte, an
        // invalid UTF-8 byte (after a valid two-byte character).
        input += Data("tok:a\"b tok:b\\c tok:c".utf8) + Data([0x01]) + Data("d tok:dé".utf8) + Data([0xFF]) + Data(" end\n".utf8)
        let values = ["tok:plain", "tok:a\"b", "tok:b\\c", "tok:c\u{01}d", "tok:dé\u{FFFD}"]
        for format in ["jsonl", "json"] {
            let result = try CLI.run(["scan", "--no-default-patterns", "--patterns", patterns.path, "--show-values",
                                      "--format", format, "-"], stdin: input)
            #expect(result.status == 1)
            let objects: [[String: Any]]
            if format == "jsonl" {
                objects = try result.stdout.split(separator: "\n").map {
                    try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
                }
            } else {
                let document = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
                objects = document["findings"] as! [[String: Any]]
            }
            #expect(objects.map { $0["value"] as? String } == values)
            #expect(objects.first?["line"] as? Int == 12_345 && objects.first?["column"] as? Int == 3)
            #expect(objects.first?["offset"] as? Int == 12_346 && objects.first?["length"] as? Int == 9)
            #expect(objects.last?["line"] as? Int == 12_346 && objects.last?["offset"] as? Int == 12_380)
        }
        let jsonl = try CLI.run(["scan", "--no-default-patterns", "--patterns", patterns.path, "--show-values",
                                 "--format", "jsonl", "-"], stdin: input).stdout
        for escaped in [#""tok:a\"b""#, #""tok:b\\c""#, #""tok:c\u0001d""#, #""tok:dé\#u{FFFD}""#] {
            #expect(jsonl.contains(escaped))
        }
    }

    @Test func jsonDocument() throws {
        let result = try CLI.run(["scan", "--format", "json", "--min-confidence", "low", "Samples"])
        #expect(result.status == 1)
        let document = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        let findings = document["findings"] as! [[String: Any]]
        let summary = document["summary"] as! [String: Any]
        #expect(findings.count == summary["findings"] as? Int)
        #expect(summary["inputs_scanned"] as? Int == 3)
        let keys = ["path", "line", "column", "offset", "length", "category", "subcategory", "pattern", "confidence", "value"]
        // The contract keys, plus table and column for findings in the dump's rows.
        #expect(findings.allSatisfy { Set(keys).isSubset(of: $0.keys) && Set($0.keys).subtracting(keys).isSubset(of: ["table", "table_column"]) })
        #expect(findings.contains { $0["table"] as? String == "public.customers" && $0["table_column"] as? String == "email" })
        let empty = try CLI.run(["scan", "--format", "json", "-"], stdin: Data("clean\n".utf8))
        let emptyDocument = try JSONSerialization.jsonObject(with: Data(empty.stdout.utf8)) as! [String: Any]
        #expect((emptyDocument["findings"] as! [Any]).isEmpty && empty.status == 0)
    }

    @Test func textFormatAndSummary() throws {
        let result = try CLI.run(["scan", "Samples/privacy-policy.txt"])
        #expect(result.stdout == """
        Samples/privacy-policy.txt:80:8: email d**@b****.se
        Samples/privacy-policy.txt:81:8: phone +** ** *** ** 62
        Samples/privacy-policy.txt:94:8: email d**@b****.se
        Samples/privacy-policy.txt:95:8: phone +** ** *** ** 62

        """)
        #expect(result.stderr.hasPrefix("piiscan: 1 input (5.67 kB) scanned in"))
        #expect(result.stderr.contains("4 findings: email 2, phone 2"))
        #expect(try CLI.run(["scan", "--quiet", "Samples/privacy-policy.txt"]).stderr.isEmpty)
    }

    @Test func stdinEqualsFile() throws {
        let file = CLI.root.appendingPathComponent("Samples/pgdump.sql")
        let fromFile = try CLI.run(["scan", "--format", "jsonl", "--min-confidence", "low", file.path])
        let fromStdin = try CLI.run(["scan", "--format", "jsonl", "--min-confidence", "low", "--chunk-size", "1000", "-"],
                                    stdin: try Data(contentsOf: file))
        func strip(_ s: String) -> [Substring] { s.split(separator: "\n").map { $0[$0.firstIndex(of: ",")!...] } }
        #expect(strip(fromFile.stdout).count > 100)
        #expect(strip(fromFile.stdout) == strip(fromStdin.stdout))
    }

    @Test func categoriesAndUserPatterns() throws {
        let (dir, patterns) = try onePatternFile(id: "employee_id", description: "Employee number", regex: "EMP-[0-9]{6}")
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = Data("EMP-123456 jane@example.org 81.2.69.142\n".utf8)
        let onlyIDs = try CLI.run(["scan", "--patterns", patterns.path, "--category", "employee_id", "--show-values", "-"], stdin: input)
        #expect(onlyIDs.stdout == "<stdin>:1:1: employee_id EMP-123456\n")
        let noEmail = try CLI.run(["scan", "--exclude-category", "email", "-"], stdin: input)
        #expect(noEmail.stdout == "<stdin>:1:29: ipv4 81.2.***.***\n")
        try "- id: x\n  category: c\n  descripton: d\n  regex: 'a'\n".write(to: patterns, atomically: true, encoding: .utf8)
        let broken = try CLI.run(["scan", "--patterns", patterns.path, "-"], stdin: input)
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("patterns.yaml:3: unknown key 'descripton'"))
        // More input than a pipe holds, to a piiscan that exits without reading it.
        let unread = try CLI.run(["scan", "--patterns", patterns.path, "-"], stdin: Data(count: 1 << 20))
        #expect(unread.status == 2)
    }

    @Test func patternsCommandListsDefaults() throws {
        let result = try CLI.run(["patterns"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("email\temail\thigh\tEmail address"))
        #expect(result.stdout.contains("special_category.trade_union\tspecial_category/trade_union\tlow"))
    }

    @Test func worksFromAnyDirectory() throws {
        // The default patterns are embedded: no source tree needed at run time.
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLI.run(["scan", "-"], stdin: Data("jane@example.org\n".utf8), in: dir)
        #expect(result.status == 1 && result.stdout == "<stdin>:1:1: email j***@e******.org\n")
    }
}

@Suite struct CLIArchiveTests {
    @Test func gzipOnStdinAndTarMembersInJSONLines() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("logs"), withIntermediateDirectories: true)
        try Data("ok\nmail jane@example.org\n".utf8).write(to: dir.appendingPathComponent("logs/app.log"))
        let tar = Process()
        tar.executableURL = URL(fileURLWithPath: "/bin/sh")
        tar.arguments = ["-c", "tar -czf logs.tgz logs && gzip -c logs/app.log > app.log.gz"]
        tar.currentDirectoryURL = dir
        try tar.run()
        tar.waitUntilExit()
        let members = try CLI.run(["scan", "--format", "jsonl", "logs.tgz"], in: dir)
        #expect(members.stdout == #"{"path":"logs.tgz","line":2,"column":6,"offset":8,"length":16,"category":"email","subcategory":null,"pattern":"email","confidence":"high","value":"j***@e******.org","member":"logs/app.log"}"# + "\n")
        let text = try CLI.run(["scan", "logs.tgz"], in: dir)
        #expect(text.stdout == "logs.tgz!/logs/app.log:2:6: email j***@e******.org\n")
        let gz = try Data(contentsOf: dir.appendingPathComponent("app.log.gz"))
        let fromStdin = try CLI.run(["scan", "--format", "jsonl", "-"], stdin: gz, in: dir)
        let fromFile = try CLI.run(["scan", "--format", "jsonl", "app.log.gz"], in: dir)
        #expect(fromStdin.stdout.replacingOccurrences(of: "<stdin>", with: "app.log.gz") == fromFile.stdout)
        #expect(fromFile.status == 1 && !fromFile.stdout.isEmpty)
    }
}

@Suite struct PermissionCLITests {
    /// Whether user `nobody` can run the binary: every folder above it searchable by others.
    static var nobodyCanRun: Bool {
        guard geteuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else { return false }
        var url = CLI.binary
        while url.path != "/" {
            guard let mode = try? FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int,
                  mode & 0o001 != 0 else { return false }
            url = url.deletingLastPathComponent()
        }
        return true
    }

    /// Root reads everything, so the scan runs as `nobody` (CI runs as root).
    @Test(.enabled(if: PermissionCLITests.nobodyCanRun))
    func unreadableFilesAndFoldersAreReportedAndTheRestScanned() throws {
        let dir = try temporaryDirectory()
        defer {
            chmod(dir.appendingPathComponent("locked").path, 0o755)
            try? FileManager.default.removeItem(at: dir)
        }
        chmod(dir.path, 0o755)
        try Data("jane@example.org\n".utf8).write(to: dir.appendingPathComponent("ok.log"))
        try Data("bob@example.org\n".utf8).write(to: dir.appendingPathComponent("secret.log"))
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("locked"), withIntermediateDirectories: true)
        try Data("carl@example.org\n".utf8).write(to: dir.appendingPathComponent("locked/inner.log"))
        chmod(dir.appendingPathComponent("ok.log").path, 0o644)
        chmod(dir.appendingPathComponent("secret.log").path, 0)
        chmod(dir.appendingPathComponent("locked").path, 0)
        let result = try CLI.run(["--reuid=65534", "--regid=65534", "--clear-groups", CLI.binary.path,
                                  "scan", "--no-config", "--format", "jsonl", dir.path],
                                 in: URL(fileURLWithPath: "/"), executable: URL(fileURLWithPath: "/usr/bin/setpriv"))
        let stdout = result.stdout, stderr = result.stderr
        #expect(result.status == 2)
        #expect(stdout.contains("ok.log") && stdout.contains("\"category\":\"email\""))
        #expect(stderr.contains("secret.log: Permission denied"), "\(stderr)")
        #expect(stderr.contains("locked"), "\(stderr)")
    }
}
