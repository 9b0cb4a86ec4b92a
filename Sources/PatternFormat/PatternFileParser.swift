import Yams

/// Reads pattern files (YAML lists of pattern mappings) into `PatternDefinition`s.
///
/// Every problem is reported with the file and line it is on; unknown keys are errors, so a
/// misspelt key never silently changes what a pattern does.
public enum PatternFileParser {
    static let patternKeys: Set<String> = [
        "id", "category", "subcategory", "description", "regex", "confidence", "validator",
        "context", "negative_context", "prefilter", "identifier", "with_identifier", "examples",
    ]

    /// Scalars are not resolved to types: Yams's default resolver tries seven regexes
    /// (`NSRegularExpression`) on every scalar, a fifth of piiscan's start-up. Numbers are read
    /// from the text anyway; booleans with `flag(_:)`.
    static let resolver = Resolver.basic

    /// Composes the YAML `text` into nodes with `resolver`, UTF-8 named outright: Yams's
    /// default encoding reads the whole process environment at each call.
    package static func compose(_ text: String) throws -> Node? {
        try Yams.compose(yaml: text, resolver, .default, .utf8)
    }

    /// Parses the text of one pattern file named `file` (used in errors).
    public static func parse(_ text: String, file: String) throws -> [PatternDefinition] {
        let root: Node?
        do {
            root = try compose(text)
        } catch let error as YamlError {
            let (line, problem) = yamlProblem(error)
            throw PatternFileError(SourceLocation(file: file, line: line), "invalid YAML: \(problem)")
        }
        guard let root else { return [] }
        guard let list = root.sequence else {
            throw PatternFileError(location(root, file), "a pattern file is a list of patterns")
        }
        return try list.map { try parsePattern($0, file: file) }
    }

