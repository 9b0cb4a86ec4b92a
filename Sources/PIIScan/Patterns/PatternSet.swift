/// A pattern ready to run: its definition, its compiled regex and its lower-cased context words.
public final class CompiledPattern: Sendable {
    public let definition: PatternDefinition
    let regex: CompiledRegex
    /// Whether findings of this pattern are reported. Patterns that are not reported still run
    /// when reported patterns escalate on direct identifiers.
    public let isReported: Bool
    let contextWords: WordSet
    let negativeWords: WordSet

    init(_ definition: PatternDefinition, isReported: Bool) throws {
        self.definition = definition
        self.isReported = isReported
        do {
            regex = try CompiledRegex(definition.regex, offsetLimit: definition.prefilter?.lead != nil)
        } catch let error as RegexError {
            throw PatternFileError(definition.source, "pattern '\(definition.id)': invalid regex: \(error)")
        }
        if regex.matches([]) {
            throw PatternFileError(definition.source, "pattern '\(definition.id)': the regex matches the empty string")
        }
        contextWords = WordSet(definition.context?.words ?? [])
        negativeWords = WordSet(definition.negativeContext?.words ?? [])
    }
}

/// The compiled patterns of one scan, compiled and JIT-compiled once and shared by all threads.
public final class PatternSet: Sendable {
    /// The patterns that run, reported ones and identifiers kept for escalation.
    public let patterns: [CompiledPattern]
    let prefilter: LinePrefilter
    /// Per pattern, where its regex needs to run in a line, for patterns with a prefilter lead.
    let triggers: [TriggerFinder?]
    /// Whether any pattern escalates on direct identifiers in the same line.
    let escalates: Bool
    /// The shortest digit run that triggers a pattern (`PrefilterSpec.digits`).
    let shortestDigitTrigger: Int

    /// Compiles `definitions`, keeping those whose category is selected.
    ///
    /// - Parameters:
    ///   - categories: categories to report; nil reports all.
    ///   - excludedCategories: categories never reported.
    ///   - usePrefilter: false runs every regex on every line (for testing the prefilters).
    public init(_ definitions: [PatternDefinition], categories: Set<String>? = nil,
                excludedCategories: Set<String> = [], usePrefilter: Bool = true) throws {
        var seen: [String: SourceLocation] = [:]
        for d in definitions {
            if let first = seen[d.id] {
                throw PatternFileError(d.source, "duplicate pattern id '\(d.id)' (first defined at \(first))")
            }
            seen[d.id] = d.source
        }
        func reported(_ d: PatternDefinition) -> Bool {
            (categories?.contains(d.category) ?? true) && !excludedCategories.contains(d.category)
        }
        let reportedDefinitions = definitions.filter(reported)
        let escalates = reportedDefinitions.contains { $0.withIdentifier != nil }
        var compiled: [CompiledPattern] = []
        for d in definitions {
            let isReported = reported(d)
            guard isReported || (escalates && d.isIdentifier) else { continue }
            compiled.append(try CompiledPattern(d, isReported: isReported))
        }
        patterns = compiled
        self.escalates = escalates
        triggers = compiled.indices.map {
            usePrefilter ? TriggerFinder(compiled[$0].definition.prefilter, lineBit: LinePrefilter.bit(of: $0)) : nil
        }
        shortestDigitTrigger = triggers.compactMap { $0?.digits }.min() ?? 1
        prefilter = LinePrefilter(compiled.map { usePrefilter ? $0.definition.prefilter : nil },
                                  hasContext: compiled.map { $0.definition.context != nil })
    }

    /// Loads the default patterns plus `userPaths` and compiles the selection.
    public static func load(userPaths: [String] = [], includeDefaults: Bool = true, categories: Set<String>? = nil,
                            excludedCategories: Set<String> = [], usePrefilter: Bool = true) throws -> PatternSet {
        let definitions = try PatternLibrary.definitions(userPaths: userPaths, includeDefaults: includeDefaults)
        return try PatternSet(definitions, categories: categories, excludedCategories: excludedCategories,
                              usePrefilter: usePrefilter)
    }

    /// The categories of the reported patterns.
    public var categories: Set<String> { Set(patterns.filter(\.isReported).map(\.definition.category)) }
}
