import ArgumentParser

/// The `piiscan` command.
struct Piiscan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "piiscan",
        abstract: "Find personal data in logs, dumps and files.",
        discussion: """
        Exit codes: 0 no findings, 1 findings, 2 an input could not be scanned or
        a usage error.
        """,
        version: "0.1.0",
        subcommands: [Scan.self, Redact.self, ListPatterns.self, InstallHook.self],
        defaultSubcommand: Scan.self
    )
}