    package static func yamlProblem(_ error: YamlError) -> (line: Int, problem: String) {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return (mark.line, problem)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return (context.mark.line, "duplicate keys \(duplicates.joined(separator: ", "))")
        default:
            return (1, "\(error)")
        }
    }

    /// A boolean written plain as YAML 1.1 and Yams's default resolver spell it (`true`, `yes`,
    /// `on`, `false`, `no`, `off`, in lower, title or upper case); nil for anything else,
    /// quoted strings included.
    package static func flag(_ node: Node) -> Bool? {
        guard let scalar = node.scalar, scalar.style == .plain || scalar.style == .any else { return nil }
        switch scalar.string {
        case "true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON": return true
        case "false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF": return false
        default: return nil
        }
    }

    package static func location(_ node: Node, _ file: String) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 1)
    }

    static func parsePattern(_ node: Node, file: String) throws -> PatternDefinition {
        guard let mapping = node.mapping else {
            throw PatternFileError(location(node, file), "a pattern is a mapping of keys to values")
        }
        var fields: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                throw PatternFileError(location(key, file), "keys are plain strings")
            }
            guard patternKeys.contains(name) else {
                throw PatternFileError(location(key, file),
                                       "unknown key '\(name)' (known: \(patternKeys.sorted().joined(separator: ", ")))")
            }
            guard fields[name] == nil else { throw PatternFileError(location(key, file), "duplicate key '\(name)'") }
            fields[name] = value
        }
        func string(_ key: String) throws -> String? {
            guard let value = fields[key] else { return nil }
            guard let s = value.scalar?.string, !s.isEmpty else {
                throw PatternFileError(location(value, file), "'\(key)' must be a non-empty string")
            }
            return s
        }
        func required(_ key: String) throws -> String {
            guard let s = try string(key) else {
                throw PatternFileError(location(node, file), "pattern lacks required key '\(key)'")
            }
            return s
        }
        func confidence(_ key: String, in value: Node?) throws -> Confidence? {
            guard let value else { return nil }
            guard let name = value.scalar?.string, let c = Confidence(name: name) else {
                throw PatternFileError(location(value, file), "'\(key)' must be low, medium or high")
            }
            return c
        }

        var pattern = PatternDefinition(
            id: try required("id"), category: try required("category"),
            description: try required("description"), regex: try required("regex"),
            source: location(node, file))
        for key in ["id", "category", "subcategory"] {
            if let value = try string(key), !value.allSatisfy({ $0.isLetter || $0.isNumber || "_.-".contains($0) }) {
                throw PatternFileError(location(fields[key]!, file), "'\(key)' may hold only letters, digits, '_', '.' and '-'")
            }
        }
        pattern.subcategory = try string("subcategory")
        pattern.confidence = try confidence("confidence", in: fields["confidence"]) ?? .medium
        pattern.withIdentifier = try confidence("with_identifier", in: fields["with_identifier"])
        if let name = try string("validator") {
            guard let validator = Validator(rawValue: name) else {
                throw PatternFileError(location(fields["validator"]!, file),
                                       "unknown validator '\(name)' (known: \(Validator.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            pattern.validator = validator
        }
        if let value = fields["identifier"] {
            guard let flag = flag(value) else { throw PatternFileError(location(value, file), "'identifier' must be true or false") }
            pattern.isIdentifier = flag
        }
        if let value = fields["context"] { pattern.context = try parseContext(value, file: file, negative: false) }
        if let value = fields["negative_context"] { pattern.negativeContext = try parseContext(value, file: file, negative: true) }
        if let value = fields["prefilter"] { pattern.prefilter = try parsePrefilter(value, file: file) }
        if let value = fields["examples"] {
            let examples = try parseSubmapping(value, file: file, keys: ["match", "no_match"])
            if let list = examples["match"] { pattern.matchExamples = try stringList(list, file: file) }
            if let list = examples["no_match"] { pattern.noMatchExamples = try stringList(list, file: file) }
        }
        return pattern
    }

    static func parseSubmapping(_ node: Node, file: String, keys: Set<String>) throws -> [String: Node] {
        guard let mapping = node.mapping else {
            throw PatternFileError(location(node, file), "expected a mapping with keys \(keys.sorted().joined(separator: ", "))")
        }
        var result: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string, keys.contains(name) else {
                throw PatternFileError(location(key, file),
                                       "unknown key '\(key.scalar?.string ?? "?")' (known: \(keys.sorted().joined(separator: ", ")))")
            }
            result[name] = value
        }
        return result
    }

    static func stringList(_ node: Node, file: String) throws -> [String] {
        guard let list = node.sequence else { throw PatternFileError(location(node, file), "expected a list of strings") }
        return try list.map { item in
            guard let s = item.scalar?.string else { throw PatternFileError(location(item, file), "expected a string") }
            return s
        }
    }

    static func parseContext(_ node: Node, file: String, negative: Bool) throws -> ContextRule {
        let keys: Set<String> = negative ? ["words", "window"] : ["words", "window", "confidence", "required"]
        let fields = try parseSubmapping(node, file: file, keys: keys)
        guard let wordsNode = fields["words"] else { throw PatternFileError(location(node, file), "context lacks 'words'") }
        let words = try stringList(wordsNode, file: file).map { $0.lowercased() }
        guard !words.isEmpty, words.allSatisfy({ !$0.isEmpty }) else {
            throw PatternFileError(location(wordsNode, file), "context words must be non-empty")
        }
        var rule = ContextRule(words: words, window: negative ? 16 : 40)
        if let value = fields["window"] {
            guard let n = value.int, (1...4096).contains(n) else {
                throw PatternFileError(location(value, file), "'window' must be a number of bytes from 1 to 4096")
            }
            rule.window = n
        }
        if let value = fields["confidence"] {
            guard let name = value.scalar?.string, let c = Confidence(name: name) else {
                throw PatternFileError(location(value, file), "'confidence' must be low, medium or high")
            }
            rule.confidence = c
        }
        if let value = fields["required"] {
            guard let flag = flag(value) else { throw PatternFileError(location(value, file), "'required' must be true or false") }
            rule.isRequired = flag
        }
        return rule
    }

    static func parsePrefilter(_ node: Node, file: String) throws -> PrefilterSpec {
        let fields = try parseSubmapping(node, file: file,
                                         keys: ["bytes", "keywords", "digits", "max_digits", "lead", "before", "after", "word_start", "shape",
                                                "lead_bytes", "sequence"])
        var spec = PrefilterSpec()
        if let value = fields["bytes"] {
            guard let s = value.scalar?.string, !s.isEmpty, s.utf8.allSatisfy({ $0 < 0x80 }) else {
                throw PatternFileError(location(value, file), "'bytes' must be a non-empty string of ASCII characters")
            }
            spec.bytes = Array(s.utf8)
        }
        if let value = fields["keywords"] {
            spec.keywords = try stringList(value, file: file)
            if let short = spec.keywords.first(where: { $0.utf8.count < 3 }) {
                throw PatternFileError(location(value, file), "prefilter keyword '\(short)' is shorter than 3 bytes")
            }
        }
        if let value = fields["digits"] {
            guard let digits = value.int, (1...64).contains(digits) else {
                throw PatternFileError(location(value, file), "'digits' must be a whole number from 1 to 64")
            }
            spec.digits = digits
        }
        if let value = fields["max_digits"] {
            guard let digits = spec.digits else { throw PatternFileError(location(value, file), "'max_digits' needs 'digits'") }
            guard let maxDigits = value.int, (digits...64).contains(maxDigits) else {
                throw PatternFileError(location(value, file), "'max_digits' must be a whole number from 'digits' (\(digits)) to 64")
            }
            spec.maxDigits = maxDigits
        }
        if let value = fields["sequence"] {
            guard let items = value.sequence, (1...4).contains(items.count) else {
                throw PatternFileError(location(value, file), "'sequence' must be a list of 1 to 4 byte classes")
            }
            spec.sequence = try items.map { try parseByteClass($0, key: "sequence", file: file) }
        }
        guard !spec.bytes.isEmpty || !spec.keywords.isEmpty || spec.digits != nil || !spec.sequence.isEmpty else {
            throw PatternFileError(location(node, file), "a prefilter needs 'bytes', 'keywords', 'digits' or 'sequence'")
        }
        if let value = fields["lead"] {
            guard let lead = value.int, (0...PrefilterSpec.maximumLead).contains(lead) else {
                throw PatternFileError(location(value, file),
                                       "'lead' must be a whole number from 0 to \(PrefilterSpec.maximumLead)")
            }
            spec.lead = lead
        }
        for key in ["before", "after"] {
            guard let value = fields[key] else { continue }
            let byteClass = try parseByteClass(value, key: key, file: file)
            guard !spec.bytes.isEmpty || spec.digits != nil || !spec.sequence.isEmpty, spec.lead != nil else {
                throw PatternFileError(location(value, file), "'\(key)' needs 'bytes', 'digits' or 'sequence', and 'lead'")
            }
            if key == "before" { spec.before = byteClass } else { spec.after = byteClass }
        }
        if let value = fields["lead_bytes"] {
            spec.leadBytes = try parseByteClass(value, key: "lead_bytes", file: file)
            guard spec.lead != nil else { throw PatternFileError(location(value, file), "'lead_bytes' needs 'lead'") }
        }
        for key in ["digits", "sequence"] where fields[key] != nil && spec.lead == nil {
            throw PatternFileError(location(fields[key]!, file), "'\(key)' needs 'lead'")
        }
        if let value = fields["word_start"] {
            guard let flag = flag(value) else { throw PatternFileError(location(value, file), "'word_start' must be true or false") }
            guard !spec.keywords.isEmpty else {
                throw PatternFileError(location(value, file), "'word_start' needs 'keywords'")
            }
            spec.wordStart = flag
        }
        if let value = fields["shape"] {
            let names = TriggerShape.allCases.map(\.rawValue).joined(separator: ", ")
            guard let name = value.scalar?.string, let shape = TriggerShape(rawValue: name) else {
                throw PatternFileError(location(value, file), "'shape' must be one of: \(names)")
            }
            guard !spec.bytes.isEmpty || spec.digits != nil, spec.lead != nil else {
                throw PatternFileError(location(value, file), "'shape' needs 'bytes' or 'digits', and 'lead'")
            }
            spec.shape = shape
        }
        return spec
    }

    private static func parseByteClass(_ value: Node, key: String, file: String) throws -> ByteClass {
        guard let text = value.scalar?.string, let byteClass = ByteClass(text) else {
            throw PatternFileError(location(value, file),
                                   "'\(key)' must be ASCII characters and ranges such as '0-9A-F:' or '^0-9'")
        }
        return byteClass
    }
}
