import Foundation
import Testing

/// A throwaway git repository in a temporary directory.
struct Repository {
    let url: URL

    init() throws {
        url = try temporaryDirectory()
        try git("init", "-q", "-b", "main")
        try git("config", "user.email", "dev@localhost")
        try git("config", "user.name", "Dev")
        try git("config", "commit.gpgsign", "false")
    }

    /// Runs git in the repository.
    @discardableResult
    func git(_ arguments: String..., environment: [String: String] = [:]) throws -> CLI.Result {
        try CLI.run(["git"] + arguments, in: url, environment: environment, executable: URL(fileURLWithPath: "/usr/bin/env"))
    }

    func write(_ path: String, _ text: String) throws {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    func commitAll(_ message: String) throws {
        try git("add", "-A")
        try git("commit", "-q", "--no-verify", "-m", message)
    }

    /// `piiscan scan` in the repository, JSON Lines.
    func scan(_ arguments: String...) throws -> CLI.Result {
        try CLI.run(["scan", "--format", "jsonl"] + arguments, in: url)
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

/// The (path, line, value) of each JSON Lines finding.
func findings(_ jsonl: String) -> [String] {
    jsonl.split(separator: "\n").compactMap { line in
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { return nil }
        return "\(object["path"]!):\(object["line"]!) \(object["category"]!)"
    }
}

@Suite struct GitCLITests {
    @Test func stagedReportsAddedLinesOfTheIndexOnly() throws {
        let repo = try Repository()
        defer { repo.remove() }
        try repo.write("notes.txt", "one\nold jane@example.org\nthree\n")
        try repo.commitAll("first")
        try repo.write("notes.txt", "one\nold jane@example.org\nnew bob@corp.example\nthree\n")
        try repo.git("add", "notes.txt")
        // Unstaged: in the working tree only, so not about to be committed.
        try repo.write("notes.txt", "one\nold jane@example.org\nnew bob@corp.example\nthree\nlater carl@corp.example\n")
        let result = try repo.scan("--staged")
        #expect(result.status == 1)
        #expect(findings(result.stdout) == ["notes.txt:3 email"])
        #expect(result.stderr.contains("mark an intended line with piiscan:allow"))
        #expect(!result.stdout.contains("bob@corp.example"), "values stay masked")
    }

    @Test func cleanAllowedRenamedAndBinaryChangesPass() throws {
        let repo = try Repository()
        defer { repo.remove() }
        try repo.write("a.txt", "mail jane@example.org\n")
        try repo.commitAll("first")
        #expect(try repo.scan("--staged").status == 0, "nothing staged")
        try repo.git("mv", "a.txt", "docs/b.txt")
        try repo.write("clean.txt", "nothing personal here\n")
        try repo.write("test.txt", "fixture: bob@corp.example # piiscan:allow\n")
        try repo.write("blob.bin", "\u{0}\u{1}binary bob@corp.example\n")
        try repo.git("add", "-A")
        let result = try repo.scan("--staged")
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(findings(result.stdout).isEmpty)
    }

    @Test func gitRangeReportsTheCommitsChanges() throws {
        let repo = try Repository()
        defer { repo.remove() }
        try repo.write("app/config.yml", "owner: jane@example.org\n")
        try repo.commitAll("first")
        try repo.write("app/config.yml", "owner: jane@example.org\nbackup: +44 20 7946 0958\n")
        try repo.write("vendor/lib.txt", "bob@corp.example\n")
        try repo.commitAll("second")
        let result = try repo.scan("--git-range", "HEAD~1..HEAD", "--exclude", "vendor")
        #expect(result.status == 1)
        #expect(findings(result.stdout) == ["app/config.yml:2 phone"])
        #expect(try repo.scan("--git-range", "HEAD~1..HEAD").stdout.contains("vendor/lib.txt"))
        #expect(try repo.scan("--git-range", "nope..HEAD").status == 2)
        #expect(try repo.scan("--staged", "file.txt").status == 2, "paths and --staged exclude each other")
    }

    @Test func changesLargerThanAPipeAreReadWhole() throws {
        // 1,700 new files: their ids fill more than git cat-file's 64 KiB input pipe and the
        // patch more than git diff's output pipe; one 1 MiB file fills its output many times.
        let repo = try Repository()
        defer { repo.remove() }
        try repo.write("README", "start\n")
        try repo.commitAll("first")
        for k in 0..<1_700 { try repo.write(String(format: "f/%04d.txt", k), "line \(k)\n") }
        try repo.write("f/0042.txt", "mail jane@example.org\n")
        try repo.write("big.txt", String(repeating: "nothing personal here, just filler text\n", count: 26_000)
                       + "mail bob@corp.example\n")
        try repo.git("add", "-A")
        let result = try repo.scan("--staged")
        #expect(result.status == 1, "\(result.stderr)")
        #expect(findings(result.stdout).sorted() == ["big.txt:26001 email", "f/0042.txt:1 email"])
    }

    @Test func gitMissingFromPathIsAClearError() throws {
        let repo = try Repository()
        defer { repo.remove() }
        let result = try CLI.run(["scan", "--staged"], in: repo.url, environment: ["PATH": "/nonexistent"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("cannot run git: no git in PATH"), "\(result.stderr)")
    }

    @Test func installedHookBlocksACommit() throws {
        let repo = try Repository()
        defer { repo.remove() }
        let installed = try CLI.run(["install-hook"], in: repo.url)
        #expect(installed.status == 0, "\(installed.stderr)")
        let hook = repo.url.appendingPathComponent(".git/hooks/pre-commit")
        #expect(FileManager.default.isExecutableFile(atPath: hook.path))
        #expect(try CLI.run(["install-hook"], in: repo.url).status == 2, "an existing hook is kept")
        #expect(try CLI.run(["install-hook", "--force", "--", "--min-confidence", "high"], in: repo.url).status == 0)
        #expect(try String(contentsOf: hook, encoding: .utf8).contains("scan --staged --min-confidence high"))

        // PATH without piiscan: the hook falls back to the binary that installed it.
        let path = ["PATH": "/usr/bin:/bin"]
        try repo.write("a.txt", "mail jane@example.org\n")
        try repo.git("add", "a.txt")
        let blocked = try repo.git("commit", "-m", "adds an email", environment: path)
        #expect(blocked.status != 0)
        #expect((blocked.stdout + blocked.stderr).contains("a.txt:1:6: email j***@e******.org"), "\(blocked.stdout)\(blocked.stderr)")
        try repo.write("a.txt", "nothing personal\n")
        try repo.git("add", "a.txt")
        #expect(try repo.git("commit", "-m", "clean", environment: path).status == 0)
    }
}

@Suite struct ConfigCLITests {
    @Test func projectConfigurationIsFoundAndApplied() throws {
        let repo = try Repository()
        defer { repo.remove() }
        try repo.write(".piiscan.yaml", """
            exclude_paths: [vendor]
            operators: {email: tag}
            allow:
              - "*@example.com"
            allow_test_cards: true
            """)
        try repo.write("src/app.log", "a jane@example.com b bob@corp.example c 4111 1111 1111 1111\n")
        try repo.write("vendor/lib.log", "carl@corp.example\n")
        let sub = repo.url.appendingPathComponent("src")
        // Found from a folder below the root; the allowed values and the excluded folder pass.
        let scan = try CLI.run(["scan", "--format", "jsonl", "."], in: sub)
        #expect(findings(scan.stdout) == ["./app.log:1 email"])
        let root = try CLI.run(["scan", "--format", "jsonl", "."], in: repo.url)
        #expect(findings(root.stdout) == ["./src/app.log:1 email"])
        // --no-config: everything.
        #expect(findings(try CLI.run(["scan", "--format", "jsonl", "--no-config", "."], in: repo.url).stdout).count == 4)
        // The same file for redact: the allowed values stay, its operators apply.
        let redacted = try CLI.run(["redact", "-q", "-"], stdin: Data("a jane@example.com b bob@corp.example\n".utf8), in: sub)
        #expect(redacted.stdout == "a jane@example.com b [EMAIL]\n")
        // Staged changes follow it too.
        try repo.git("add", "-A")
        #expect(findings(try repo.scan("--staged").stdout) == ["src/app.log:1 email"])
    }

    @Test func badConfigurationIsAnErrorWithFileAndLine() throws {
        let repo = try Repository()
        defer { repo.remove() }
        try repo.write(".piiscan.yaml", "min_confidence: high\nallowlist: [x]\n")
        try repo.write("a.log", "nothing\n")
        let result = try CLI.run(["scan", "a.log"], in: repo.url)
        #expect(result.status == 2)
        #expect(result.stderr.contains(".piiscan.yaml:2: unknown key 'allowlist'"), "\(result.stderr)")
        let named = try CLI.run(["scan", "--config", "missing.yaml", "a.log"], in: repo.url)
        #expect(named.status == 2 && named.stderr.contains("missing.yaml"))
        #expect(try CLI.run(["scan", "--no-config", "a.log"], in: repo.url).status == 0)
    }
}

@Suite struct BaselineCLITests {
    @Test func baselineAcceptsKnownFindingsWhereverTheyMove() throws {
        let repo = try Repository()
        defer { repo.remove() }
        try repo.write("users.csv", "name,email\nJane,jane.doe@example.org\nBob,bob@corp.example\n")
        let written = try CLI.run(["scan", "--write-baseline", "baseline.jsonl", "users.csv"], in: repo.url)
        #expect(written.status == 0, "\(written.stderr)")
        let baselineFile = repo.url.appendingPathComponent("baseline.jsonl")
        let text = try String(contentsOf: baselineFile, encoding: .utf8)
        let lines = text.split(separator: "\n")
        #expect(lines.first == #"{"piiscan_baseline":1}"#)
        #expect(lines.count == 3)
        #expect(Array(lines.dropFirst()) == lines.dropFirst().sorted(), "entries are sorted")
        #expect(!text.contains("jane") && !text.contains("bob") && !text.contains("\"line\""), "no values, no line numbers")
        let keyFile = repo.url.appendingPathComponent("baseline.jsonl.key").path
        let mode = try FileManager.default.attributesOfItem(atPath: keyFile)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try FileManager.default.attributesOfItem(atPath: baselineFile.path)[.posixPermissions] as? Int == 0o600,
                "everything piiscan writes is 0600")

        #expect(try CLI.run(["scan", "--baseline", "baseline.jsonl", "users.csv"], in: repo.url).status == 0)
        // Lines moved, reformatted, others added: still known. A new value is reported alone.
        try repo.write("users.csv", "name,email\n# team\nBob,  BOB@corp.example\nAda,ada@corp.example\nJane,jane.doe@example.org\n")
        let after = try CLI.run(["scan", "--format", "jsonl", "--baseline", "baseline.jsonl", "users.csv"], in: repo.url)
        #expect(after.status == 1)
        #expect(findings(after.stdout) == ["users.csv:4 email"])
        // Written again after the moves (without the new line): the same bytes.
        try repo.write("users.csv", "name,email\n# team\nBob,  BOB@corp.example\nJane,jane.doe@example.org\n")
        #expect(try CLI.run(["scan", "--write-baseline", "again.jsonl", "users.csv"], in: repo.url,
                            environment: ["PIISCAN_BASELINE_KEY": try String(contentsOfFile: keyFile, encoding: .utf8)
                                .trimmingCharacters(in: .newlines)]).status == 0)
        #expect(try String(contentsOf: repo.url.appendingPathComponent("again.jsonl"), encoding: .utf8) == text)
        // Another key, other fingerprints: nothing is known.
        #expect(try CLI.run(["scan", "--baseline", "baseline.jsonl", "users.csv"], in: repo.url,
                            environment: ["PIISCAN_BASELINE_KEY": "another key of enough length"]).status == 1)
    }

    @Test func baselineErrors() throws {
        let repo = try Repository()
        defer { repo.remove() }
        try repo.write("a.txt", "jane@corp.example\n")
        try repo.write("b.jsonl", "{\"piiscan_baseline\":1}\n")
        let noKey = try CLI.run(["scan", "--baseline", "b.jsonl", "a.txt"], in: repo.url)
        #expect(noKey.status == 2 && noKey.stderr.contains("no key for the baseline"))
        try repo.write("c.jsonl", "{\"piiscan_baseline\":1}\nnot json\n")
        try repo.write("c.jsonl.key", "0123456789abcdef0123\n")
        let bad = try CLI.run(["scan", "--baseline", "c.jsonl", "a.txt"], in: repo.url)
        #expect(bad.status == 2 && bad.stderr.contains("c.jsonl:2:"), "\(bad.stderr)")
    }
}

