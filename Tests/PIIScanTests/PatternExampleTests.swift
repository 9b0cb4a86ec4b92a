import Foundation
import Testing
@testable import PIIScan

/// One example from a pattern file.
struct PatternExample: Sendable, CustomTestStringConvertible {
    let definition: PatternDefinition
    let marked: String
    let mustMatch: Bool
    var testDescription: String { "\(definition.id) \(mustMatch ? "matches" : "does not match") \(marked)" }
}

/// Every example of every pattern file in Patterns/: a pattern file carries its unit tests.
let patternExamples: [PatternExample] = {
    let definitions = try! PatternLibrary.definitions(at: repositoryRoot.appendingPathComponent("Patterns").path)
    return definitions.flatMap { d in
        d.matchExamples.map { PatternExample(definition: d, marked: $0, mustMatch: true) }
            + d.noMatchExamples.map { PatternExample(definition: d, marked: $0, mustMatch: false) }
    }
}()

@Suite struct PatternExampleTests {
    @Test(arguments: patternExamples)
    func example(_ example: PatternExample) throws {
        let (text, span) = unmark(example.marked)
        for usePrefilter in [true, false] {
            let set = try PatternSet([example.definition], usePrefilter: usePrefilter)
            let findings = scan(text, patterns: set)
            if example.mustMatch {
                let expected = span ?? 0..<text.utf8.count
                #expect(findings.contains { $0.finding.offset == expected.lowerBound && $0.finding.length == expected.count },
                        "found \(findings.map(\.text)) (prefilter \(usePrefilter))")
            } else {
                #expect(findings.isEmpty, "found \(findings.map(\.text)) (prefilter \(usePrefilter))")
            }
        }
    }

    @Test func everyPatternHasExamplesOfBothKinds() throws {
        for d in try PatternLibrary.defaultDefinitions() {
            #expect(!d.matchExamples.isEmpty, "\(d.id) has no match examples")
            #expect(!d.noMatchExamples.isEmpty, "\(d.id) has no no_match examples")
        }
    }

    @Test func embeddedDefaultsAreThePatternFolder() throws {
        let embedded = try PatternLibrary.defaultDefinitions()
        // Parsed at run time from the folder, with the file names the build gives them.
        let onDisk = try PatternLibrary.definitions(at: repositoryRoot.appendingPathComponent("Patterns").path).map {
            var d = $0
            d.source.file = "Patterns/" + URL(fileURLWithPath: d.source.file).lastPathComponent
            return d
        }
        #expect(embedded.map(\.id) == onDisk.map(\.id))
        // Every field: the build's parse, written out as Swift source, rebuilds each value.
        for (built, parsed) in zip(embedded, onDisk) {
            #expect(built == parsed, "\(built.id)")
        }
        #expect(embedded.count == onDisk.count && !embedded.isEmpty)
    }

    @Test func defaultCategoriesAreTheContract() {
        #expect(defaultPatterns.categories == ["email", "phone", "ipv4", "ipv6", "credit_card", "iban", "us_ssn", "special_category"])
        let subcategories = Set(defaultPatterns.patterns.compactMap(\.definition.subcategory))
        #expect(subcategories == ["health", "racial_ethnic_origin", "political_opinion", "religious_belief", "trade_union",
                                  "genetic", "biometric", "sex_life_orientation", "criminal_conviction"])
    }
}
