/// What replaces a finding in a redacted copy.
///
/// The names are part of the command-line contract (`--operator email=hash,...`).
public enum RedactionOperator: String, Sendable, CaseIterable {
    /// The same length, `*` for each letter and digit, separators kept: `***-**-****`.
    case mask
    /// The category in brackets: `[EMAIL]`, `[SPECIAL_CATEGORY:HEALTH]`.
    case tag
    /// What is safe and useful kept: the last four digits of a card or SSN, the domain of an
    /// email, the first two octets of an IPv4 address; the rest masked.
    case partial
    /// A keyed pseudonym (HMAC-SHA-256) shaped like the value, in a reserved range.
    case hash
    /// Nothing.
    case remove
}

/// Which operator applies to which category, and the key for `hash`.
public struct RedactionPolicy: Sendable {
    /// Operators chosen by category; others get the default for their category.
    public var operators: [String: RedactionOperator]
    /// The key of `hash`; required when any category uses it.
    public var key: PseudonymKey?

    /// Fails when an operator is `hash` and there is no key.
    public init(operators: [String: RedactionOperator] = [:], key: PseudonymKey? = nil) throws {
        if key == nil, let category = operators.first(where: { $0.value == .hash })?.key {
            throw RedactionError("the hash operator (chosen for \(category)) needs a key: give --key-file or set PIISCAN_KEY")
        }
        self.operators = operators
        self.key = key
    }

    /// The operator for a category: the chosen one, else `tag` for special-category data and
    /// `mask` for everything else.
    public func operatorFor(category: String) -> RedactionOperator {
        operators[category] ?? (category == "special_category" ? .tag : .mask)
    }

    /// Parses `email=hash,credit_card=partial`; `*=tag` (or `all=tag`) sets every category.
    public static func parseOperators(_ specs: [String], categories: Set<String>) throws -> [String: RedactionOperator] {
        var result: [String: RedactionOperator] = [:]
        for spec in specs {
            for item in spec.split(separator: ",", omittingEmptySubsequences: true) {
                let parts = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count == 2, let op = RedactionOperator(rawValue: parts[1]) else {
                    throw RedactionError("bad operator '\(item)': write CATEGORY=OPERATOR, operators: "
                                         + RedactionOperator.allCases.map(\.rawValue).joined(separator: ", "))
                }
                if parts[0] == "*" || parts[0] == "all" {
                    for category in categories { result[category] = op }
                } else if categories.contains(parts[0]) {
                    result[parts[0]] = op
                } else {
                    throw RedactionError("unknown category '\(parts[0])' in --operator (known: \(categories.sorted().joined(separator: ", ")))")
                }
            }
        }
        return result
    }
}

/// A redaction that cannot go ahead: bad options, a missing key, an output that cannot be written.
public struct RedactionError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}

import Foundation
