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

    public init(words: [String], window: Int = 40, confidence: Confidence = .high, isRequired: Bool = false) {
        self.words = words
        self.window = window
        self.confidence = confidence
        self.isRequired = isRequired
    }
}

/// Cheap conditions that decide whether a line can hold a match at all.
public struct PrefilterSpec: Sendable, Equatable {
    /// Any of these bytes in the line.
    public var bytes: [UInt8] = []
    /// Any of these words (case-insensitive, 3 bytes or more) in the line.
    public var keywords: [String] = []
    /// With a lead, every match holds one of the triggers (a byte, a keyword or a digit run),
    /// starting at most `lead` bytes after the match start; the regex then runs only in the
    /// windows before them instead of over the whole line.
    public var lead: Int?
    /// With a lead: a trigger byte or digit run counts only where the byte before it is in
    /// this class.
    public var before: ByteClass?
    /// With a lead: a trigger byte or digit run counts only where the byte after it is in
    /// this class.
    public var after: ByteClass?
    /// Keywords count only where a word starts: the byte before is not a letter, digit or `_`.
    public var wordStart = false
    /// With a lead: the first digit of a run of at least this many ASCII digits (not preceded
    /// by a digit) is a trigger.
    public var digits: Int?
    /// With `digits`: a run of more than this many digits is not a trigger (a match that
    /// spans a whole run, with no digit on either side, cannot hold a longer one).
    public var maxDigits: Int?
    /// With a lead: a position where bytes of these classes (one to four) follow one another
    /// is a trigger, such as an IBAN's country code and check digits.
    public var sequence: [ByteClass] = []
    /// With a lead: a trigger byte or digit run counts only where the text at it has this
    /// shape (see `TriggerShape`).
    public var shape: TriggerShape?
    /// With a lead: every byte from the match start up to its trigger is in this class, so
    /// the window before a trigger ends at the nearest byte outside it.
    public var leadBytes: ByteClass?
    /// The largest `lead` a pattern file may declare.
    public static let maximumLead = 4096

    /// No condition yet; set the fields one by one.
    public init() {}
}

/// A set of byte values, written like the inside of a regex class: `0-9A-Fa-f:`, or `^0-9`
/// for every byte but those. Like a lookaround, a line edge (no byte) is in a negated class
/// only: `before: '0-9'` fails at the line start, `before: '^0-9'` holds there.
public struct ByteClass: Sendable, Equatable {
    @usableFromInline var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    /// Whether the class was written with `^`.
    public private(set) var isNegated = false

    /// The class of the given bit words (byte `b` is bit `b % 64` of word `b / 64`), for code
    /// generated from a parsed class (`bitWords`).
    package init(bitWords: (UInt64, UInt64, UInt64, UInt64), isNegated: Bool) {
        bits = bitWords
        self.isNegated = isNegated
    }

    /// The bit words of the class, as `init(bitWords:isNegated:)` takes them.
    package var bitWords: (UInt64, UInt64, UInt64, UInt64) { bits }

    /// Parses single ASCII characters and ranges `a-z`, after an optional `^`; a `-` first or
    /// last is itself. Returns nil for an empty, non-ASCII or reversed class.
    public init?(_ text: String) {
        var b = Array(text.utf8)
        if b.first == UInt8(ascii: "^") {
            isNegated = true
            b.removeFirst()
        }
        guard !b.isEmpty, b.allSatisfy({ $0 < 0x80 }) else { return nil }
        var i = 0
        while i < b.count {
            if i + 2 < b.count, b[i + 1] == UInt8(ascii: "-") {
                guard b[i] <= b[i + 2] else { return nil }
                for v in b[i]...b[i + 2] { insert(v) }
                i += 3
            } else {
                insert(b[i])
                i += 1
            }
        }
        if isNegated { bits = (~bits.0, ~bits.1, ~bits.2, ~bits.3) }
    }

    private mutating func insert(_ byte: UInt8) {
        let bit = UInt64(1) << UInt64(byte & 63)
        switch byte >> 6 {
        case 0: bits.0 |= bit
        case 1: bits.1 |= bit
        case 2: bits.2 |= bit
        default: bits.3 |= bit
        }
    }

    /// Whether `byte` is in the class.
    @inlinable @inline(__always)
    public func contains(_ byte: UInt8) -> Bool {
        // Selects rather than a switch: a jump table mispredicts on mixed text.
        let low = byte & 0x40 == 0 ? bits.0 : bits.1
        let high = byte & 0x40 == 0 ? bits.2 : bits.3
        let word = byte & 0x80 == 0 ? low : high
        return word >> UInt64(byte & 63) & 1 != 0
    }

    public static func == (a: ByteClass, b: ByteClass) -> Bool { a.bits == b.bits && a.isNegated == b.isNegated }
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
