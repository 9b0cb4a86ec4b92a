/// One pattern as written in a pattern file: the public pattern-file contract.
///
/// See README, "Pattern files", for the YAML form of each field.
public struct PatternDefinition: Sendable, Equatable {
    /// Unique id; a user pattern with the id of a default pattern replaces it.
    public var id: String
    /// Output category, such as `email` or `special_category`.
    public var category: String
    /// Optional finer category, such as `health`.
    public var subcategory: String?
    public var description: String
    /// A PCRE2 regular expression, matched against bytes within one line.
    public var regex: String
    /// Confidence of a match that passed validation.
    public var confidence: Confidence = .medium
    /// A named Swift check the match must pass.
    public var validator: Validator?
    /// Words near the match that raise its confidence (or that the match requires).
    public var context: ContextRule?
    /// Words right before the match that mark it as something else (an id, a reference).
    public var negativeContext: ContextRule?
    /// Bytes or keywords of which a line must contain at least one for the regex to run.
    public var prefilter: PrefilterSpec?
    /// Whether a finding of this pattern identifies a person directly (an email, a card…).
    public var isIdentifier = false
    /// Confidence of a finding whose line also holds a direct identifier.
    public var withIdentifier: Confidence?
    /// Strings that must produce a finding of this pattern (see `PatternExample`).
    public var matchExamples: [String] = []
    /// Strings that must produce no finding of this pattern at any confidence.
    public var noMatchExamples: [String] = []
    /// Where the pattern was defined.
    public var source: SourceLocation

    public init(id: String, category: String, description: String, regex: String, source: SourceLocation) {
        self.id = id
        self.category = category
        self.description = description
        self.regex = regex
        self.source = source
    }
}

/// Context words within a window of bytes around a match.
public struct ContextRule: Sendable, Equatable {
    /// Lower-case words; matched case-insensitively.
    public var words: [String]
    /// How many bytes before the match (and after it, for `context`) are searched.
    public var window: Int = 40
    /// Confidence of a match with a context word nearby.
    public var confidence: Confidence = .high
    /// Whether a match without a context word is dropped.
    public var isRequired = false
}

/// Cheap conditions that decide whether a line can hold a match at all.
public struct PrefilterSpec: Sendable, Equatable {
    /// Any of these bytes in the line.
    public var bytes: [UInt8] = []
    /// Any of these words (case-insensitive, 3 bytes or more) in the line.
    public var keywords: [String] = []
    /// With a lead, every match holds one of the bytes or keywords, starting at most `lead`
    /// bytes after the match start; the regex then runs only in the windows before them
    /// instead of over the whole line.
    public var lead: Int?
    /// The largest `lead` a pattern file may declare.
    public static let maximumLead = 4096
}

/// A file and 1-based line.
public struct SourceLocation: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }
    public var description: String { "\(file):\(line)" }
}

/// A pattern file that could not be loaded, with the place of the problem.
public struct PatternFileError: Error, CustomStringConvertible, Equatable {
    public var location: SourceLocation
    public var message: String
    public init(_ location: SourceLocation, _ message: String) {
        self.location = location
        self.message = message
    }
    public var description: String { "\(location): \(message)" }
}
