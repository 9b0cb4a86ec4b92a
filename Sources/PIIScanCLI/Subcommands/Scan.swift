import ArgumentParser
import PIIScan

/// Output formats of `scan`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, jsonl, json, summary
}

extension Confidence: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
    public static var allValueStrings: [String] { Confidence.allCases.map(\.description) }
}

/// `piiscan scan`: report the personal data in files, directories and standard input.
struct Scan: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Scan files, directories or standard input for personal data.",
        discussion: """
        Values are masked in every format unless --show-values is given.
        Exit codes: 0 no findings, 1 findings, 2 an input could not be scanned or a usage error.
        """
    )

    @Argument(help: ArgumentHelp("Files or directories to scan; - is standard input.", valueName: "path"))
    var paths: [String] = []

    @Option(help: "Output format: text, jsonl, json or summary (counts per input, table.column and category).")
    var format: OutputFormat = .text

    @Option(name: .customLong("patterns"), help: ArgumentHelp(
        "A pattern file or a folder of them, added to the defaults (repeatable); a pattern with a default's id replaces it.",
        valueName: "path"))
    var patternPaths: [String] = []

    @Flag(help: "Use only the patterns given with --patterns.")
    var noDefaultPatterns = false

    @Option(name: .customLong("category"), help: ArgumentHelp("Report only this category (repeatable).", valueName: "name"))
    var categories: [String] = []

    @Option(name: .customLong("exclude-category"), help: ArgumentHelp("Do not report this category (repeatable).", valueName: "name"))
    var excludedCategories: [String] = []

    @Option(help: "Lowest confidence reported: low, medium or high.")
    var minConfidence: Confidence = .medium

    @Flag(help: "Print matched values unmasked.")
    var showValues = false

    @Option(help: "Worker threads (default: the number of active cores).")
    var threads: Int = ScanOptions.defaultThreads

    @Option(name: .customLong("include"), help: ArgumentHelp(
        "Scan only files matching this glob (repeatable); a glob without / matches the file name.", valueName: "glob"))
    var includeGlobs: [String] = []

    @Option(name: .customLong("exclude"), help: ArgumentHelp(
        "Skip files and folders matching this glob (repeatable).", valueName: "glob"))
    var excludeGlobs: [String] = []

    @Flag(name: .customLong("follow"), help: "Follow symbolic links while walking folders.")
    var followSymlinks = false

    @Flag(name: .shortAndLong, help: "Do not print the summary line on standard error.")
    var quiet = false

    @Option(help: .hidden)
    var chunkSize: Int = 4 << 20

    @Flag(help: .hidden)
    var noPrefilter = false

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("no input given: name files or folders to scan, or - for standard input") }
        guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
        guard chunkSize >= 1 else { throw ValidationError("--chunk-size must be at least 1") }
        guard !noDefaultPatterns || !patternPaths.isEmpty else {
            throw ValidationError("--no-default-patterns needs at least one --patterns file")
        }
    }

    func run() throws {
        let frontend = ScanFrontend(options: self)
        throw ExitCode(frontend.run())
    }
}
