import ArgumentParser
import Foundation

/// `piiscan install-hook`: a plain git pre-commit hook that runs `piiscan scan --staged`.
struct InstallHook: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "install-hook",
        abstract: "Install a git pre-commit hook that blocks commits adding personal data.",
        discussion: """
        Writes the pre-commit hook of the repository in the current directory (where
        git looks for it, core.hooksPath included). The hook runs `piiscan scan
        --staged` with the options given after --; an existing hook is kept unless
        --force is given. For the pre-commit framework, use the hooks in
        .pre-commit-hooks.yaml instead.
        """
    )

    @Flag(help: "Replace an existing pre-commit hook.")
    var force = false

    @Argument(parsing: .postTerminator, help: ArgumentHelp("Options for piiscan scan --staged, after --.", valueName: "scan-option"))
    var scanOptions: [String] = []

    func run() throws {
        let hook: String
        do {
            let path = String(decoding: try Git.run(["rev-parse", "--git-path", "hooks/pre-commit"]), as: UTF8.self)
            hook = path.trimmingCharacters(in: .whitespacesAndNewlines)
        } catch {
            Diagnostics.error("install-hook: not in a git repository (\(error))")
            throw ExitCode(2)
        }
        let fileManager = FileManager.default
        if fileManager.fileExists(atPath: hook) && !force {
            Diagnostics.error("install-hook: \(hook) exists; keep it, or replace it with --force")
            throw ExitCode(2)
        }
        let options = scanOptions.map(Self.shellQuoted).joined(separator: " ")
        let binary = Self.shellQuoted((try? fileManager.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0])
        let script = """
            #!/bin/sh
            # Installed by `piiscan install-hook`: blocks commits that add personal data.
            # Mark a line with piiscan:allow to accept it, or commit with --no-verify.
            if command -v piiscan >/dev/null 2>&1; then
                exec piiscan scan --staged \(options)
            fi
            exec \(binary) scan --staged \(options)

            """
        do {
            try fileManager.createDirectory(atPath: (hook as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            let temporary = hook + ".piiscan-tmp"
            try Data(script.utf8).write(to: URL(fileURLWithPath: temporary))
            try fileManager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: temporary)
            if rename(temporary, hook) != 0 { throw Git.Failure(description: String(cString: strerror(errno))) }
        } catch {
            Diagnostics.error("install-hook: cannot write \(hook): \(error)")
            throw ExitCode(2)
        }
        Diagnostics.write("piiscan: installed \(hook)")
    }

    /// `s` in single quotes for sh, unless it is plain.
    static func shellQuoted(_ s: String) -> String {
        if !s.isEmpty, s.allSatisfy({ $0.isLetter || $0.isNumber || "-_./=:,@%+".contains($0) }) { return s }
        return "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
