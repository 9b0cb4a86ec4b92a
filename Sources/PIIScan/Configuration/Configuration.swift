import Foundation
import Yams

/// A project's `.piiscan.yaml`: what to look for, where, and what to accept.
///
/// ```yaml
/// min_confidence: medium
/// categories: [email, phone]          # look only for these
/// exclude_categories: [ipv4]
/// include_paths: ["*.log"]
/// exclude_paths: [vendor, "fixtures/*"]
/// operators: {email: hash, "*": mask} # for piiscan redact
/// allow:                              # values never reported
///   - "*@example.com"
///   - 10.0.0.0/8
///   - support@shop.example
/// allow_test_cards: true              # published sandbox card numbers
/// ```
///
/// Unknown keys and wrong types are errors with the file and line.
public struct Configuration: Sendable {
    /// The file it was read from.
    public var file: String
    public var categories: [String] = []
    public var excludeCategories: [String] = []
    public var minConfidence: Confidence?
    public var includePaths: [String] = []
    public var excludePaths: [String] = []
    /// `CATEGORY=OPERATOR` specs, in file order.
    public var operatorSpecs: [String] = []
    public var allowlist = ValueAllowlist()

    /// The name looked for.
    public static let fileName = ".piiscan.yaml"

    static let keys: Set<String> = ["categories", "exclude_categories", "min_confidence", "include_paths",
                                    "exclude_paths", "operators", "allow", "allow_test_cards"]

    /// The configuration file for `directory`: the first `.piiscan.yaml` in it or a folder
    /// above it, up to the repository root (the first folder that holds `.git`).
    public static func find(from directory: String) -> String? {
        var url = URL(fileURLWithPath: directory).standardizedFileURL
        let fileManager = FileManager.default
        while true {
            let candidate = url.appendingPathComponent(fileName).path
            if fileManager.fileExists(atPath: candidate) { return candidate }
            if fileManager.fileExists(atPath: url.appendingPathComponent(".git").path) { return nil }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }

    /// Reads and checks the file at `path`.
    public static func load(_ path: String) throws -> Configuration {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PatternFileError(SourceLocation(file: path, line: 1), "cannot read the configuration file")
        }
        return try parse(String(decoding: data, as: UTF8.self), file: path)
    }

    /// Parses the text of a configuration file named `file` (used in errors).
    public static func parse(_ text: String, file: String) throws -> Configuration {
        var config = Configuration(file: file)
        let root: Node?
        do {
            root = try PatternFileParser.compose(text)
        } catch let error as YamlError {
            let (line, problem) = PatternFileParser.yamlProblem(error)
            throw PatternFileError(SourceLocation(file: file, line: line), "invalid YAML: \(problem)")
        }
        guard let root else { return config }
        func fail(_ node: Node, _ message: String) -> PatternFileError {
            PatternFileError(PatternFileParser.location(node, file), message)
        }
        guard let mapping = root.mapping else { throw fail(root, "the configuration is a mapping of keys to values") }
        func strings(_ node: Node, _ key: String) throws -> [String] {
            let items = node.sequence.map(Array.init) ?? [node]
            return try items.map { item in
                guard let s = item.scalar?.string, !s.isEmpty else { throw fail(item, "'\(key)' must be a list of strings") }
                return s
            }
        }
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string, keys.contains(key) else {
                throw fail(keyNode, "unknown key '\(keyNode.scalar?.string ?? "?")' (known: \(keys.sorted().joined(separator: ", ")))")
            }
            switch key {
            case "categories": config.categories = try strings(value, key)
            case "exclude_categories": config.excludeCategories = try strings(value, key)
            case "include_paths": config.includePaths = try strings(value, key)
            case "exclude_paths": config.excludePaths = try strings(value, key)
            case "min_confidence":
                guard let name = value.scalar?.string, let c = Confidence(name: name) else {
                    throw fail(value, "'min_confidence' must be low, medium or high")
                }
                config.minConfidence = c
            case "operators":
                guard let ops = value.mapping else { throw fail(value, "'operators' maps categories to operators: {email: hash}") }
                for (category, op) in ops {
                    guard let c = category.scalar?.string, let o = op.scalar?.string, RedactionOperator(rawValue: o) != nil else {
                        throw fail(op, "an operator is one of " + RedactionOperator.allCases.map(\.rawValue).joined(separator: ", "))
                    }
                    config.operatorSpecs.append("\(c)=\(o)")
                }
            case "allow":
                for entry in try strings(value, key) { config.allowlist.add(entry) }
            case "allow_test_cards":
                guard let flag = PatternFileParser.flag(value) else { throw fail(value, "'allow_test_cards' must be true or false") }
                if flag { config.allowlist.addTestCards() }
            default: break
            }
        }
        return config
    }
}