@Suite struct SARIFCLITests {
    @Test func sarifForCodeScanning() throws {
        let repo = try Repository()
        defer { repo.remove() }
        try repo.write("src/app.log", "x\ncontact jane.doe@example.org now\n")
        try repo.write("db/users.csv", "name,phone\nAna,+44 20 7946 0958\n")
        let key = ["PIISCAN_BASELINE_KEY": "a key for fingerprints, 32 bytes"]
        let result = try CLI.run(["scan", "--format", "sarif", "."], in: repo.url, environment: key)
        #expect(result.status == 1)
        #expect(!result.stdout.contains("jane.doe@example.org") && !result.stdout.contains("7946 0958"), "values stay masked")
        let sarif = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(sarif["version"] as? String == "2.1.0")
        #expect((sarif["$schema"] as? String)?.hasSuffix("sarif-2.1.0.json") == true)
        let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "piiscan")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let ruleIDs = rules.compactMap { $0["id"] as? String }
        #expect(Set(ruleIDs).count == rules.count && ruleIDs.contains("email"))
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 2)
        var fingerprints: [String] = []
        for r in results {
            let index = try #require(r["ruleIndex"] as? Int)
            #expect(ruleIDs[index] == r["ruleId"] as? String)
            #expect(["error", "warning", "note"].contains(r["level"] as? String ?? ""))
            #expect(((r["message"] as? [String: Any])?["text"] as? String)?.isEmpty == false)
            let location = try #require(((r["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any])
            let artifact = try #require(location["artifactLocation"] as? [String: Any])
            #expect(artifact["uriBaseId"] as? String == "%SRCROOT%")
            let region = try #require(location["region"] as? [String: Int])
            #expect(region["startLine"]! >= 1 && region["endColumn"]! > region["startColumn"]!)
            fingerprints.append(try #require((r["partialFingerprints"] as? [String: String])?["piiscanValue/v1"]))
        }
        let email = try #require(results.first { $0["ruleId"] as? String == "email" })
        let location = ((email["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any]
        #expect((location?["artifactLocation"] as? [String: Any])?["uri"] as? String == "src/app.log", "relative to the scan root")
        #expect((location?["region"] as? [String: Int]) == ["startLine": 2, "startColumn": 9, "endColumn": 29])
        // The fingerprints are the baseline's: the same key, the same values.
        let written = try CLI.run(["scan", "--write-baseline", "b.jsonl", "."], in: repo.url, environment: key)
        #expect(written.status == 0)
        let baseline = try String(contentsOf: repo.url.appendingPathComponent("b.jsonl"), encoding: .utf8)
        for f in fingerprints { #expect(baseline.contains(f)) }
        // Without a key there are no fingerprints, and the output is still SARIF.
        let plain = try CLI.run(["scan", "--format", "sarif", "--no-config", "src"], in: repo.url)
        #expect(!plain.stdout.contains("partialFingerprints"))
        #expect((try JSONSerialization.jsonObject(with: Data(plain.stdout.utf8))) is [String: Any])
    }
}
