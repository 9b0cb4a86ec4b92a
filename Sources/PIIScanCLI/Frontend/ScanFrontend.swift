import PIIScan

/// Turns the options of `scan` into calls on the library and an exit code.
struct ScanFrontend {
    let options: Scan

    /// Runs the scan; returns 0 (no findings), 1 (findings) or 2 (an input failed, or usage).
    func run() -> Int32 {
        let patterns: PatternSet
        do {
            patterns = try PatternSet.load(
                userPaths: options.patternPaths, includeDefaults: !options.noDefaultPatterns,
                categories: options.categories.isEmpty ? nil : Set(options.categories),
                excludedCategories: Set(options.excludedCategories), usePrefilter: !options.noPrefilter)
        } catch {
            Diagnostics.error("\(error)")
            return 2
        }
        let known = Set(try! PatternLibrary.definitions(userPaths: [], includeDefaults: !options.noDefaultPatterns).map(\.category))
            .union(patterns.patterns.map(\.definition.category))
        for category in options.categories + options.excludedCategories where !known.contains(category) {
            Diagnostics.error("unknown category '\(category)' (known: \(known.sorted().joined(separator: ", ")))")
            return 2
        }

        let walker = InputWalker(includeGlobs: options.includeGlobs, excludeGlobs: options.excludeGlobs,
                                 followSymlinks: options.followSymlinks)
        let entries = walker.entries(for: options.paths)
        let context = ReportContext(patterns: patterns, showValues: options.showValues)
        let output = OutputBuffer(fd: 1)
        let reportProblem: (InputPath, InputOutcome) -> Void = { path, outcome in
            switch outcome {
            case .failed(let message): Diagnostics.error("\(path): \(message)")
            case .incomplete(let message): Diagnostics.error("\(path): incomplete: \(message)")
            case .scanned, .skippedBinary: break
            }
        }
        let sink: FindingSink = switch options.format {
        case .text: TextReporter(context: context, output: output, onEnd: reportProblem)
        case .jsonl: JSONLinesReporter(context: context, output: output, onEnd: reportProblem)
        case .json: JSONReporter(context: context, output: output, onEnd: reportProblem)
        case .summary: SummaryReporter(context: context, output: output, onEnd: reportProblem)
        }
        let scanner = Scanner(patterns: patterns, options: ScanOptions(
            threads: options.threads, minConfidence: options.minConfidence, chunkSize: options.chunkSize))
        let summary = scanner.scan(entries, into: sink)
        if !options.quiet { Diagnostics.write(SummaryLine.text(summary)) }
        if summary.errors > 0 { return 2 }
        return summary.findings > 0 ? 1 : 0
    }
}
