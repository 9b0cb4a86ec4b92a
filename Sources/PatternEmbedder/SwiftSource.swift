import PatternFormat

/// Swift source text for parsed pattern definitions: expressions that rebuild each value
/// exactly. Every field is written, defaults included; `embeddedDefaultsAreThePatternFolder`
/// checks the result against a run-time parse of the same files.
enum SwiftSource {
    /// Statements that set `d` to the definition.
    static func statements(for d: PatternDefinition) -> [String] {
        [
            "d = PatternDefinition(id: \(string(d.id)), category: \(string(d.category)), "
                + "description: \(string(d.description)), regex: \(string(d.regex)), "
                + "source: SourceLocation(file: \(string(d.source.file)), line: \(d.source.line)))",
            "d.subcategory = \(optional(d.subcategory, string))",
            "d.confidence = \(confidence(d.confidence))",
            "d.validator = \(optional(d.validator) { "Validator(rawValue: \(string($0.rawValue)))!" })",
            "d.context = \(optional(d.context, contextRule))",
            "d.negativeContext = \(optional(d.negativeContext, contextRule))",
            "d.prefilter = \(optional(d.prefilter, prefilter))",
            "d.isIdentifier = \(d.isIdentifier)",
            "d.withIdentifier = \(optional(d.withIdentifier, confidence))",
            "d.matchExamples = \(strings(d.matchExamples))",
            "d.noMatchExamples = \(strings(d.noMatchExamples))",
        ]
    }

    /// A string literal holding exactly the scalars of `s`.
    static func string(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                out += "\\u{\(String(scalar.value, radix: 16))}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    static func strings(_ list: [String]) -> String {
        "[" + list.map(string).joined(separator: ", ") + "]"
    }

    static func optional<T>(_ value: T?, _ write: (T) -> String) -> String {
        value.map(write) ?? "nil"
    }

    static func confidence(_ c: Confidence) -> String {
        "Confidence(rawValue: \(c.rawValue))!"
    }

    static func contextRule(_ rule: ContextRule) -> String {
        "ContextRule(words: \(strings(rule.words)), window: \(rule.window), "
            + "confidence: \(confidence(rule.confidence)), isRequired: \(rule.isRequired))"
    }

    static func byteClass(_ c: ByteClass) -> String {
        let w = c.bitWords
        return "ByteClass(bitWords: (\(hex(w.0)), \(hex(w.1)), \(hex(w.2)), \(hex(w.3))), isNegated: \(c.isNegated))"
    }

    static func hex(_ word: UInt64) -> String { "0x" + String(word, radix: 16) }

    /// A closure expression that builds the prefilter field by field.
    static func prefilter(_ p: PrefilterSpec) -> String {
        let fields = [
            "p.bytes = [\(p.bytes.map { hex(UInt64($0)) }.joined(separator: ", "))]",
            "p.keywords = \(strings(p.keywords))",
            "p.lead = \(optional(p.lead) { "\($0)" })",
            "p.before = \(optional(p.before, byteClass))",
            "p.after = \(optional(p.after, byteClass))",
            "p.wordStart = \(p.wordStart)",
            "p.digits = \(optional(p.digits) { "\($0)" })",
            "p.maxDigits = \(optional(p.maxDigits) { "\($0)" })",
            "p.sequence = [\(p.sequence.map(byteClass).joined(separator: ", "))]",
            "p.shape = \(optional(p.shape) { "TriggerShape(rawValue: \(string($0.rawValue)))!" })",
            "p.leadBytes = \(optional(p.leadBytes, byteClass))",
        ]
        return "{ var p = PrefilterSpec(); " + fields.joined(separator: "; ") + "; return p }()"
    }
}
