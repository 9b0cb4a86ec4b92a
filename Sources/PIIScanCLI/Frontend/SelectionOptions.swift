import ArgumentParser
import PIIScan

/// What is read and what counts as a finding: the options `scan` and `redact` share.
struct SelectionOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Files or directories; - is standard input.", valueName: "path"))
    var paths: [String] = []

    @Option(name: .customLong("patterns"), help: ArgumentHelp(
        "A pattern file or a folder of them, added to the defaults (repeatable); a pattern with a default's id replaces it.",
        valueName: "path"))
    var patternPaths: [String] = []

    @Flag(help: "Use only the patterns given with --patterns.")
    var noDefaultPatterns = false

    @Option(name: .customLong("category"), help: ArgumentHelp("Look only for this category (repeatable).", valueName: "name"))
    var categories: [String] = []

    @Option(name: .customLong("exclude-category"), help: ArgumentHelp("Never look for this category (repeatable).", valueName: "name"))
    var excludedCategories: [String] = []

    @Option(name: .customLong("min-confidence"), help: "Lowest confidence of a finding (default: medium).")
    var minConfidenceLevel: ConfidenceLevel?

    @Option(help: "Worker threads (default: the number of active cores).")
    var threads: Int = ScanOptions.defaultThreads

    @Option(name: .customLong("include"), help: ArgumentHelp(
        "Read only files matching this glob (repeatable); a glob without / matches the file name.", valueName: "glob"))
    var includeGlobs: [String] = []

    @Option(name: .customLong("exclude"), help: ArgumentHelp(
        "Skip files and folders matching this glob (repeatable).", valueName: "glob"))
    var excludeGlobs: [String] = []

    @Flag(name: .customLong("follow"), help: "Follow symbolic links while walking folders.")
    var followSymlinks = false

    @Option(name: .customLong("config"), help: ArgumentHelp(
        "The configuration file (default: the first .piiscan.yaml from here up to the repository root).", valueName: "file"))
    var configPath: String?

    @Flag(help: "Read no configuration file.")
    var noConfig = false

    @Option(help: .hidden)
    var chunkSize: Int = 4 << 20

    @Flag(help: .hidden)
    var noPrefilter = false

    func validate() throws {
        guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
        guard chunkSize >= 1 else { throw ValidationError("--chunk-size must be at least 1") }
        guard !noDefaultPatterns || !patternPaths.isEmpty else {
            throw ValidationError("--no-default-patterns needs at least one --patterns file")
        }
    }

    /// Fails when no path was named.
    func requirePaths() throws {
        guard !paths.isEmpty else { throw ValidationError("no input given: name files or folders, or - for standard input") }
    }
}

/// Report formats.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, jsonl, json, summary, sarif

    // ArgumentParser's defaults for these three spell each value through generic string
    // interpolation, whose dynamic casts cost 1.2 M instructions of every start; these give
    // the same strings from the raw values.
    var defaultValueDescription: String { rawValue }
    static var allValueStrings: [String] { allCases.map(\.rawValue) }
    static var allValueDescriptions: [String: String] { [:] }

    func reporter(context: ReportContext, output: OutputBuffer) -> FindingSink {
        switch self {
        case .text: TextReporter(context: context, output: output)
        case .jsonl: JSONLinesReporter(context: context, output: output)
        case .json: JSONReporter(context: context, output: output)
        case .summary: SummaryReporter(context: context, output: output)
        case .sarif: SARIFReporter(context: context, output: output, toolVersion: Piiscan.configuration.version)
        }
    }
}

/// `Confidence` as the command line spells it (its raw values are numbers).
enum ConfidenceLevel: String, ExpressibleByArgument, CaseIterable {
    case low, medium, high

    // As for `OutputFormat`.
    var defaultValueDescription: String { rawValue }
    static var allValueStrings: [String] { allCases.map(\.rawValue) }
    static var allValueDescriptions: [String: String] { [:] }

    var confidence: Confidence {
        switch self {
        case .low: .low
        case .medium: .medium
        case .high: .high
        }
    }
}
