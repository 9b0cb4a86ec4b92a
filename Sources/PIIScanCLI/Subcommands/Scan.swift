import ArgumentParser
import PIIScan

/// `piiscan scan`: report the personal data in files, directories and standard input.
struct Scan: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Scan files, directories or standard input for personal data.",
        discussion: """
        Values are masked in every format unless --show-values is given.
        Exit codes: 0 no findings, 1 findings, 2 an input could not be scanned or
        a usage error.
        """
    )

    @OptionGroup var selection: SelectionOptions

    @Option(help: "Output format: text, jsonl, json or summary (counts per input, table.column and category).")
    var format: OutputFormat = .text

    @Flag(help: "Print matched values unmasked.")
    var showValues = false

    @Flag(name: .shortAndLong, help: "Do not print the summary line on standard error.")
    var quiet = false

    func run() throws {
        throw ExitCode(ScanFrontend(options: self).run())
    }
}
