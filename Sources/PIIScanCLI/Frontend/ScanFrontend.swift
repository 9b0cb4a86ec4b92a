import PIIScan

/// Turns the options of `scan` into calls on the library and an exit code.
struct ScanFrontend {
    let options: Scan

    /// Runs the scan; returns 0 (no findings), 1 (findings) or 2 (an input failed, or usage).
    func run() -> Int32 {
        let selection: Selection
        let patterns: PatternSet
        var entries: [InputEntry]
        var addedLines: [InputPath: [ClosedRange<Int>]]?
        var baseline: Baseline?
        var fingerprinter: Fingerprinter?
        do {
            selection = try Selection(options.selection)
            // Git reads the change while the patterns compile.
            let change = try options.gitChange.map(GitInputs.Pending.init)
            do {
                patterns = try selection.patternSet(selection.definitions())
            } catch {
                change?.cancel()
                throw error
            }
            if let change {
                let inputs = try change.read(walker: selection.walker())
                entries = inputs.entries
                addedLines = inputs.addedLines
            } else {
                entries = selection.walker().entries(for: selection.paths)
            }
            if let path = options.baseline { baseline = try Baseline.load(path) }
            let baselinePath = options.writeBaseline ?? options.baseline
            if let key = try Fingerprinter.key(forBaseline: baselinePath, create: options.writeBaseline != nil) {
                fingerprinter = Fingerprinter(key: key)
            } else if baselinePath != nil {
                throw UsageError("no key for the baseline: set \(Fingerprinter.keyVariable) or keep "
                                 + "\(baselinePath!).key beside it (--write-baseline makes one)")
            }
        } catch {
            Diagnostics.error("\(error)")
            return 2
        }

        // Scanner → added lines → recorder → baseline filter → report.
        let context = ReportContext(patterns: patterns, showValues: options.showValues, fingerprinter: fingerprinter)
        var sink: FindingSink = ProblemPrinter(options.format.reporter(context: context, output: OutputBuffer(fd: 1)))
        var reported: FilteringSink?   // the filter nearest the report counts what it reports
        if let baseline, let fingerprinter {
            reported = baseline.filter(next: sink, patterns: patterns, fingerprinter: fingerprinter)
            sink = reported!
        }
        var recorder: BaselineRecorder?
        if options.writeBaseline != nil, let fingerprinter {
            recorder = BaselineRecorder(next: sink, patterns: patterns, fingerprinter: fingerprinter)
            sink = recorder!
        }
        if let addedLines {
            let changed = FilteringSink(next: sink, patterns: patterns, addedLines: addedLines)
            reported = reported ?? changed
            sink = changed
        }
        var scanOptions = selection.scanOptions()
        scanOptions.allowMarker = ScanOptions.defaultAllowMarker
        let scanned = Scanner(patterns: patterns, options: scanOptions).scan(entries, into: sink)
        let summary = reported?.summary ?? scanned

        if let recorder, let path = options.writeBaseline {
            do {
                try recorder.baseline.write(to: path)
            } catch {
                Diagnostics.error("cannot write the baseline '\(path)': \(error)")
                return 2
            }
            if !options.quiet {
                Diagnostics.write("piiscan: baseline of \(recorder.baseline.entries.count) findings written to \(path)")
            }
            return summary.errors > 0 ? 2 : 0
        }
        if addedLines != nil && summary.findings > 0 && !options.quiet {
            Diagnostics.write("piiscan: the change adds personal data (above). Remove it, or mark an intended line "
                              + "with piiscan:allow; git commit --no-verify skips the check.")
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
