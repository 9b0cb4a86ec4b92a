import Foundation
import PIIScan

/// Turns the options of `redact` into a scan whose sink writes redacted copies.
struct RedactFrontend {
    let options: Redact

    /// Runs the redaction; returns 0 (every copy written) or 2 (an input failed, or usage).
    func run() -> Int32 {
        let selection: Selection
        let patterns: PatternSet
        let policy: RedactionPolicy
        let destinations: Destinations
        var entries: [InputEntry] = []
        do {
            selection = try Selection(options.selection)
            let definitions = try selection.definitions()
            patterns = try selection.patternSet(definitions)
            let operators = try RedactionPolicy.parseOperators(selection.operatorSpecs + options.operatorSpecs,
                                                               categories: Set(definitions.map(\.category)))
            policy = try RedactionPolicy(operators: operators, key: try key())
            destinations = try Destinations(options: options)
            for path in selection.paths {
                let found = path == "-" ? [InputEntry.file(.standardInput, isStream: true)] : selection.walker().entries(for: [path])
                entries += found
                try destinations.add(found, from: path)
            }
        } catch {
            Diagnostics.error("\(error)")
            return 2
        }

        var reportFile: Int32 = -1
        var next: FindingSink?
        if let report = options.report {
            reportFile = open(report, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
            guard reportFile >= 0 else {
                Diagnostics.error("cannot write the report '\(report)': \(String(validatingCString: strerror(errno)) ?? "error \(errno)")")
                return 2
            }
            let context = ReportContext(patterns: patterns, showValues: options.showValues)
            next = options.format.reporter(context: context, output: OutputBuffer(fd: reportFile))
        }
        defer { if reportFile >= 0 { close(reportFile) } }

        let problems = ProblemPrinter(next ?? NoReport())
        // Tar archives are written anew member by member, before the other inputs (whose
        // scan ends the report).
        var tarRedactions = 0, tarCopies = 0, tarFailures = 0
        let isTar: (InputEntry) -> Bool = {
            if case .file(let path, _) = $0, !path.isStandardInput { return TarRedaction.isTarArchive(path) }
            return false
        }
        let tars = entries.filter(isTar)
        let tarRedaction = TarRedaction(patterns: patterns, policy: policy, options: selection.scanOptions())
        for entry in tars {
            do {
                let output = try destinations.open(for: entry.path, compressed: false, wrapsGzip: false)
                tarRedactions += try tarRedaction.redact(entry.path, into: output, report: problems)
                tarCopies += 1
                problems.endInput(entry.path, outcome: .scanned)
            } catch {
                tarFailures += 1
                problems.endInput(entry.path, outcome: .failed("\(error); no copy written"))
            }
        }

        let redactor = RedactingSink(patterns: patterns, policy: policy, minConfidence: selection.minConfidence,
                                     allowlist: selection.configuration?.allowlist, next: problems) { input, compressed in
            try destinations.open(for: input, compressed: compressed)
        }
        let summary = Scanner(patterns: patterns, options: selection.scanOptions(keepsChunkBytes: true))
            .scan(entries.filter { !isTar($0) }, into: redactor)
        let failures = redactor.failures + tarFailures
        if !options.quiet {
            Diagnostics.write("piiscan: \(redactor.redactions + tarRedactions) findings redacted in \(redactor.copiesWritten + tarCopies) copies"
                              + (failures > 0 ? "; \(failures) inputs not redacted" : ""))
        }
        return failures > 0 || summary.errors > 0 ? 2 : 0
    }

    private func key() throws -> PseudonymKey? {
        if let file = options.keyFile { return try PseudonymKey(contentsOfFile: file) }
        if let value = ProcessInfo.processInfo.environment["PIISCAN_KEY"] { return try PseudonymKey(bytes: Array(value.utf8)) }
        return nil
    }
}

/// A sink that drops everything: `redact` without `--report`.
final class NoReport: FindingSink {
    func findings(_ findings: ChunkFindings, in input: InputPath, member: String?) {}
    func endInput(_ input: InputPath, outcome: InputOutcome) {}
    func finish(_ summary: ScanSummary) {}
}

/// Where the copy of each input goes.
final class Destinations {
    private enum Mode {
        case standardOutput
        case file(String)
        case folder(String)
        case inPlace(backupSuffix: String?)
    }

