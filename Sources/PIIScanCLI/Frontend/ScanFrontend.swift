import PIIScan

/// Turns the options of `scan` into calls on the library and an exit code.
struct ScanFrontend {
    let options: Scan

    /// Runs the scan; returns 0 (no findings), 1 (findings) or 2 (an input failed, or usage).
    func run() -> Int32 {
        let selection = options.selection
        let patterns: PatternSet
        do {
            patterns = try selection.patternSet(selection.definitions())
        } catch {
            Diagnostics.error("\(error)")
            return 2
        }
        let entries = selection.walker().entries(for: selection.paths)
        let context = ReportContext(patterns: patterns, showValues: options.showValues)
        let sink = ProblemPrinter(options.format.reporter(context: context, output: OutputBuffer(fd: 1)))
        let summary = Scanner(patterns: patterns, options: selection.scanOptions()).scan(entries, into: sink)
        if !options.quiet { Diagnostics.write(SummaryLine.text(summary)) }
        if summary.errors > 0 { return 2 }
        return summary.findings > 0 ? 1 : 0
    }
}
