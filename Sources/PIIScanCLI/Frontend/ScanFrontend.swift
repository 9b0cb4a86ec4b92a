import PIIScan

/// Turns the options of `scan` into calls on the library and an exit code.
struct ScanFrontend {
    let options: Scan

    /// Runs the scan; returns 0 (no findings), 1 (findings) or 2 (an input failed, or usage).
    func run() -> Int32 {
        let patterns: PatternSet
        do {
            let definitions = try PatternLibrary.definitions(userPaths: options.patternPaths,
                                                             includeDefaults: !options.noDefaultPatterns)
            let known = Set(definitions.map(\.category))
            for category in options.categories + options.excludedCategories where !known.contains(category) {
                Diagnostics.error("unknown category '\(category)' (known: \(known.sorted().joined(separator: ", ")))")
                return 2
            }
            patterns = try PatternSet(definitions, categories: options.categories.isEmpty ? nil : Set(options.categories),
                                      excludedCategories: Set(options.excludedCategories), usePrefilter: !options.noPrefilter)
        } catch {
            Diagnostics.error("\(error)")
            return 2
        }

        let walker = InputWalker(includeGlobs: options.includeGlobs, excludeGlobs: options.excludeGlobs,
                                 followSymlinks: options.followSymlinks)
        let entries = walker.entries(for: options.paths)
        let context = ReportContext(patterns: patterns, showValues: options.showValues)
        let output = OutputBuffer(fd: 1)
        let reporter: FindingSink = switch options.format {
        case .text: TextReporter(context: context, output: output)
        case .jsonl: JSONLinesReporter(context: context, output: output)
        case .json: JSONReporter(context: context, output: output)
        case .summary: SummaryReporter(context: context, output: output)
        }
        let sink = ProblemPrinter(reporter)
        let scanner = Scanner(patterns: patterns, options: ScanOptions(
            threads: options.threads, minConfidence: options.minConfidence, chunkSize: options.chunkSize))
        let summary = scanner.scan(entries, into: sink)
        if !options.quiet { Diagnostics.write(SummaryLine.text(summary)) }
        if summary.errors > 0 { return 2 }
        return summary.findings > 0 ? 1 : 0
    }
}
