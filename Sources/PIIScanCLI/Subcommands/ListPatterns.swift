import ArgumentParser
import PIIScan

/// `piiscan patterns`: list the patterns a scan would use.
struct ListPatterns: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "patterns",
        abstract: "List the patterns (defaults and --patterns files) with their categories."
    )

    @Option(name: .customLong("patterns"), help: ArgumentHelp("A pattern file or folder to add (repeatable).", valueName: "path"))
    var patternPaths: [String] = []

    func run() throws {
        do {
            let set = try PatternSet.load(userPaths: patternPaths)
            for pattern in set.patterns {
                let d = pattern.definition
                let category = d.subcategory.map { "\(d.category)/\($0)" } ?? d.category
                print("\(d.id)\t\(category)\t\(d.confidence)\t\(d.description)")
            }
        } catch {
            Diagnostics.error("\(error)")
            throw ExitCode(2)
        }
    }
}
