import Foundation
import Testing
@testable import PIIScan

@Suite struct PatternFileTests {
    let valid = """
    - id: employee_id
      category: employee_id
      description: Employee number
      regex: 'EMP-[0-9]{6}'
      confidence: high
      examples:
        match: ['EMP-123456']
        no_match: ['EMP-12']
    """

    @Test func parsesAllFields() throws {
        let text = """
        - id: badge
          category: badge
          subcategory: staff
          description: Badge
          regex: 'B[0-9]{4}'
          confidence: low
          validator: credit_card
          identifier: true
          with_identifier: high
          context: {words: [Badge, id], window: 10, confidence: high, required: true}
          negative_context: {words: [test], window: 5}
          prefilter: {bytes: 'B', keywords: [badge]}
          examples: {match: ['badge B1234'], no_match: ['B12']}
        """
        let d = try #require(try PatternFileParser.parse(text, file: "f.yaml").first)
        #expect(d.id == "badge" && d.subcategory == "staff" && d.confidence == .low && d.validator == .creditCard)
        #expect(d.isIdentifier && d.withIdentifier == .high)
        #expect(d.context == ContextRule(words: ["badge", "id"], window: 10, confidence: .high, isRequired: true))
        #expect(d.negativeContext?.words == ["test"] && d.negativeContext?.window == 5)
        var prefilter = PrefilterSpec()
        prefilter.bytes = [UInt8(ascii: "B")]
        prefilter.keywords = ["badge"]
        #expect(d.prefilter == prefilter)
        #expect(d.matchExamples == ["badge B1234"] && d.noMatchExamples == ["B12"])
        #expect(d.source == SourceLocation(file: "f.yaml", line: 1))
    }

