import ArgumentParser
import PIIScan

/// `piiscan scan`: report the personal data in files, directories and standard input.
struct Scan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Scan files, directories or standard input for personal data.",
        discussion: """
        Values are masked in every format unless --show-values is given.
        With --staged or --git-range, run inside a git repository: the new version of
        each changed file is scanned and findings on lines the change added are
        reported, with their line numbers in the new file.
        Exit codes: 0 no findings, 1 findings, 2 an input could not be scanned or
        a usage error.
        """
    )

    @OptionGroup var selection: SelectionOptions

    @Option(help: "Output format: text, jsonl, json, summary (counts per input, table.column and category) or sarif (SARIF 2.1.0).")
    var format: OutputFormat = .text

    @Flag(help: "Print matched values unmasked.")
    var showValues = false

    @Flag(name: .shortAndLong, help: "Do not print the summary line on standard error.")
    var quiet = false

    @Flag(help: "Scan what is staged for the next commit (the index): findings on added or changed lines only.")
    var staged = false

    @Option(help: ArgumentHelp("Scan the changes of a range of commits, A..B: findings on added or changed lines only.",
                               valueName: "range"))
    var gitRange: String?

    @Option(help: ArgumentHelp("Record the findings in this baseline file (keyed fingerprints, no values) and exit 0.",
                               valueName: "file"))
    var writeBaseline: String?

    @Option(help: ArgumentHelp("Report only findings that are not in this baseline file.", valueName: "file"))
    var baseline: String?

    func validate() throws {
        if staged || gitRange != nil {
            guard !(staged && gitRange != nil) else { throw ValidationError("--staged and --git-range exclude each other") }
            guard gitRange?.hasPrefix("-") != true else { throw ValidationError("--git-range takes commits, A..B") }
            guard selection.paths.isEmpty else {
                throw ValidationError("--staged and --git-range read the repository: name no paths (use --include/--exclude)")
            }
        } else {
            try selection.requirePaths()
        }
    }

    func run() throws {
        throw ExitCode(ScanFrontend(options: self).run())
    }
}
