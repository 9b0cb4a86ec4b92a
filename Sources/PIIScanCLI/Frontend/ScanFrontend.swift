import PIIScan

/// Turns the options of `scan` into calls on the library and an exit code.
struct ScanFrontend {
    let options: Scan

    /// Runs the scan; returns 0 (no findings), 1 (findings) or 2 (an input failed, or usage).
    func run() -> Int32 {
        let selection: Selection
        let patterns: PatternSet
        do {
            selection = try Selection(options.selection)
            patterns = try selection.patternSet(selection.definitions())
        } catch {
            Diagnostics.error("\(error)")
            return 2
        }
        let context = ReportContext(patterns: patterns, showValues: options.showValues)
        var sink: FindingSink = ProblemPrinter(options.format.reporter(context: context, output: OutputBuffer(fd: 1)))
        var scanOptions = selection.scanOptions()
        scanOptions.allowMarker = ScanOptions.defaultAllowMarker
        let scanner = Scanner(patterns: patterns, options: scanOptions)
        var summary: ScanSummary
        if let change = options.gitChange {
            let inputs: GitInputs
            do {
                inputs = try GitInputs(change, walker: selection.walker())
            } catch {
                Diagnostics.error("\(error)")
                return 2
            }
            let changedLines = ChangedLinesSink(next: sink, patterns: patterns, addedLines: inputs.addedLines)
            sink = changedLines
            scanner.scan(inputs.entries, into: sink)
            summary = changedLines.summary
            if summary.findings > 0 && !options.quiet {
                Diagnostics.write("piiscan: the change adds personal data (above). Remove it, or mark an intended line "
                                  + "with piiscan:allow; git commit --no-verify skips the check.")
            }
        } else {
            summary = scanner.scan(selection.walker().entries(for: selection.paths), into: sink)
        }
        if !options.quiet { Diagnostics.write(SummaryLine.text(summary)) }
        if summary.errors > 0 { return 2 }
        return summary.findings > 0 ? 1 : 0
    }
}

extension Scan {
    /// The git change to scan, if --staged or --git-range was given.
    var gitChange: GitInputs.Change? {
        if staged { return .staged }
        return gitRange.map { .range($0) }
    }
}