    private let mode: Mode
    private let severalRoots: Bool
    private var targets: [InputPath: String] = [:]

    init(options: Redact) throws {
        var isFolder: ObjCBool = false
        severalRoots = options.selection.paths.count > 1
        if options.inPlace {
            mode = .inPlace(backupSuffix: options.backupSuffix)
        } else if let output = options.output {
            let exists = FileManager.default.fileExists(atPath: output, isDirectory: &isFolder)
            let oneFile = options.selection.paths.count == 1
                && (options.selection.paths[0] == "-" || Self.isRegularFile(options.selection.paths[0]))
            if oneFile && !(exists && isFolder.boolValue) {
                mode = .file(output)
            } else {
                if !exists {
                    try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true,
                                                            attributes: [.posixPermissions: 0o700])
                } else if !isFolder.boolValue {
                    throw RedactionError("--output '\(output)' must be a folder for folders or several inputs")
                }
                mode = .folder(output)
            }
        } else {
            mode = .standardOutput
        }
    }

    private static func isRegularFile(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
    }

    /// Records where the copies of `entries`, found under the argument `root`, go.
    func add(_ entries: [InputEntry], from root: String) throws {
        for entry in entries {
            guard case .file(let path, _) = entry, !path.isStandardInput else { continue }
            switch mode {
            case .standardOutput, .inPlace: break
            case .file(let output):
                if Self.sameFile(path.description, output) {
                    throw RedactionError("--output '\(output)' is the input itself: use --in-place to replace it")
                }
                targets[path] = output
            case .folder(let folder):
                // One argument: its tree goes straight under the folder; several: each under its own name.
                let full = path.description
                let rootName = URL(fileURLWithPath: root).lastPathComponent
                var relative: String
                if Self.isRegularFile(root) {
                    relative = URL(fileURLWithPath: full).lastPathComponent
                } else {
                    relative = String(full.dropFirst(root.count))
                    while relative.hasPrefix("/") { relative.removeFirst() }
                    if severalRoots { relative = rootName + "/" + relative }
                }
                let target = folder + "/" + relative
                if Self.sameFile(full, target) {
                    throw RedactionError("the copy of '\(full)' would replace it: choose an --output outside the input")
                }
                targets[path] = target
            }
        }
    }

    private static func sameFile(_ a: String, _ b: String) -> Bool {
        var sa = stat(), sb = stat()
        return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino
    }

    /// The output for `input`; a gzip input gets a gzip copy unless `wrapsGzip` is false.
    func open(for input: InputPath, compressed: Bool, wrapsGzip: Bool = true) throws -> RedactedOutput {
        var output: RedactedOutput
        var path: String
        switch mode {
        case .standardOutput:
            output = StandardOutput()
            path = "-"
        case .file(let target):
            path = target
            output = try AtomicFileOutput(path: target)
        case .folder(let target) where input.isStandardInput:
            path = target
            output = try AtomicFileOutput(path: target)
        case .folder:
            guard let target = targets[input] else { throw RedactionError("no destination for '\(input)'") }
            path = target
            try FileManager.default.createDirectory(atPath: URL(fileURLWithPath: target).deletingLastPathComponent().path,
                                                    withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            output = try AtomicFileOutput(path: target)
        case .inPlace(let suffix):
            path = input.description
            var info = stat()
            guard stat(path, &info) == 0 else { throw RedactionError("'\(path)' vanished before its copy was written") }
            output = try AtomicFileOutput(path: path, mode: info.st_mode & 0o7777, backupSuffix: suffix)
        }
        // A gzip input gives a gzip copy (one that inflates to nothing has sent no chunk).
        if wrapsGzip && (compressed || !input.isStandardInput && Self.startsWithGzipMagic(input.description)) {
            output = try GzipOutput(output)
        }
        return output
    }

    private static func startsWithGzipMagic(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path), let head = try? handle.read(upToCount: 2) else { return false }
        return head == Data([0x1F, 0x8B])
    }
}