    @Test(arguments: [
        ("- id: x\n  category: c\n  description: d\n  regex: 'a'\n  regx: 'b'\n", 5, "unknown key 'regx'"),
        ("- id: x\n  category: c\n  description: d\n", 1, "lacks required key 'regex'"),
        ("- id: x\n  category: c\n  description: d\n  regex: 'a'\n  confidence: very\n", 5, "must be low, medium or high"),
        ("- id: x\n  category: c\n  description: d\n  regex: 'a'\n  validator: luhn2\n", 5, "unknown validator 'luhn2'"),
        ("- id: x\n  category: c\n  description: d\n  regex: 'a'\n  context: {words: [a], windw: 3}\n", 5, "unknown key 'windw'"),
        ("- id: x\n  category: c\n  description: d\n  regex: 'a'\n  prefilter: {keywords: [ab]}\n", 5, "shorter than 3 bytes"),
        ("- id: x\n  category: c\n  description: d\n  regex: 'a'\n  prefilter:\n    bytes: 'a'\n    lead: -1\n", 7, "'lead' must be"),
        ("- id: x\n  category: c\n  description: d\n  regex: 'a'\n  prefilter: {bytes: 'a', lead: 5000}\n", 5, "'lead' must be"),
        ("- id: x\n  category: c\n  description: d\n  regex: 'a'\n  prefilter:\n    digits: 4\n", 6, "'digits' needs 'lead'"),
        ("- id: x\n  category: c\n  description: d\n  regex: 'a'\n  prefilter: {digits: 0, lead: 1}\n", 5, "'digits' must be"),
        ("- id: x\n  category: c\n  description: d\n  regex: 'a'\n  prefilter: {bytes: 'a', max_digits: 4, lead: 1}\n", 5, "'max_digits' needs 'digits'"),
        ("- id: x\n  category: c\n  description: d\n  regex: 'a'\n  prefilter: {digits: 9, max_digits: 8, lead: 0}\n", 5, "'max_digits' must be a whole number from 'digits' (9)"),
        ("- id: x\n  category: c\n  description: d\n  regex: 'a'\n  prefilter: {keywords: [abc], after: 'a', lead: 1}\n", 5, "'after' needs 'bytes'"),
        ("- id: x\n  category: c\n  description: d\n  regex: 'a'\n  prefilter: {bytes: 'a', before: '9-0', lead: 1}\n", 5, "'before' must be"),
        ("- id: x\n  category: c\n  description: d\n  regex: 'a'\n  prefilter: {bytes: 'a', word_start: true}\n", 5, "'word_start' needs 'keywords'"),
        ("- id: x\n  category: c\n  description: d\n  regex: 'a'\n  prefilter: {bytes: '.', lead: 3, shape: ipv5}\n", 5, "'shape' must be one of: ipv4, ipv6, card, card_luhn, nanp, ssn"),
        ("- id: x\n  category: c\n  description: d\n  regex: 'a'\n  prefilter: {keywords: [abc], lead: 0, shape: card}\n", 5, "'shape' needs 'bytes' or 'digits'"),
        ("- id: x\n  category: c\n  description: d\n  regex: 'a'\n  prefilter: {bytes: 'a', lead_bytes: 'a-z'}\n", 5, "'lead_bytes' needs 'lead'"),
        ("- id: x\n  category: c\n  description: d\n  regex: 'a'\n  prefilter: {bytes: 'a', lead: 2, lead_bytes: ''}\n", 5, "'lead_bytes' must be"),
        ("- id: x\n  category: c\n  description: d\n  regex: 'a'\n  identifier: 'true'\n", 5, "'identifier' must be true or false"),
        ("- id: x\n  category: c\n  description: d\n  regex: 'a'\n  identifier: 1\n", 5, "'identifier' must be true or false"),
        ("- id: x\n  category: c\n  description: d\n  regex: 'a'\n  prefilter: {sequence: ['a', 'b', 'c', 'd', 'e'], lead: 0}\n", 5, "'sequence' must be a list of 1 to 4"),
        ("- id: x\n  category: c\n  description: d\n  regex: 'a'\n  prefilter: {sequence: 'A-Z', lead: 0}\n", 5, "'sequence' must be a list of 1 to 4"),
        ("- id: x\n  category: c\n  description: d\n  regex: 'a'\n  prefilter: {sequence: ['A-Z', 'é']}\n", 5, "'sequence' must be ASCII"),
        ("- id: x\n  category: c\n  description: d\n  regex: 'a'\n  prefilter: {sequence: ['A-Z']}\n", 5, "'sequence' needs 'lead'"),
        ("id: x\n", 1, "a pattern file is a list of patterns"),
        ("- id: x\n  category: [c\n", 3, "invalid YAML"),
        ("- id: 'has space'\n  category: c\n  description: d\n  regex: 'a'\n", 1, "may hold only"),
    ])
    func rejectsWithFileAndLine(_ text: String, _ line: Int, _ message: String) {
        do {
            _ = try PatternFileParser.parse(text, file: "mine.yaml")
            Issue.record("accepted invalid pattern file")
        } catch let error as PatternFileError {
            #expect(error.location == SourceLocation(file: "mine.yaml", line: line), "\(error)")
            #expect(error.message.contains(message), "\(error)")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    /// With a lead, the regex runs only in the window before each trigger: a lead shorter than
    /// the pattern needs loses the match that an unfiltered scan finds (which is why every
    /// default pattern's examples run both ways).
    @Test func prefilterLeadLimitsWhereTheRegexRuns() throws {
        func definitions(lead: Int) throws -> [PatternDefinition] {
            try PatternFileParser.parse("""
            - id: ticket
              category: ticket
              description: Ticket number
              regex: '[A-Z]{3}-[0-9]{4}#'
              prefilter: {bytes: '#', lead: \(lead)}
            """, file: "t.yaml")
        }
        #expect(try definitions(lead: 8).first?.prefilter?.lead == 8)
        let text = "see ABC-1234# and XYZ-9876# today\n"
        let long = try PatternSet(try definitions(lead: 8))
        let short = try PatternSet(try definitions(lead: 7))
        let unfiltered = try PatternSet(try definitions(lead: 7), usePrefilter: false)
        #expect(scan(text, patterns: long).map(\.text) == ["ABC-1234#", "XYZ-9876#"])
        #expect(scan(text, patterns: unfiltered).map(\.text) == ["ABC-1234#", "XYZ-9876#"])
        #expect(scan(text, patterns: short).isEmpty)
    }

    /// IPv6's colons are searched for across the chunk only when the pattern wants a hex digit
    /// or colon after them, as the search does: a pattern with the IPv6 shape that lets a dot
    /// follow its colon still finds its matches, on lines that hold no other colon.
    @Test func colonsSearchedAcrossTheChunkOnlyWithAHexDigitOrColonAfter() throws {
        func definitions(after: String) throws -> [PatternDefinition] {
            try PatternFileParser.parse("""
            - id: dotted
              category: dotted
              description: Colons and dots
              regex: '(?::\\.){5}:'
              prefilter: {bytes: ':', \(after)lead: 0, shape: ipv6}
            """, file: "t.yaml")
        }
        let text = "a line\nsee :.:.:.:.:.: here\nand fe80::1 there\n"
        for after in ["", "after: '.:', "] {
            let found = scan(text, patterns: try PatternSet(try definitions(after: after))).map(\.text)
            #expect(found == [":.:.:.:.:.:"], "after: \(after)")
        }
        #expect(TriggerFinder(try definitions(after: "after: '0-9a-fA-F:', ").first?.prefilter)?.searchesChunks == true)
        #expect(TriggerFinder(try definitions(after: "").first?.prefilter)?.searchesChunks == false)
    }

    /// A pattern whose triggers are keywords and digit runs runs on a line that holds either:
    /// a match that holds only the keyword is found although no digit run is a trigger, and a
    /// table row is skipped only when it holds neither (its column name still sets the pattern
    /// running on every row, as context).
    @Test func keywordOrDigitTriggersGateLines() throws {
        let definitions = try PatternFileParser.parse("""
        - id: badge
          category: badge
          description: Badge number
          regex: '(?i)\\bbadge (?:no )?[0-9]{6}\\b|\\b[0-9]{8}\\b'
          prefilter: {keywords: [badge], digits: 8, before: '^0-9', lead: 0}
          context: {words: [badge], window: 16, required: true}
        """, file: "t.yaml")
        let filtered = try PatternSet(definitions)
        let unfiltered = try PatternSet(definitions, usePrefilter: false)
        let text = "x badge no 123456 y\nplain 1234 line\nbadge 12345678\n"
        let found = scan(text, patterns: filtered).map(\.text)
        #expect(found == scan(text, patterns: unfiltered).map(\.text))
        #expect(found == ["badge no 123456", "12345678"])
        let csv = "id,badge\n1,12345678\n2,1234\n3,badge 654321\n4,x\n"
        let inRows = scan(csv, patterns: filtered).map(\.text)
        #expect(inRows == scan(csv, patterns: unfiltered).map(\.text))
        #expect(inRows == ["12345678", "badge 654321"])
    }

    /// Scalars are read without Yams's type resolver: booleans in their YAML 1.1 spellings and
    /// numbers still read as before, and an example that looks like a number stays a string.
    @Test func plainScalarsReadAsBeforeWithoutTheResolver() throws {
        for (text, value) in [("yes", true), ("On", true), ("TRUE", true), ("no", false), ("off", false), ("False", false)] {
            let d = try PatternFileParser.parse("""
            - id: x
              category: c
              description: d
              regex: 'T[0-9]{6}'
              identifier: \(text)
              prefilter: {bytes: 'T', lead: 0x0}
              examples: {match: ['T123456'], no_match: [1234, true]}
            """, file: "t.yaml")
            #expect(d.first?.isIdentifier == value, "\(text)")
            #expect(d.first?.prefilter?.lead == 0)
            #expect(d.first?.noMatchExamples == ["1234", "true"])
        }
    }

    @Test func prefilterTriggerKeysParse() throws {
        let d = try PatternFileParser.parse("""
        - id: ticket
          category: ticket
          description: Ticket number
          regex: 'T[0-9]{6}'
          prefilter: {bytes: 'T', before: ' -', after: '0-9', digits: 6, lead: 1}
        - id: word
          category: word
          description: A word
          regex: '(?i)\\bunion\\b'
          prefilter: {keywords: [union], word_start: true, lead: 0}
        """, file: "t.yaml")
        let ticket = try #require(d.first?.prefilter)
        #expect(ticket.digits == 6 && ticket.lead == 1 && ticket.before == ByteClass(" -") && ticket.after == ByteClass("0-9"))
        #expect(d.last?.prefilter?.wordStart == true)
        let digits = try #require(ByteClass("0-9"))
        #expect((0...255).filter { digits.contains(UInt8($0)) } == Array(48...57))
        let hexOrDash = try #require(ByteClass("a-f-"))
        #expect((0...255).filter { hexOrDash.contains(UInt8($0)) } == [45] + Array(97...102))
        #expect(ByteClass("") == nil && ByteClass("z-a") == nil && ByteClass("é") == nil)
    }

    /// Each trigger refinement only moves where the regex runs: a trigger that every match
    /// holds keeps the findings of an unfiltered scan; one that a match lacks loses it.
    @Test(arguments: [
        // The digit run of the number starts 2 bytes in.
        ("regex: 'ID[0-9]{5}(?![0-9])'", "{digits: 5, lead: 2}", "{digits: 5, lead: 1}", "x ID12345 ID1234 ID98765\n"),
        // The dot between digits.
        ("regex: '[0-9]+\\.[0-9]+'", "{bytes: '.', before: '0-9', after: '0-9', lead: 8}",
         "{bytes: '.', before: 'a-z', lead: 8}", "v 1.5 and 10.25 a.b\n"),
        // Keywords that start a word.
        ("regex: '(?i)\\bunion dues\\b'", "{keywords: [union], word_start: true, lead: 0}",
         "{keywords: [nion], word_start: true, lead: 1}", "reunion dues; Union dues paid\n"),
        // A dotted quad's first dot, past the dots of a clock time and a decimal.
        ("regex: '(?<![0-9.])[0-9]{1,3}(?:\\.[0-9]{1,3}){3}(?![0-9])'", "{bytes: '.', before: '0-9', lead: 3, shape: ipv4}",
         "{bytes: '.', before: '0-9', lead: 3, shape: ipv6}", "at 10:00:01.250 took 0.5 s from 81.2.69.142 and 10.1.2.3\n"),
        // A country code and check digits that start the match, not only a letter and a digit.
        ("regex: '(?<![A-Z0-9])[A-Z]{2}[0-9]{2}[A-Z0-9]{4,}'", "{sequence: ['A-Z', 'A-Z', '0-9', '0-9'], before: '^A-Z0-9', lead: 0}",
         "{sequence: ['A-Z', '0-9'], lead: 0}", "DE89370400440532013000, GB29NWBK60161331926819 XX1 Q12\n"),
        // The bytes between the match start and its trigger: the window before '#' ends at the
        // nearest byte outside them, not 12 bytes back.
        ("regex: '(?<![A-Z])[A-Z]{2,3}-[0-9]{4}#'", "{bytes: '#', lead: 12, lead_bytes: 'A-Z0-9-'}",
         "{bytes: '#', lead: 12, lead_bytes: '0-9-'}", "see ABC-1234# and XY-9876# or ab-1234# today\n"),
    ])
    func triggerRefinementsKeepEveryMatch(_ regex: String, _ good: String, _ bad: String, _ text: String) throws {
        func set(_ prefilter: String, usePrefilter: Bool = true) throws -> PatternSet {
            try PatternSet(try PatternFileParser.parse("""
            - id: t
              category: t
              description: test
              \(regex)
              prefilter: \(prefilter)
            """, file: "t.yaml"), usePrefilter: usePrefilter)
        }
        let expected = scan(text, patterns: try set(good, usePrefilter: false)).map(\.text)
        #expect(!expected.isEmpty)
        #expect(scan(text, patterns: try set(good)).map(\.text) == expected)
        #expect(scan(text, patterns: try set(bad)).map(\.text) != expected)
    }

    @Test func rejectsBadRegexAndEmptyMatchAtCompileTime() throws {
        let bad = try PatternFileParser.parse("- id: x\n  category: c\n  description: d\n  regex: 'a(b'\n", file: "r.yaml")
        #expect(throws: PatternFileError.self) { try PatternSet(bad) }
        let empty = try PatternFileParser.parse("- id: x\n  category: c\n  description: d\n  regex: 'a*'\n", file: "r.yaml")
        do {
            _ = try PatternSet(empty)
            Issue.record("accepted a regex that matches the empty string")
        } catch let error as PatternFileError {
            #expect(error.description.hasPrefix("r.yaml:1:") && error.message.contains("empty string"))
        }
    }

    @Test func userPatternsAddAndReplaceDefaults() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let replacement = """
        - id: email
          category: email
          description: Only corporate addresses
          regex: '[a-z]+@corp\\.example'
        """
        try valid.write(to: dir.appendingPathComponent("a.yaml"), atomically: true, encoding: .utf8)
        try replacement.write(to: dir.appendingPathComponent("b.yml"), atomically: true, encoding: .utf8)
        try "not a pattern".write(to: dir.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let definitions = try PatternLibrary.definitions(userPaths: [dir.path])
        let defaults = try PatternLibrary.defaultDefinitions()
        #expect(definitions.count == defaults.count + 1)
        #expect(definitions.first { $0.id == "email" }?.description == "Only corporate addresses")
        #expect(definitions.firstIndex { $0.id == "email" } == defaults.firstIndex { $0.id == "email" })
        let set = try PatternSet(definitions)
        let found = Scanner(patterns: set, options: ScanOptions(threads: 1, minConfidence: .low))
            .findings(in: Array("jane@example.org bob@corp.example EMP-123456".utf8))
        #expect(found.map { String(decoding: $0.value, as: UTF8.self) } == ["bob@corp.example", "EMP-123456"])
    }

    @Test func duplicateIDsInOneFileAreAnError() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("dup.yaml")
        try (valid + "\n" + valid).write(to: file, atomically: true, encoding: .utf8)
        #expect(throws: PatternFileError.self) { try PatternLibrary.definitions(userPaths: [file.path]) }
    }
}
