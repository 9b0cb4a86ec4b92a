import ArgumentParser
import PIIScan

/// `piiscan redact`: copies of files, directories or standard input with the personal data replaced.
struct Redact: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "redact",
        abstract: "Write copies of files, directories or standard input with personal data replaced.",
        discussion: """
        Everything but the findings is copied byte for byte. Standard input goes to
        standard output (or --output FILE); a file goes to --output FILE, a folder
        to --output DIR (the tree is mirrored), or each file is replaced with
        --in-place. A .gz input gives a .gz copy; a tar archive gives a tar archive
        with its members redacted. Copies are written to a temporary file and
        renamed into place only when complete: an error leaves no partial file and
        never touches the original.

        Operators (--operator CATEGORY=OPERATOR,...; * for every category):
          mask     * for letters and digits, separators kept (default)
          tag      the category in brackets, [EMAIL]
                   (default for special_category)
          partial  keep what is safe: last four card digits, the email domain,
                   two IPv4 octets
          hash     keyed pseudonym (HMAC-SHA-256): same value and key, same
                   pseudonym; needs --key-file or PIISCAN_KEY
          remove   delete the value
        A bare number in a dump row or CSV field stays a number of its length
        (zeros, or digits from the key), and remove writes the row's NULL, so the
        copy still loads.

        Exit codes: 0 every copy written, 2 an input could not be redacted or a
        usage error.
        """
    )

    @OptionGroup var selection: SelectionOptions

    @Option(name: [.short, .long], help: ArgumentHelp(
        "The copy: a file for one input, a folder (mirroring the tree) for folders or several inputs.", valueName: "path"))
    var output: String?

    @Flag(help: "Replace each input file with its redacted copy once the copy is complete and synced.")
    var inPlace = false

    @Option(help: ArgumentHelp("With --in-place, keep each original under its name plus this suffix.", valueName: "suffix"))
    var backupSuffix: String?

    @Option(name: .customLong("operator"), help: ArgumentHelp(
        "Operators by category, CATEGORY=OPERATOR[,...] (repeatable): mask, tag, partial, hash, remove.", valueName: "spec"))
    var operatorSpecs: [String] = []

    @Option(help: ArgumentHelp("The key for hash pseudonyms (otherwise $PIISCAN_KEY); at least 16 bytes.", valueName: "file"))
    var keyFile: String?

    @Option(help: ArgumentHelp("Also write a findings report to this file (mode 0600).", valueName: "file"))
    var report: String?

    @Option(help: "Format of --report: text, jsonl, json, summary or sarif.")
    var format: OutputFormat = .text

    @Flag(help: "Print matched values unmasked in the report.")
    var showValues = false

    @Flag(name: .shortAndLong, help: "Do not print the summary line on standard error.")
    var quiet = false

    func validate() throws {
        try selection.requirePaths()
        let stdin = selection.paths.contains("-")
        if inPlace {
            guard output == nil else { throw ValidationError("--in-place and --output exclude each other") }
            guard !stdin else { throw ValidationError("standard input cannot be redacted in place: use --output or a pipe") }
        } else {
            guard backupSuffix == nil else { throw ValidationError("--backup-suffix needs --in-place") }
            guard output != nil || selection.paths == ["-"] else {
                throw ValidationError("name where the copies go: --output PATH, or --in-place")
            }
            if stdin && selection.paths.count > 1 {
                throw ValidationError("standard input cannot be redacted together with other inputs")
            }
        }
        if let backupSuffix, backupSuffix.isEmpty || backupSuffix.contains("/") {
            throw ValidationError("--backup-suffix must be a non-empty name suffix without /")
        }
    }

    func run() throws {
        throw ExitCode(RedactFrontend(options: self).run())
    }
}
