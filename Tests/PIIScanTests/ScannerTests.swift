import CByteScan
import Foundation
import PropertyBased
import Testing
@testable import PIIScan

/// A text with every default category, CRLF and lone-CR lines, invalid UTF-8 and a long line.
let mixedText: String = {
    var lines = [
        "2024-03-01T10:00:00.000Z INFO Login failed for user jane.doe@example.org request_id=1",
        "81.2.69.142 - - [01/Mar/2024:10:00:00 +0000] \"GET /pay/legacy?pan=4111 1111 1111 1111&exp=0928 HTTP/1.1\" 200",
        "Updated contact phone to +46 70 602 19 62 for customer 7\r",
        "SEPA mandate created iban=DE89 3704 0044 0532 0130 00 customer=x",
        "Identity check ssn=536-22-1234 result=pass\rPatient intake: diabetes noted by clinician",
        "support ticket: user mentioned HIV when requesting a refund, reach me at bob@corp.example",
        "client 2a02:1810:4d02:9800::1 and 10.1.2.3; version 1.2.3.4.5; ts=1709251200123",
        "trade union membership " + String(repeating: "x", count: 300) + " (312) 555-0182",
    ]
    lines.append("\u{FFFD}invalid bytes follow")
    return lines.joined(separator: "\n") + "\n"
}()

func key(_ f: ReportedFinding) -> String {
    "\(f.finding.offset)+\(f.finding.length) L\(f.finding.line):\(f.finding.column) p\(f.finding.patternIndex) \(f.finding.confidence) \(f.text)"
}

@Suite struct ScannerTests {
    /// Expects the same findings from the default patterns with and without their prefilters
    /// in every generated document.
    func expectPrefiltersLoseNothing(count: Int, documents: Generator<String, some Sequence>) async throws {
        let unfiltered = try PatternSet.load(usePrefilter: false)
        await propertyCheck(count: count, input: documents) { document in
            #expect(scan(document, patterns: defaultPatterns).map(key) == scan(document, patterns: unfiltered).map(key),
                    "\(document.debugDescription)")
        }
    }

    @Test func findsEveryCategoryWithPositions() {
        let found = scan(mixedText, minConfidence: .low)
        let categories = Set(found.map(\.category))
        #expect(categories == ["email", "ipv4", "credit_card", "phone", "iban", "us_ssn", "special_category", "ipv6"])
        let card = try! #require(found.first { $0.category == "credit_card" })
        #expect(card.text == "4111 1111 1111 1111" && card.finding.line == 2)
        let bytes = Array(mixedText.utf8)
        for f in found {
            #expect(Array(bytes[f.finding.offset..<(f.finding.offset + f.finding.length)]) == f.value)
        }
        // The line with an SSN holds a direct identifier, so its keyword is high.
        let diabetes = try! #require(found.first { $0.text == "diabetes" })
        #expect(diabetes.finding.confidence == .high && diabetes.finding.line == 5)
        #expect(!found.contains { $0.text.contains("1.2.3.4") || $0.text == "1709251200123" })
    }

    @Test func defaultConfidenceHidesKeywordsAloneAndPrivateAddresses() {
        let texts = scan("patient has diabetes\nfrom 10.1.2.3\n", minConfidence: .medium)
        #expect(texts.isEmpty)
        #expect(scan("patient has diabetes\nfrom 10.1.2.3\n", minConfidence: .low).count == 2)
    }

    /// The invariant: a chunked scan finds exactly what a one-chunk scan finds, whatever the
    /// split points, the thread count and the input path (memory, mapped file, stream).
    @Test func chunkedScansEqualOneChunkScanAtEverySplitPoint() throws {
        let whole = scan(mixedText).map(key)
        #expect(whole.count > 10)
        for chunkSize in 1...(mixedText.utf8.count + 1) {
            let chunked = scan(mixedText, chunkSize: chunkSize, threads: chunkSize % 3 + 1).map(key)
            #expect(chunked == whole, "chunk size \(chunkSize)")
        }
    }

    @Test(arguments: [1, 5, 64, 100, 4096])
    func mappedAndStreamedFilesEqualMemoryScan(chunkSize: Int) throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("mixed.log")
        // No final newline: the last line must still be scanned.
        let text = mixedText + "last line mail: tail@example.net"
        try Data(text.utf8).write(to: file)
        let expected = scan(text).map(key)
        for isStream in [false, true] {
            let sink = CollectingSink()
            Scanner(patterns: defaultPatterns, options: ScanOptions(threads: 2, minConfidence: .low, chunkSize: chunkSize))
                .scan([.file(InputPath(file.path), isStream: isStream)], into: sink)
            #expect(sink.findings.map(key) == expected, "stream \(isStream)")
            #expect(sink.outcomes.map(\.1) == [.scanned])
            #expect(sink.summary?.bytesScanned == text.utf8.count)
        }
    }

    @Test func prefilteredScanEqualsUnfilteredScan() throws {
        let unfiltered = try PatternSet.load(usePrefilter: false)
        // A CSV file: in its rows, context words are in the header, not in the line.
        let csv = "name,email,phone,ssn\nJane,jane@example.org,3125550182,536221234\nBob,bob@example.org,4155552671,\n"
        #expect(scan(csv, patterns: defaultPatterns).map(key) == scan(csv, patterns: unfiltered).map(key))
        #expect(scan(csv, patterns: defaultPatterns).map(\.text) == ["jane@example.org", "3125550182", "536221234", "bob@example.org", "4155552671"])
        // Context in a column name that only contains the word; and a table without such a
        // column, where the context word must be in the line.
        let mobile = "id,Mobile_Number\n1,3125550182\n"
        #expect(scan(mobile, patterns: defaultPatterns).map(\.text) == ["3125550182"])
        let notes = "id,notes\n1,3125550182\n2,call me on 4155552671\n3,ssn 536221234\n"
        #expect(scan(notes, patterns: defaultPatterns).map(key) == scan(notes, patterns: unfiltered).map(key))
        #expect(scan(notes, patterns: defaultPatterns).map(\.text) == ["4155552671", "536221234"])
        var text = mixedText
        for name in ["app.log", "pgdump.sql", "privacy-policy.txt"] {
            text += try String(contentsOf: repositoryRoot.appendingPathComponent("Samples/\(name)"), encoding: .utf8)
        }
        let a = scan(text, patterns: defaultPatterns).map(key)
        let b = scan(text, patterns: unfiltered).map(key)
        #expect(a.count > 1000)
        #expect(a == b)
    }

    /// Random lines made of the pieces the triggers look at (digit runs of every length, dots,
    /// colons, plus signs, keywords inside and at the start of words) next to real values: the
    /// triggers may only skip positions where no match starts, and a sequence searched for
    /// across the lines (IBAN, national phone numbers) only lines where none does.
    @Test func prefilteredScanEqualsUnfilteredScanOnRandomLines() async throws {
        let tokens = ["0", "1", "7", "12", "123", "555", "1234", "2024", "12345", "4111", "0000", "66", "9",
                      " ", " ", "-", ".", ":", "::", "+", "(", ")", "/", "_", "a", "F", "e", "x", "#",
                      "trace", "race ", "Union ", "shop ", "diabetes", "health", "grace", "ssn ",
                      "81", "250", "2a02", "ffff", "0:0", "1234567890123", "822463"]
        let tokenGen = Gen.element(of: tokens).map { $0 ?? " " }
        let structureGen = tokenGen.array(of: 0...60).map { $0.joined() }
        let values = personalValues + ["030 1234 5678", "tel. 06 12 34 56 78", "(0)89 1234-567"]
        let lineGen = zip(structureGen, Gen.element(of: values), structureGen).map { a, value, b in
            a + (value ?? "") + b
        }
        let documentGen = lineGen.array(of: 1...8).map { $0.joined(separator: "\n") }
        try await expectPrefiltersLoseNothing(count: 300, documents: documentGen)
    }

    /// Sequence triggers are searched for across the lines of a chunk: values at the very start
    /// and end of lines, after lines with and without candidates, are all found.
    @Test func sequenceTriggersAtLineEdges() throws {
        let pool = ["DE89 3704 0044 0532 0130 00", "030 1234 5678", "x", "", "a 06 12 34 56 78",
                    "GB82WEST12345698765432", "0 01 2"]
        try expectLineEdgesLoseNothing(pool: pool, values: [pool[0], pool[1], pool[4], pool[5]])
    }

    /// For every three lines of `pool` (the first repeated last), the findings of the default
    /// patterns with and without their prefilters are the same, and they are one per line in
    /// `values` (counting only `pattern`'s, if given).
    func expectLineEdgesLoseNothing(pool: [String], values: Set<String>, pattern: String? = nil) throws {
        let unfiltered = try PatternSet.load(usePrefilter: false)
        for a in pool {
            for b in pool {
                for c in pool {
                    let document = [a, b, c, a].joined(separator: "\n")
                    let found = scan(document, patterns: defaultPatterns)
                    #expect(found.map(key) == scan(document, patterns: unfiltered).map(key), "\(document.debugDescription)")
                    let counted = found.filter { f in
                        pattern.map { defaultPatterns.patterns[f.finding.patternIndex].definition.id == $0 } ?? true
                    }
                    #expect(counted.count == [a, b, c, a].filter(values.contains).count, "\(document.debugDescription)")
                }
            }
        }
    }

    /// A trigger byte with a class for its neighbours (the `+` of an international number, then
    /// a digit) is searched for across the chunk, and the candidate found is the line's first
    /// trigger: numbers at the start and end of lines, after lines whose `+` fails its
    /// neighbour, are all found. A byte without neighbour classes (email's `@`) stays with the
    /// line pass, whose search it would only repeat.
    @Test func neighbouredTriggerBytesAtLineEdges() throws {
        let pool = ["+46 70 602 19 62", "Mozilla/5.0 (+http://x.example)", "a+", "+", "", "+x +0",
                    "call +1 202 555 0182"]
        try expectLineEdgesLoseNothing(pool: pool, values: [pool[0], pool[6]], pattern: "phone.international")
        let ids = defaultPatterns.patterns.map(\.definition.id)
        let finders = Dictionary(uniqueKeysWithValues: zip(ids, defaultPatterns.triggers))
        #expect(finders["phone.international"]??.searchesChunks == true)
        #expect(finders["phone.international"]??.chunkCandidatesAreTriggers == true)
        #expect(finders["email"]??.searchesChunks == false)
    }

    /// Patterns whose only triggers are digit runs (cards, NANP numbers, SSNs) run on a line
    /// only when one of its runs is a trigger of theirs: values at the edges of lines, next to
    /// runs that are a trigger of another such pattern or of none, are all found.
    @Test func digitTriggersAtLineEdges() throws {
        let unfiltered = try PatternSet.load(usePrefilter: false)
        let pool = ["4111 1111 1111 1111", "(312) 555-0182", "ssn 536-22-1234", "2024-03-01 1234",
                    "x", "", "12-345-6789 555-01823", "tel 312.555.0182"]
        // What each line holds alone: one finding for the first three and the last, none for
        // the rest.
        let alone = pool.map { scan($0, patterns: unfiltered).count }
        #expect(alone == [1, 1, 1, 0, 0, 0, 0, 1])
        for (i, a) in pool.enumerated() {
            for (j, b) in pool.enumerated() {
                for (k, c) in pool.enumerated() {
                    let lines = [a, b, c, a].joined(separator: "\n")
                    let found = scan(lines, patterns: defaultPatterns).map(key)
                    #expect(found == scan(lines, patterns: unfiltered).map(key), "\(lines.debugDescription)")
                    #expect(found.count == alone[i] * 2 + alone[j] + alone[k], "\(lines.debugDescription)")
                    let line = [a, b, c].joined(separator: " ")
                    #expect(scan(line, patterns: defaultPatterns).map(key) == scan(line, patterns: unfiltered).map(key),
                            "\(line.debugDescription)")
                }
            }
        }
    }

    /// `card_luhn` skips runs of card length that fail the Luhn check: with the credit_card
    /// validator, which rejects them, the findings are those of the unfiltered scan. Runs of
    /// 12–20 digits, half of them given their Luhn check digit, among separators, letters and
    /// other digit runs.
    @Test func luhnShapeLosesNoCard() async throws {
        let prefixes = ["4", "51", "55", "2221", "34", "37", "6011", "65", "3528", "36", "62", "2200", "5018", "1", "9"]
        let runGen = zip(Gen.element(of: prefixes), Gen<UInt8>.value(in: 0...9).array(of: 12...20), Gen.bool)
            .map { prefix, digits, checked -> String in
                var run = Array(((prefix ?? "4").utf8.map { $0 - 0x30 } + digits).prefix(digits.count))
                if checked { run[run.count - 1] = CardValidation.luhnCheckDigit(run.dropLast()) }
                return String(decoding: run.map { $0 + 0x30 }, as: UTF8.self)
            }
        let glueGen = Gen.element(of: [" ", " ", "-", ".", "x", "=", "_", ",", "1234 ", "id=", "\"", "/"]).map { $0 ?? " " }
        let lineGen = zip(glueGen, runGen, glueGen, runGen, glueGen).map { [$0, $1, $2, $3, $4].joined() }
        let documentGen = lineGen.array(of: 1...6).map { $0.joined(separator: "\n") }
        try await expectPrefiltersLoseNothing(count: 400, documents: documentGen)
        // Numbers made as the generator makes them are found; the runs that fail Luhn are not.
        #expect(scan("4111111111111111 x 3782822463100051 x 6011000990139424 1709251200123", patterns: defaultPatterns)
            .map(\.text) == ["4111111111111111", "6011000990139424"])
    }

    /// `max_digits` drops longer runs: bare phone numbers and SSNs, whose matches are whole runs
    /// of 10–11 and 9 digits, are found beside ids and timestamps of every other length as they
    /// are without prefilters; a regex that can match inside a longer run loses those matches.
    @Test func maxDigitsLosesNoBareNumber() async throws {
        let runGen = zip(Gen.element(of: ["", "1", "+1", "2", "5"]), Gen<UInt8>.value(in: 0...9).array(of: 6...14))
            .map { prefix, digits in (prefix ?? "") + String(decoding: digits.map { $0 + 0x30 }, as: UTF8.self) }
        let wordGen = Gen.element(of: ["phone ", "call ", "SSN: ", "ssn=", "tel:", "id=", " ", "Reach me at "]).map { $0 ?? " " }
        let lineGen = zip(wordGen, runGen, wordGen, runGen).map { [$0, $1, " ", $2, $3].joined() }
        try await expectPrefiltersLoseNothing(count: 400, documents: lineGen.array(of: 1...6).map { $0.joined(separator: "\n") })
        #expect(scan("phone 13125550182, call 3125550182, SSN: 536221234", patterns: defaultPatterns).map(\.text)
                == ["13125550182", "3125550182", "536221234"])
        let definitions = try PatternFileParser.parse("""
        - id: three
          category: number
          description: Three digits, also inside longer runs
          regex: '[0-9]{3}'
          prefilter: {digits: 3, max_digits: 3, lead: 0}
        """, file: "t.yaml")
        #expect(scan("123 12345", patterns: try PatternSet(definitions)).map(\.text) == ["123"])
        #expect(scan("123 12345", patterns: try PatternSet(definitions, usePrefilter: false)).map(\.text) == ["123", "123"])
    }

    /// Keyword triggers come from the positions the line pass recorded: a line with many more
    /// of them than that record first holds, of several patterns, some inside words, loses none.
    @Test func manyKeywordsOnOneLineAreAllFound() throws {
        let unfiltered = try PatternSet.load(usePrefilter: false)
        let words = ["diabetes", "Muslim", "unionist", "trade union", "prediabetes", "HIV", "dna"]
        let line = (0..<150).map { words[$0 % words.count] }.joined(separator: ", ")
        let found = scan(line, patterns: defaultPatterns).map(key)
        #expect(found == scan(line, patterns: unfiltered).map(key))
        // diabetes, Muslim, trade union and HIV, 86 of the 150 words; not the words inside
        // others (unionist, prediabetes) nor "dna" alone.
        #expect(found.count == 86)
    }

    /// Digit runs as triggers do not open every line to a pattern whose keywords say which
    /// lines can hold its findings.
    @Test func digitPatternsWithKeywordsRunOnlyOnTheirLines() throws {
        let definitions = try PatternFileParser.parse("""
        - id: gated
          category: account
          description: Six digits after the word acct
          regex: '(?<=acct )[0-9]{6}(?![0-9])'
          prefilter: {keywords: [acct], digits: 6, lead: 0}
        - id: open
          category: number
          description: Six digits
          regex: '(?<![0-9])[0-9]{6}(?![0-9])'
          prefilter: {digits: 6, lead: 0}
        """, file: "t.yaml")
        let set = try PatternSet(definitions)
        #expect(set.prefilter.alwaysMask == 0b10)
        #expect(scan("acct 123456 and 654321\nno account 111111\n", patterns: set).map(\.text)
                == ["123456", "654321", "111111"])
    }

    /// Each shape holds at the first trigger of every form of its pattern's matches and fails
    /// on the look-alikes it is there to skip.
    @Test func triggerShapesHoldForMatchesAndFailForLookalikes() {
        func fits(_ shape: TriggerShape, _ text: String, at i: Int) -> Bool {
            Array(text.utf8).withUnsafeBufferPointer { shape.fits(at: i, in: $0) }
        }
        #expect(fits(.ipv4, "81.2.69.142", at: 2) && fits(.ipv4, "x 1.250.0.9", at: 3))
        #expect(!fits(.ipv4, "00.008287Z", at: 2) && !fits(.ipv4, "1.2.3", at: 1) && !fits(.ipv4, "1.2.3.x", at: 1)
            && !fits(.ipv4, "1.2345.6.7", at: 1) && !fits(.ipv4, "1..2.3.4", at: 1))
        #expect(fits(.ipv6, "2a02:1810:4d02:9800::1", at: 4) && fits(.ipv6, "fe80::1", at: 4)
            && fits(.ipv6, "::ffff:81.2.69.142", at: 0) && fits(.ipv6, "1:2:3:4:5:6:7:8", at: 1)
            && fits(.ipv6, "a:b:c:d:e:f:1.2.3.4", at: 1))
        #expect(!fits(.ipv6, "10:00:01.250", at: 2) && !fits(.ipv6, "00:1a:2b:3c:4d:5e", at: 2)
            && !fits(.ipv6, "\"port\":443", at: 6) && !fits(.ipv6, "a:b:c:d:e:f", at: 1)
            && !fits(.ipv6, "1:2:3:4:5 :6:7:8", at: 1))
        #expect(fits(.card, "4111111111111111", at: 0) && fits(.card, "4111 1111 1111 1111", at: 0)
            && fits(.card, "3782 822463 10005", at: 0) && fits(.card, "4222-2222-22222", at: 0)
            && fits(.card, "4012888888881881888", at: 0))
        #expect(!fits(.card, "2024-03-01", at: 0) && !fits(.card, "123456789012", at: 0)
            && !fits(.card, "4111 1111-1111 1111", at: 0) && !fits(.card, "40128888888818818888", at: 0)
            && !fits(.card, "4111 11111 1111", at: 0) && !fits(.card, "4111 1111", at: 0))
        #expect(fits(.nanp, "312-555-0182", at: 8) && fits(.nanp, "(312) 555-0182", at: 10)
            && fits(.nanp, "+1 312.555.0182", at: 11) && fits(.nanp, "(312)555-0182", at: 9))
        #expect(!fits(.nanp, "00:00:00.008287Z", at: 9) && !fits(.nanp, "+44 20 0542 7911", at: 7)
            && !fits(.nanp, "+44 20 0542 7911", at: 12) && !fits(.nanp, "312-555-01823", at: 8)
            && !fits(.nanp, "12:30:00.1234", at: 9) && !fits(.nanp, "v 5555-0182", at: 7))
        #expect(fits(.ssn, "123-45-6789", at: 7) && fits(.ssn, "ssn 123 45 6789", at: 11))
        #expect(!fits(.ssn, "123-45 6789", at: 7) && !fits(.ssn, "1234-45-6789", at: 8)
            && !fits(.ssn, "123-456-6789", at: 8) && !fits(.ssn, "123-45-67890", at: 7)
            && !fits(.ssn, "2024-03-01 1234", at: 11) && !fits(.ssn, "45-6789", at: 3))
        // card_luhn: the card forms, a run of 13–19 digits only when it passes Luhn.
        #expect(fits(.cardLuhn, "4111111111111111", at: 0) && fits(.cardLuhn, "378282246310005", at: 0)
            && fits(.cardLuhn, "4012888888881881888", at: 0) && fits(.cardLuhn, "x 6011000990139424 y", at: 2)
            && fits(.cardLuhn, "4111 1111 1111 1112", at: 0) && fits(.cardLuhn, "3782 822463 10005", at: 0))
        #expect(!fits(.cardLuhn, "4111111111111112", at: 0) && !fits(.cardLuhn, "1709251200123", at: 0)
            && !fits(.cardLuhn, "4012888888881881880", at: 0) && !fits(.cardLuhn, "2024-03-01", at: 0)
            && !fits(.cardLuhn, "40128888888818818888", at: 0))
        // No shape (bit 0) holds anywhere.
        #expect(Array("x".utf8).withUnsafeBufferPointer { TriggerShape.fits(0, at: 0, in: $0) })
    }

    /// The ranked slot table gives every one of the 64 Ki trigram slots exactly the keywords
    /// whose prefix hashes to it, and no slot any other.
    @Test func keywordSlotsHoldExactlyTheirKeywords() {
        let prefilter = defaultPatterns.prefilter
        #expect(prefilter.slotKeywords.count > 80)
        var bySlot: [Int: [[UInt8]]] = [:]
        for keyword in prefilter.slotKeywords {
            bySlot[TrigramFilter.slot(keyword.bytes[0], keyword.bytes[1], keyword.bytes[2]), default: []].append(keyword.bytes)
        }
        var mismatches = 0
        for slot in 0..<(1 << 16) {
            let held = prefilter.keywordRange(ofSlot: slot).map { prefilter.slotKeywords[$0].bytes }
            if held != bySlot[slot] ?? [] { mismatches += 1 }
        }
        #expect(mismatches == 0)
        #expect(Set(bySlot.keys).count > 60)   // many slots, so ranks across many words are used
    }

    /// The IPv6 trigger finder, which skips the rest of a colon's run when the shape fails at
    /// it, finds exactly the colons a byte-by-byte reading finds (the neighbour class and the
    /// shape tested at every colon), for runs longer than the shape's 64-byte walk as well.
    @Test func ipv6TriggersEqualAByteByByteReading() async {
        let spec = defaultPatterns.patterns.first { $0.definition.id == "ipv6" }!.definition.prefilter!
        let finder = TriggerFinder(spec)!
        let runs = DigitRuns()
        func check(_ line: [UInt8]) {
            line.withUnsafeBufferPointer { buffer in
                let expected = line.indices.filter { i in
                    line[i] == UInt8(ascii: ":") && i + 1 < line.count && spec.after!.contains(line[i + 1])
                        && TriggerShape.ipv6.fits(at: i, in: buffer)
                }
                var found: [Int] = []
                var cursor = TriggerCursor()
                var from = 0
                while let i = finder.next(in: buffer, from: from, runs: runs, hits: nil, cursor: &cursor) {
                    found.append(i)
                    from = i + 1
                }
                #expect(found == expected, "\(String(decoding: line, as: UTF8.self))")
            }
        }
        // A run longer than the walk: the colon at 31 sees the "::" at 72, the one at 0 does not.
        let long = ":" + String(repeating: "a", count: 30) + ":" + String(repeating: "b", count: 40) + "::1 x"
        for line in [long, "x " + long, "10:00:01.250 fe80::1 a:b:c", "1:2:3:4:5:6:7 :1:2:3:4:5:6:7"] {
            check(Array(line.utf8))
        }
        let byteGen = Gen.element(of: Array("0a9F.::: xg".utf8)).map { $0 ?? 0x20 }
        let pieceGen = zip(byteGen.array(of: 1...12), Gen.int(in: 0...9)).map { piece, repeats in
            Array(repeatElement(piece, count: repeats == 9 ? 12 : 1).joined())   // now and then a run of 12 or more copies
        }
        await propertyCheck(count: 500, input: pieceGen.array(of: 1...12)) { pieces in check(Array(pieces.joined())) }
    }

    /// A shape holds at the start of a digit run only if `runLengths` admits the run's length:
    /// the length test that spares most calls of `fits` never drops a trigger. Given the run's
    /// end, every shape holds exactly where it holds when it reads the run itself.
    @Test func shapesFitOnlyDigitRunsOfTheirLengths() async {
        let byteGen = Gen.element(of: Array("0123456789- .:x".utf8)).map { $0 ?? 0x20 }
        await propertyCheck(count: 400, input: byteGen.array(of: 0...60)) { line in
            line.withUnsafeBufferPointer { buffer in
                for start in line.indices where isDigit(line[start]) && (start == 0 || !isDigit(line[start - 1])) {
                    var end = start
                    while end < line.count && isDigit(line[end]) { end += 1 }
                    for shape in TriggerShape.allCases where shape.fits(at: start, in: buffer) {
                        let admitted = TriggerShape.runLengths(shape.bit) >> UInt64(min(end - start, 63)) & 1 != 0
                        #expect(admitted, "\(shape) at \(start) in \(String(decoding: line, as: UTF8.self))")
                    }
                    for shape in TriggerShape.allCases {
                        #expect(TriggerShape.fits(shape.bit, run: start, end: end, in: buffer) == shape.fits(at: start, in: buffer),
                                "\(shape) at \(start) in \(String(decoding: line, as: UTF8.self))")
                    }
                }
            }
        }
        // Long runs of digits, for the lengths the random lines rarely reach.
        for length in 1...70 {
            let line = [UInt8](repeating: UInt8(ascii: "4"), count: length) + Array(" 1111 1111".utf8)
            line.withUnsafeBufferPointer { buffer in
                for shape in TriggerShape.allCases where shape.fits(at: 0, in: buffer) {
                    #expect(TriggerShape.runLengths(shape.bit) >> UInt64(min(length, 63)) & 1 != 0, "\(shape) \(length)")
                }
            }
        }
        // A match of each digit-run shape, at its trigger.
        for (shape, text, at, length) in [(TriggerShape.nanp, "312-555-0182", 8, 4), (.ssn, "123-45-6789", 7, 4),
                                          (.card, "4111 1111 1111 1111", 0, 4), (.card, "4111111111111111", 0, 16)] {
            #expect(Array(text.utf8).withUnsafeBufferPointer { shape.fits(at: at, in: $0) })
            #expect(TriggerShape.runLengths(shape.bit) >> UInt64(length) & 1 != 0, "\(shape) \(text)")
        }
        #expect(TriggerShape.runLengths(0) == ~0)
    }

    /// The 64-bytes-at-a-time digit runs equal a byte-by-byte reading, across block edges and
    /// for any shortest length, at every SIMD level; the digits past the line's end, in the
    /// bytes it may read, never count.
    @Test func digitRunsEqualAByteByByteReading() async {
        // Pieces: a digit run (two in three of up to 6 bytes, the others of up to 150, so runs
        // cross block edges), then one byte.
        let pieceGen = zip(Gen.int(in: 0...150).map { $0 % 3 == 0 ? $0 : $0 % 7 }, Gen.element(of: Array("0123456789a.- ".utf8))).map { n, byte in
            [UInt8](repeating: UInt8(ascii: "7"), count: n) + [byte ?? 0x20]
        }
        // Up to 90 pieces: more runs than the first allocation holds.
        let lineGen = pieceGen.array(of: 0...90).map { Array($0.joined()) }
        let minimumGen = Gen.element(of: [1, 2, 3, 4, 5, 6, 13, 63, 64]).map { $0 ?? 4 }
        // What follows the line in its chunk: digits that would lengthen its last run.
        let afterGen = Gen.int(in: 0...70).map { [UInt8](repeating: UInt8(ascii: "9"), count: $0) }
        await propertyCheck(count: 300, input: lineGen, minimumGen, afterGen) { line, minimum, after in
            var expected: [Range<Int>] = []
            var i = 0
            while i < line.count {
                guard line[i] &- 0x30 < 10 else { i += 1; continue }
                var j = i
                while j < line.count && line[j] &- 0x30 < 10 { j += 1 }
                if j - i >= minimum { expected.append(i..<j) }
                i = j
            }
            let runs = DigitRuns()
            let chunk = line + after
            for level in simdLevels {
                chunk.withUnsafeBufferPointer {
                    runs.build(UnsafeBufferPointer(rebasing: $0[..<line.count]), readable: chunk.count, minimum: minimum,
                               level: level)
                }
                #expect((0..<runs.count).map { runs.start($0)..<runs.end($0) } == expected, "level \(level)")
            }
        }
    }

    /// The digit mask of up to 64 bytes equals a byte-by-byte reading for every length, with
    /// the bytes next to the digits and those whose low seven bits spell one ('\u{B0}'...).
    @Test func digitMaskEqualsAByteByByteReading() async {
        let byteGen = Gen.element(of: Array("0123456789/:a ".utf8) + [0xB0, 0xB5, 0xB9, 0xBA, 0xAF, 0xFF, 0x00])
            .map { $0 ?? 0x20 }
        await propertyCheck(count: 500, input: byteGen.array(of: 64...64), Gen.int(in: 0...64)) { block, n in
            let expected = (0..<n).reduce(UInt64(0)) { block[$1] &- 0x30 < 10 ? $0 | 1 << UInt64($1) : $0 }
            #expect(block.withUnsafeBufferPointer { piiscan_digit_mask($0.baseAddress!, n) } == expected, "n \(n)")
        }
    }

    /// Digit runs classified for a pattern set, at every SIMD level, give every pattern with
    /// digit triggers the triggers that testing each run in full gives (its length, the bytes
    /// before and after it, the shape: card groups, NANP, SSN, Luhn): the same positions, from
    /// any sequence of starting points, on lines of more runs than the first allocation holds.
    /// For the default patterns, and for digit triggers with `after` classes (none of the
    /// default ones has one) and the shapes of IPv4 and IPv6, read from a run's first digit.
    @Test func classifiedDigitRunsGiveTheSameTriggers() async throws {
        let custom = try PatternSet(try PatternFileParser.parse("""
        - id: dash.after
          category: t
          description: t
          regex: '[0-9]{4}-'
          prefilter: {digits: 4, after: '-', lead: 0}
        - id: no.space.after
          category: t
          description: t
          regex: '[0-9]{2,}'
          prefilter: {digits: 2, max_digits: 9, before: '^x', after: '^ ', lead: 0}
        - id: ipv4.at.run
          category: t
          description: t
          regex: '[0-9]+[.][0-9]'
          prefilter: {digits: 1, lead: 0, shape: ipv4}
        - id: ipv6.at.run
          category: t
          description: t
          regex: '[0-9]+:'
          prefilter: {digits: 1, after: ':', lead: 0, shape: ipv6}
        """, file: "t.yaml"))
        for set in [defaultPatterns, custom] {
            await expectClassifiedRunsGiveTheSameTriggers(set)
        }
    }

    private func expectClassifiedRunsGiveTheSameTriggers(_ set: PatternSet) async {
        let indices = set.triggers.indices.filter { set.triggers[$0]?.digits != nil }
        #expect(indices.count >= 4)
        // Runs of 1–20 digits (now and then 70, or a card number of 16 that passes Luhn), each
        // after a byte that some `before` class rejects or admits, or after nothing (so that the
        // last run's byte after separates the two: card groups, NANP and SSN shapes), then one
        // more byte for the `after` classes.
        let runGen = zip(Gen.element(of: ["+", "-", "(", " ", "$", "x", ".", "=", ":", "/", "1", "", ""]),
                         Gen.int(in: 1...22), Gen.element(of: Array(" -.)x:,".utf8)))
            .map { before, length, after in
                let digits = length == 22 ? Array("4111111111111111".utf8)
                    : (0..<(length == 21 ? 70 : length)).map { UInt8(ascii: "0") + UInt8(($0 * 7 + length) % 10) }
                return Array((before ?? "").utf8) + digits + [after ?? 0x20]
            }
        // Now and then a number in a shape's form, or nearly: SSNs, NANP numbers, card groups,
        // IPv4 and IPv6 addresses.
        let shaped = ["536-22-1234", "536 22 1234", "536-22 1234", "(312) 555-0182", "312.555.0182", "1-312-555-0182",
                      "4111 1111 1111 1111", "4111-1111-1111-1111", "3782-822463-10005", "4111 1111-1111 1111",
                      "12-34-5678", "1234-56-7890", "555-01823", "10.1.2.3", "1.22.333.4444", "2001:db8::1",
                      "1:2:3:4:5:6:7", "12:30:45"].map { Array($0.utf8) }
        let segmentGen = zip(Gen.int(in: 0...3), runGen, Gen.element(of: shaped)).map { k, run, form in k == 0 ? form ?? [] : run }
        let lineGen = zip(segmentGen.array(of: 0...90), Gen.int(in: 0...6)).map { (Array($0.joined()), $1) }
        let classified = DigitRuns(classifyingFor: set.triggers)
        let plain = DigitRuns()
        var triggers: [Int: Int] = [:]
        await propertyCheck(count: 300, input: lineGen) { line, skip in
            line.withUnsafeBufferPointer { buffer in
                #expect(classified.classifies && !plain.classifies)
                plain.build(buffer, readable: buffer.count, minimum: set.shortestDigitTrigger)
                for (index, level) in indices.enumerated().map({ ($1, simdLevels[$0 % simdLevels.count]) }) {
                    // Each SIMD level classifies the runs for some of the patterns.
                    classified.build(buffer, readable: buffer.count, minimum: set.shortestDigitTrigger, level: level)
                    let finder = set.triggers[index]!
                    func walk(_ runs: DigitRuns) -> [Int] {
                        var found: [Int] = []
                        var cursor = TriggerCursor()
                        var from = 0
                        while let i = finder.next(in: buffer, from: from, runs: runs, hits: nil, cursor: &cursor) {
                            found.append(i)
                            from = i + 1 + (i % 3 == 0 ? skip : 0)   // as after a match that ends past its trigger
                        }
                        return found
                    }
                    let expected = walk(plain)
                    triggers[index, default: 0] += expected.count
                    #expect(walk(classified) == expected, "\(set.patterns[index].definition.id) in \(String(decoding: line, as: UTF8.self))")
                }
            }
        }
        // Every pattern, each shape among them, has triggers to compare.
        #expect(indices.allSatisfy { triggers[$0, default: 0] > 20 }, "\(triggers)")
    }

    /// Sequences of byte classes, read 16 or 32 positions at a time, are found exactly where a
    /// byte-by-byte reading finds them, with the classes of the bytes before and after (a line
    /// edge counting for a `^` class only), whatever the kind of class and the line length.
    /// The 16-, 32- and 64-byte tests are exact: no candidate is confirmed after them.
    @Test func sequenceFinderEqualsAByteByByteReading() async {
        // Bytes 0xC1, 0xB0 and 0xAD share nibbles with 'A', '0' and '-' eight rows apart.
        let alphabet: [UInt8] = Array("AZQ09015af- .:x+/_".utf8) + [0xC1, 0xB0, 0xAD]
        let byteGen = Gen.element(of: alphabet).map { $0 ?? 0x20 }
        let classes = ["A-Z", "0-9", "0", "1-9", "^0-9", "^A-Za-z0-9", "a-f0-9", "- .", "^-", "0-9 ./-",
                       "^A-Za-z0-9_+.:/-"].compactMap(ByteClass.init)
        let classGen = Gen.element(of: classes).map { $0! }
        let edgeGen = Gen.element(of: [nil] + classes.map { Optional($0) }).map { $0 ?? nil }
        await propertyCheck(count: 600, input: byteGen.array(of: 0...200), classGen.array(of: 1...4), edgeGen, edgeGen) {
            line, sequence, before, after in
            func holds(_ c: ByteClass?, _ i: Int) -> Bool {
                guard let c else { return true }
                return i >= 0 && i < line.count ? c.contains(line[i]) : c.isNegated
            }
            let expected = line.indices.filter { i in
                i + sequence.count <= line.count && holds(before, i - 1) && holds(after, i + sequence.count)
                    && sequence.indices.allSatisfy { sequence[$0].contains(line[i + $0]) }
            }
            let finder = SequenceFinder(sequence, before: before, after: after)
            for level in simdLevels {
                let found = allPositions(in: line) { finder.next(in: $0, from: $1, count: $2, level: level) }
                #expect(found == expected, "level \(level): \(line) \(sequence) \(String(describing: before)) \(String(describing: after))")
            }
            let found = allPositions(in: line) { finder.next(in: $0, from: $1, count: $2) }
            #expect(found == expected)
        }
    }

    /// IPv4 dots, found 54 positions at a time, are exactly the dots between digits where the
    /// IPv4 shape fits, read byte by byte: at every SIMD level, on lines of every length around
    /// the 64-byte windows, from every starting point.
    @Test func ipv4DotsEqualAByteByByteReading() async {
        let tokens = ["1", "12", "123", "1234", "255", "0", ".", ".", "..", "a", " ", "-", ":", "x.y"]
        let lineGen = Gen.element(of: tokens).map { $0 ?? " " }.array(of: 0...90).map { Array($0.joined().utf8) }
        await propertyCheck(count: 500, input: lineGen) { line in
            let expected: [Int] = line.withUnsafeBufferPointer { buffer in
                func isDigit(_ i: Int) -> Bool { i >= 0 && i < line.count && (0x30...0x39).contains(line[i]) }
                return line.indices.filter { i in
                    line[i] == UInt8(ascii: ".") && isDigit(i - 1) && isDigit(i + 1)
                        && TriggerShape.fits(TriggerShape.ipv4.bit, at: i, in: buffer)
                }
            }
            for level in simdLevels {
                let found = allPositions(in: line, untilEnd: { piiscan_next_ipv4_dot_at(level, $0, $1, $2) })
                #expect(found == expected, "level \(level): \(String(decoding: line, as: UTF8.self))")
            }
        }
        // An address at every distance from the line start and from a first dot between digits
        // (where the windows begin), so at every bit of the first windows, ending the line.
        for pad in 0..<130 {
            for lead in ["", "1.1 "] {
                let line = Array((lead + String(repeating: "x", count: pad) + "10.1.2.3").utf8)
                let found = allPositions(in: line, untilEnd: { piiscan_next_ipv4_dot($0, $1, $2) })
                #expect(found == [lead.utf8.count + pad + 2], "\(lead) pad \(pad)")
            }
        }
    }

    /// IPv4 dots searched for across a chunk of lines are exactly each line's own, so that a
    /// chunk candidate is taken as its line's first trigger (`chunkCandidatesAreTriggers`):
    /// addresses and lookalikes cut by line feeds at every point.
    @Test func ipv4DotsAcrossLinesEqualEachLinesOwn() async {
        let tokens = ["1", "12", "255", "0", ".", ".", "\n", "\n", "a", " ", "1.2.3.4", "10.0.0."]
        let chunkGen = Gen.element(of: tokens).map { $0 ?? " " }.array(of: 0...120).map { Array($0.joined().utf8) }
        await propertyCheck(count: 500, input: chunkGen) { chunk in
            var expected: [Int] = []
            var start = 0
            for line in chunk.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
                let bytes = Array(line)
                expected += allPositions(in: bytes, untilEnd: { piiscan_next_ipv4_dot($0, $1, $2) }).map { start + $0 }
                start += bytes.count + 1
            }
            for level in simdLevels {
                let found = allPositions(in: chunk, untilEnd: { piiscan_next_ipv4_dot_at(level, $0, $1, $2) })
                #expect(found == expected, "level \(level): \(String(decoding: chunk, as: UTF8.self))")
            }
        }
    }

    /// IPv6 colons, found 32 positions at a time and skipping the colons of a run that failed,
    /// are exactly the colons with a hex digit or colon after them where the IPv6 shape fits,
    /// read byte by byte: at every SIMD level, on lines and runs of every length around the
    /// 32-byte blocks and the 64-byte limit of the walk, from every starting point.
    @Test func ipv6ColonsEqualAByteByByteReading() async {
        let tokens = ["1", "ab", "F", "1234", "abcd", ":", ":", "::", ".", "1.2", " ", "g", "x:", "\n", "fe80", "0:0:0"]
        let lineGen = Gen.element(of: tokens).map { $0 ?? " " }.array(of: 0...120).map { Array($0.joined().utf8) }
        let hexOrColon = ByteClass("0-9A-Fa-f:")!
        func expectedColons(_ line: [UInt8]) -> [Int] {
            line.withUnsafeBufferPointer { buffer in
                line.indices.filter { i in
                    line[i] == UInt8(ascii: ":") && i + 1 < line.count && hexOrColon.contains(line[i + 1])
                        && TriggerShape.fits(TriggerShape.ipv6.bit, at: i, in: buffer)
                }
            }
        }
        await propertyCheck(count: 500, input: lineGen) { line in
            let expected = expectedColons(line)
            for level in simdLevels {
                let found = allPositions(in: line, untilEnd: { piiscan_next_ipv6_colon_at(level, $0, $1, $2) })
                #expect(found == expected, "level \(level): \(String(decoding: line, as: UTF8.self))")
            }
        }
        // The sixth colon, or a `::`, just inside and just past the walk's 64 bytes, at every
        // offset in a 32-byte block, the run ending at the line end, at a byte that ends it, or
        // going on past the limit.
        for shift in 0..<33 {
            for pad in 44..<66 {
                for (run, fits) in [(":1:1:1:1:", pad + 9 < 64), ("::", pad + 2 < 64)] {
                    for end in ["", " y", String(repeating: "1", count: 70)] {
                        let text = String(repeating: "x", count: shift) + "x:" + String(repeating: "a", count: pad) + run + end
                        let line = Array(text.utf8)
                        let expected = expectedColons(line)
                        for level in simdLevels {
                            let found = allPositions(in: line, untilEnd: { piiscan_next_ipv6_colon_at(level, $0, $1, $2) })
                            #expect(found.contains(shift + 1) == fits, "level \(level): \(text)")
                            #expect(found == expected, "level \(level): \(text)")
                        }
                    }
                }
            }
        }
    }

    /// A sequence that `staysInLine` is found, in lines joined by line feeds, exactly where it
    /// is found in each line alone; a sequence with a class that holds a line feed is not one.
    @Test func sequenceSearchAcrossLinesEqualsSearchInEachLine() async {
        let byteGen = Gen.element(of: Array("AZ09 1a-\n\n".utf8)).map { $0 ?? 0x20 }
        let classes = ["A-Z", "0-9", "1-9", "^0-9", "^A-Za-z0-9", "- ", "^-"].compactMap(ByteClass.init)
        let classGen = Gen.element(of: classes).map { $0! }
        let edgeGen = Gen.element(of: [nil] + classes.map { Optional($0) }).map { $0 ?? nil }
        var stayed = 0
        await propertyCheck(count: 400, input: byteGen.array(of: 0...90), classGen.array(of: 1...4), edgeGen, edgeGen) {
            text, sequence, before, after in
            let finder = SequenceFinder(sequence, before: before, after: after)
            #expect(finder.staysInLine == !sequence.contains { $0.contains(0x0A) })
            guard finder.staysInLine else { return }
            stayed += 1
            var perLine: [Int] = []
            var start = 0
            for line in text.split(separator: 0x0A, omittingEmptySubsequences: false) {
                perLine += allPositions(in: Array(line)) { finder.next(in: $0, from: $1, count: $2) }.map { start + $0 }
                start += line.count + 1
            }
            #expect(allPositions(in: text) { finder.next(in: $0, from: $1, count: $2) } == perLine,
                    "\(String(decoding: text, as: UTF8.self).debugDescription) \(sequence)")
        }
        #expect(stayed > 50)
    }

    /// One pass finds a line's end and the trigger-byte sets of its bytes before that end: exactly
    /// the trigger bytes the line holds, among bytes that share a nibble with one. From every
    /// start, at every SIMD level, in text with line breaks anywhere and near the ends of the
    /// 16- and 32-byte blocks.
    @Test func lineSetsEqualALineEndAndItsSets() async {
        let alphabet = Array("@P`0p.>N^n:Jz+K;k-=a \n\n".utf8)
        let byteGen = Gen.element(of: alphabet).map { $0 ?? 0x20 }
        await propertyCheck(count: 300, input: byteGen.array(of: 0...100), byteGen.array(of: 1...8)) { text, triggers in
            let distinct = Array(Set(triggers)).sorted()
            guard var sets = piiscan_nibble_sets(exactly: distinct) else {
                Issue.record("no sets for \(distinct.count) bytes")
                return
            }
            for from in 0...text.count {
                let end = text[from...].firstIndex(of: 0x0A) ?? text.count
                var expected: UInt8 = 0
                for (k, byte) in distinct.enumerated() where text[from..<end].contains(byte) { expected |= 1 << k }
                for level in simdLevels {
                    var touched: UInt8 = 0xFF
                    let found = text.withUnsafeBufferPointer {
                        piiscan_line_sets_at(level, &sets, $0.baseAddress, from, $0.count, &touched)
                    }
                    #expect(found == end && touched == expected, "level \(level) from \(from): \(text) \(distinct)")
                }
                var touched: UInt8 = 0xFF
                let found = text.withUnsafeBufferPointer { piiscan_line_sets(&sets, $0.baseAddress, from, $0.count, &touched) }
                #expect(found == end && touched == expected)
            }
        }
    }

    /// The trigram filter finds every position where a keyword starts, in any case (at a word
    /// start, for a keyword that must start a word), and only positions whose trigram has a
    /// keyword's slot and whose first four bytes (a line feed past the end) have one too, of a
    /// keyword that may start there; in order, across 16- and 32-byte blocks and the tail.
    @Test func trigramFilterFindsEveryKeywordStart() async {
        let keywordGen = Gen.element(of: Array("abcdefghijklmnopqrstuvwxyz0123456789#".utf8)).map { $0 ?? 0x61 }
            .array(of: 3...6)
        let fillerGen = Gen.element(of: Array("abcxyz01 .:-_AQZ#\t".utf8)).map { $0 ?? 0x20 }.array(of: 0...12)
        let piecesGen = zip(Gen.int(in: 0...1023), fillerGen).array(of: 0...12)
        let flagsGen = Gen.bool.array(of: 20)
        await propertyCheck(count: 300, input: keywordGen.array(of: 1...20), piecesGen, flagsGen) { keywords, pieces, flags in
            // Filler, then (for even choices) a keyword whose letters the choice's bits raise.
            var line: [UInt8] = []
            for (choice, filler) in pieces {
                line += filler
                guard choice % 2 == 0 else { continue }
                let keyword = keywords[choice / 2 % keywords.count]
                line += keyword.enumerated().map { j, b in
                    (choice >> (j % 9 + 1)) & 1 == 1 && (0x61...0x7A).contains(b) ? b - 0x20 : b
                }
            }
            let atWordStart = Array(flags.prefix(keywords.count))
            let filter = TrigramFilter(foldedKeywords: keywords, atWordStart: atWordStart)
            let found = allPositions(in: line) { filter.next(in: $0, from: $1, count: $2) }
            for level in simdLevels {   // every code path finds the same candidates
                let atLevel = allPositions(in: line) { filter.next(in: $0, from: $1, count: $2, level: level) }
                #expect(atLevel == found, "level \(level)")
            }
            let folded = line.map(LinePrefilter.foldByte)
            let startsWord = { (i: Int) in i == 0 || !LinePrefilter.isWordByte(line[i - 1]) }
            let starts = line.indices.filter { i in
                keywords.indices.contains { k in
                    let keyword = keywords[k]
                    return i + keyword.count <= line.count && folded[i..<(i + keyword.count)].elementsEqual(keyword)
                        && (!atWordStart[k] || startsWord(i))
                }
            }
            #expect(Set(starts).isSubset(of: found), "\(line) \(keywords)")
            let slots = Set(keywords.map { TrigramFilter.slot($0[0], $0[1], $0[2]) })
            /// The four-byte slots of the keywords that may start anywhere (false) or at a word start.
            var quads: [Bool: Set<Int>] = [false: [], true: []]
            for (k, keyword) in keywords.enumerated() {
                for fourth in keyword.count > 3 ? [keyword[3]] : Array(0...255) {
                    quads[atWordStart[k]]!.insert(TrigramFilter.slot(keyword[0], keyword[1], keyword[2], fourth))
                }
            }
            for i in found {
                #expect(i + 3 <= line.count && slots.contains(TrigramFilter.slot(line[i], line[i + 1], line[i + 2])))
                guard i + 3 <= line.count else { continue }
                let quad = TrigramFilter.slot(line[i], line[i + 1], line[i + 2], i + 3 < line.count ? line[i + 3] : 0x0A)
                #expect(quads[false]!.contains(quad) || quads[true]!.contains(quad) && startsWord(i), "\(line) at \(i)")
            }
            #expect(found == Array(Set(found)).sorted())
        }
    }

    /// The first four bytes and the word start rule out what shares a keyword's first three:
    /// "trace" holds "race" mid-word, "track" and "trade" share "tra"; a keyword of three bytes
    /// counts whatever follows it, and one that may start anywhere counts mid-word.
    @Test func trigramFilterUsesTheFourthByteAndTheWordStart() {
        let keywords = ["race", "trade", "tel", "rehab"].map { Array($0.utf8) }
        let filter = TrigramFilter(foldedKeywords: keywords, atWordStart: [true, true, false, true])
        let line = Array("trace_id=7 track Trade; RACE hotel tel rehabilitation xrehab".utf8)
        let found = allPositions(in: line) { filter.next(in: $0, from: $1, count: $2) }
        // "Trade" at 17, "RACE" at 24, "tel" in "hotel" at 31 and alone at 35, "rehab" at 39.
        #expect(found == [17, 24, 31, 35, 39])
        for level in simdLevels {
            #expect(allPositions(in: line) { filter.next(in: $0, from: $1, count: $2, level: level) } == found)
        }
        // Without the word-start rule, "race" in "trace" and "rehab" in "xrehab" count too.
        let anywhere = TrigramFilter(foldedKeywords: keywords)
        #expect(allPositions(in: line) { anywhere.next(in: $0, from: $1, count: $2) } == [1, 17, 24, 31, 35, 39, 55])
    }

    /// The candidates of a whole chunk, collected a few at a time at every SIMD level, are those
    /// of one search after another; taken line by line through `TrigramCandidates`, each line
    /// gets those of a search in the line, plus only positions whose trigram holds its line feed.
    @Test func trigramCandidatesAcrossTheChunkEqualSearchesInEachLine() async {
        let keywords = ["health", "race", "tel", "union", "ss#", "pregnant", "sikh", "blood", "iris", "hiv",
                        "dna", "gay", "fax", "abab", "bab"].map { Array($0.utf8) }
        let filter = TrigramFilter(foldedKeywords: keywords)
        let pieces = ["Health ", "hea", "RACE", "rac", "tel", "te", "\n", "\n", "\n", "union", "ss#", "xyz", " ",
                      "pRegnant", "blood\n", "iris", "sik", "h", "HIV", "dn", "a", "gay", "fa", "x", "0", "#",
                      "ababab", "Ba"]
        let chunkGen = Gen.element(of: pieces).map { $0 ?? " " }.array(of: 1...120).map { Array($0.joined().utf8) }
        await propertyCheck(count: 300, input: chunkGen, Gen.int(in: 1...4)) { chunk, capacity in
            let searched = allPositions(in: chunk) { filter.next(in: $0, from: $1, count: $2) }
            chunk.withUnsafeBufferPointer { buffer in
                let p = buffer.baseAddress!, n = buffer.count
                let out = UnsafeMutablePointer<Int>.allocate(capacity: capacity)
                defer { out.deallocate() }
                for level in simdLevels {
                    var collected: [Int] = []
                    var from = 0
                    while true {
                        let count = filter.candidates(in: p, from: from, count: n, into: out, capacity: capacity,
                                                      level: level)
                        collected += (0..<count).map { out[$0] }
                        guard count == capacity else { break }
                        from = out[count - 1] + 1
                    }
                    #expect(collected == searched, "level \(level), capacity \(capacity)")
                }
                let window = TrigramCandidates(capacity: capacity)
                window.reset()
                var start = 0
                while start <= n {
                    let end = buffer[start...].firstIndex(of: 0x0A) ?? n
                    var taken: [Int] = []
                    while let at = window.next(before: end, in: p, count: n, filter: filter) { taken.append(at) }
                    let inLine = allPositions(in: Array(buffer[start..<end])) {
                        filter.next(in: $0, from: $1, count: $2)
                    }.map { $0 + start }
                    #expect(taken == searched.filter { (start..<end).contains($0) }, "capacity \(capacity)")
                    #expect(Set(inLine).isSubset(of: taken))
                    #expect(taken.allSatisfy { inLine.contains($0) || $0 + 3 > end })
                    start = end + 1
                }
            }
        }
    }

    /// Keyword prefixes end up in at most eight groups, each prefix in one, and the moves
    /// between groups only lower the candidates expected: never above dealing in order, and
    /// below it for the default keywords.
    @Test func trigramGroupsHoldEachPrefixOnceAndLowerTheExpectedRate() async {
        func rate(_ groups: [[[UInt8]]]) -> Double {
            groups.map { group in
                group.reduce(into: TrigramFilter.NibbleMasks()) { $0.formUnion(.init($1)) }.rate(.english)
            }.reduce(0, +)
        }
        func check(_ prefixes: [[UInt8]]) -> (grouped: Double, dealt: Double) {
            let groups = TrigramFilter.groups(of: prefixes, count: 8)
            #expect(groups.count == min(8, prefixes.count))
            #expect(groups.joined().sorted { $0.lexicographicallyPrecedes($1) } == prefixes)
            let dealt = (0..<groups.count).map { group in
                prefixes.indices.filter { $0 * groups.count / prefixes.count == group }.map { prefixes[$0] }
            }
            return (rate(groups), rate(dealt))
        }
        let prefixGen = Gen.element(of: Array("abcdehilmnoprstuz0#".utf8)).map { $0 ?? 0x61 }.array(of: 3...3)
        await propertyCheck(count: 200, input: prefixGen.array(of: 1...40)) { drawn in
            let prefixes = Set(drawn).sorted { $0.lexicographicallyPrecedes($1) }
            let (grouped, dealt) = check(prefixes)
            #expect(grouped <= dealt * (1 + 1e-9), "\(prefixes)")
        }
        let defaults = Set(defaultPatterns.prefilter.slotKeywords.map { Array($0.bytes[0..<3]) })
            .sorted { $0.lexicographicallyPrecedes($1) }
        let (grouped, dealt) = check(defaults)
        #expect(grouped < dealt)
    }

    @Test func outputIsDeterministicAcrossThreadCounts() throws {
        let entries = InputWalker().entries(for: [repositoryRoot.appendingPathComponent("Samples").path,
                                                   fixture("seeds").path])
        func run(_ threads: Int, _ chunk: Int) -> [String] {
            let sink = CollectingSink()
            Scanner(patterns: defaultPatterns, options: ScanOptions(threads: threads, minConfidence: .low, chunkSize: chunk))
                .scan(entries, into: sink)
            return sink.findings.map { "\($0.path) " + key($0) }
        }
        let one = run(1, 1 << 22)
        #expect(one.count > 1000)
        #expect(run(2, 4096) == one)
        #expect(run(4, 777) == one)
        let paths = one.map { $0.split(separator: " ")[0] }
        #expect(paths == paths.sorted())
    }

    /// `piiscan_find` reports exactly the occurrences a byte-by-byte comparison finds, from
    /// every starting point, for needles of one byte and more, near the ends of the buffer
    /// (and of its 16- and 32-byte blocks), at every SIMD level.
    @Test func findEqualsAByteByByteSearch() async {
        let gen = Gen.element(of: Array("ab:\n".utf8)).map { $0 ?? 0x61 }.array(of: 0...110)
        await propertyCheck(count: 500, input: gen) { text in
            for needle in [[UInt8]("a".utf8), Array("ab".utf8), Array("a:b".utf8), Array("ab\nba".utf8),
                           Array("baab:aabba".utf8), Array("aaaaaaaaaaaaaaaaab".utf8)] {
                let expected = text.count < needle.count ? [] : (0...(text.count - needle.count)).filter {
                    Array(text[$0..<($0 + needle.count)]) == needle
                }
                for level in simdLevels {
                    let found = allPositions(in: text, untilEnd: { piiscan_find_at(level, $0, $1, $2, needle, needle.count) })
                    #expect(found == expected,
                            "level \(level): \(String(decoding: needle, as: UTF8.self)) in \(String(decoding: text, as: UTF8.self))")
                }
                #expect(allPositions(in: text, untilEnd: { piiscan_find($0, $1, $2, needle, needle.count) }) == expected)
            }
        }
    }

    /// The allow marker drops the findings of its own line only: not those of the lines next
    /// to it, nor of a line where it is broken by the line end; wherever chunks end.
    @Test func allowMarkerDropsItsOwnLineOnly() {
        let text = """
            a@example.org piiscan:allow
            b@example.org piiscan:al
            low c@example.org
            piiscan:allow
            d@example.org
            e@example.org # piiscan:allow piiscan:allow
            f@example.org piiscan:allo
            """
        for chunkSize in [1, 7, 40, 4 << 20] {
            var options = ScanOptions(threads: 2, minConfidence: .low, chunkSize: chunkSize)
            options.allowMarker = Array("piiscan:allow".utf8)
            let found = Scanner(patterns: defaultPatterns, options: options).findings(in: Array(text.utf8))
            #expect(found.map(\.text) == ["b@example.org", "c@example.org", "d@example.org", "f@example.org"],
                    "chunk size \(chunkSize)")
            // A marker that holds a line break is never within one line.
            options.allowMarker = Array("org piiscan:al\nlow".utf8)
            let all = Scanner(patterns: defaultPatterns, options: options).findings(in: Array(text.utf8))
            #expect(all.count == 6, "chunk size \(chunkSize)")
        }
    }

    /// The allow marker is searched a window at a time past the line that asks. With markers
    /// just inside, across or past a window's end, at the end of lines longer than a window,
    /// and on lines without findings, exactly the findings of the lines without a marker are
    /// reported.
    @Test func allowMarkerFoundAcrossSearchWindows() {
        let window = ChunkScanner.markerWindow
        let marker = "piiscan:allow"
        let fillers = [0, 40, window - 30, window - 14, window - 13, window - 5, window + 10, 2 * window + 3, 100]
        var lines: [String] = []
        var want: [String] = []
        for k in 0..<54 {
            let filler = String(repeating: "x", count: fillers[k % fillers.count])
            switch k % 6 {
            case 0, 3:
                lines.append("m\(k)@example.org " + filler + " " + marker)
            case 1:
                lines.append(filler + " " + marker)   // a marker without a finding
            case 4:
                lines.append(marker + " " + filler + " m\(k)@example.org")
            default:
                lines.append("m\(k)@example.org " + filler)
                want.append("m\(k)@example.org")
            }
        }
        let text = Array(lines.joined(separator: "\n").utf8)
        for chunkSize in [4 << 20, 3 * window + 7] {
            var options = ScanOptions(threads: 2, minConfidence: .low, chunkSize: chunkSize)
            options.allowMarker = Array(marker.utf8)
            let found = Scanner(patterns: defaultPatterns, options: options).findings(in: text)
            #expect(found.map(\.text) == want, "chunk size \(chunkSize)")
        }
    }

    /// The findings of a line keep their order through growth past the first storage, and are
    /// cut and cleared by count; a line with hundreds of findings reports them all.
    @Test func lineFindingsGrowKeepOrderAndClear() {
        func finding(_ k: Int) -> Finding {
            Finding(offset: k, length: 1, line: 0, column: k + 1, patternIndex: 0, confidence: .low, valueStart: 0)
        }
        let findings = LineFindings(capacity: 2)
        for k in 0..<200 { findings.append(finding(k)) }
        #expect(findings.count == 200)
        #expect((0..<200).allSatisfy { findings[$0].offset == $0 })
        findings[7] = finding(1_000)
        findings.removeLast(from: 10)
        #expect(findings.count == 10 && findings[7].offset == 1_000 && findings[9].offset == 9)
        #expect(findings.buffer.map(\.offset) == [0, 1, 2, 3, 4, 5, 6, 1_000, 8, 9])
        findings.removeAll()
        #expect(findings.isEmpty)
        findings.append(finding(5))
        #expect(findings.buffer.map(\.offset) == [5])
        let line = (0..<300).map { "a\($0)@example.org" }.joined(separator: " ")
        #expect(scan(line, patterns: defaultPatterns).count == 300)
    }

    /// A line's findings sort as the standard sort orders them: a run per pattern in column
    /// order, patterns that share columns, columns past 2^40 (where the keys stop counting),
    /// and the storage reused for lines of other sizes, some not sorted (a line with
    /// `piiscan:allow` is dropped before its sort), so that the storage, its spare and the
    /// keys have grown at different times.
    @Test func lineFindingsSortEqualsTheStandardSort() async {
        func precedes(_ a: Finding, _ b: Finding) -> Bool {
            if a.column != b.column { return a.column < b.column }
            if a.length != b.length { return a.length > b.length }
            if a.confidence != b.confidence { return a.confidence > b.confidence }
            return a.patternIndex < b.patternIndex
        }
        let shapeGen = zip(Gen.int(in: 1...20), Gen.int(in: 0...120), Gen.int(in: 0...1_000_000))
        await propertyCheck(count: 200, input: shapeGen) { patterns, perPattern, seed in
            var random = seed
            func next(_ bound: Int) -> Int {
                random = (random &* 6364136223846793005 &+ 1442695040888963407) & Int.max
                return (random >> 17) % bound
            }
            let findings = LineFindings(capacity: 4)
            for round in 0..<4 {
                findings.removeAll()
                var appended: [Finding] = []
                let size = [perPattern / 8, perPattern, perPattern / 8, perPattern][round]
                for pattern in 0..<patterns {
                    var column = next(4) == 0 ? 1 << 40 - 8 + next(8) : next(5)
                    for _ in 0..<size {
                        column += 1 + next(6)
                        let f = Finding(offset: 500 + column - 1, length: 1 + next(3), line: 0, column: column,
                                        patternIndex: pattern, confidence: [.low, .medium, .high][next(3)], valueStart: 0)
                        findings.append(f)
                        appended.append(f)
                    }
                }
                if round == 1 && next(2) == 0 { continue }
                findings.sort(by: precedes)
                #expect(Array(findings.buffer) == appended.sorted(by: precedes), "\(patterns) patterns, round \(round)")
            }
        }
    }

    @Test func overlappingFindingsKeepTheOuterOne() {
        // The keyword inside the address and the IPv4 address inside the IPv6 one are dropped.
        let found = scan("mail christian.muslim@example.org via ::ffff:81.2.69.142\n")
        #expect(found.map(\.text) == ["christian.muslim@example.org", "::ffff:81.2.69.142"])
    }

    @Test func matchLimitStopsRunawayPatternAndScanGoesOn() throws {
        let runaway = try PatternFileParser.parse("""
        - id: runaway
          category: test
          description: catastrophic backtracking
          regex: '(a+)+$'
        - id: word
          category: test
          description: a word
          regex: 'hello'
        """, file: "runaway.yaml")
        let set = try PatternSet(runaway)
        let text = String(repeating: "a", count: 5000) + "b hello\nhello\n"
        let sink = CollectingSink()
        Scanner(patterns: set, options: ScanOptions(threads: 1, minConfidence: .low))
            .scan([.memory(InputPath("runaway.txt"), Array(text.utf8))], into: sink)
        #expect(sink.findings.map { String(decoding: $0.value, as: UTF8.self) } == ["hello", "hello"])
        guard case .incomplete(let message) = sink.outcomes.first?.1 else {
            Issue.record("expected an incomplete outcome, got \(sink.outcomes)")
            return
        }
        #expect(message.contains("'runaway'"))
    }

    @Test func binaryFilesAreSkippedAndCounted() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data([0x6A, 0x40, 0x00, 0x01] + Array("jane@example.org\n".utf8)).write(to: dir.appendingPathComponent("blob.bin"))
        try Data("jane@example.org\n".utf8).write(to: dir.appendingPathComponent("text.log"))
        try Data().write(to: dir.appendingPathComponent("empty.log"))
        let sink = CollectingSink()
        let summary = Scanner(patterns: defaultPatterns).scan(InputWalker().entries(for: [dir.path]), into: sink)
        #expect(sink.outcomes.map(\.1) == [.skippedBinary, .scanned, .scanned])
        #expect(summary.binarySkipped == 1 && summary.filesScanned == 2 && summary.findings == 1)
    }

    @Test func badInputsAreReportedAndTheOthersScanned() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("jane@example.org\n".utf8).write(to: dir.appendingPathComponent("ok.log"))
        let unreadable = dir.appendingPathComponent("secret.log")
        try Data("x@example.org\n".utf8).write(to: unreadable)
        chmod(unreadable.path, 0)
        let entries = InputWalker().entries(for: [dir.path, dir.appendingPathComponent("missing.log").path])
        let sink = CollectingSink()
        let summary = Scanner(patterns: defaultPatterns).scan(entries, into: sink)
        #expect(sink.findings.map(\.text).contains("jane@example.org"))
        #expect(sink.outcomes.contains { $0.0.description.hasSuffix("missing.log") && $0.1 == .failed("No such file or directory") })
        if geteuid() != 0 {   // root reads mode-0 files
            #expect(sink.outcomes.contains { $0.0.description.hasSuffix("secret.log") && $0.1 == .failed("Permission denied") })
        }
        #expect(summary.errors >= 1)
    }

    @Test func seedPoliciesAtDefaultConfidenceReportOnlyTheirEmailsAndPhone() throws {
        let sink = CollectingSink()
        Scanner(patterns: defaultPatterns).scan(InputWalker().entries(for: [fixture("seeds").path]), into: sink)
        let emails = Set(sink.findings.filter { $0.category == "email" }.map(\.text))
        #expect(emails == ["privacy@bigstep.com", "legal@bigtime.net", "support@bigtime.net", "legal@onestepcloud.com",
                           "unsubscribe@dataops.live", "privacy@dataops.live", "dpo@bigup.se"])
        #expect(sink.findings.filter { $0.category == "email" }.count == 15)
        #expect(sink.findings.filter { $0.category == "phone" }.map(\.text) == ["+46 70 602 19 62", "+46 70 602 19 62"])
        #expect(sink.findings.count == 17)
    }

    @Test func seedPoliciesSpecialCategoriesAtLowConfidence() throws {
        let sink = CollectingSink()
        Scanner(patterns: defaultPatterns, options: ScanOptions(minConfidence: .low))
            .scan(InputWalker().entries(for: [fixture("seeds").path]), into: sink)
        let special = sink.findings.filter { $0.category == "special_category" }
        func sub(_ f: ReportedFinding) -> String { defaultPatterns.patterns[f.finding.patternIndex].definition.subcategory! }
        let line42 = special.filter { $0.path.description.hasSuffix("003_181e8ac2ad726b0a.txt") && $0.finding.line == 42 }
        #expect(Set(line42.map(sub)) == ["racial_ethnic_origin", "religious_belief", "sex_life_orientation", "political_opinion",
                                         "trade_union", "health", "genetic", "biometric", "criminal_conviction"])
        let line80 = special.filter { $0.path.description.hasSuffix("000_136ea196b03b112d.txt") && $0.finding.line == 80 }
        #expect(line80.map(sub) == ["health", "racial_ethnic_origin", "political_opinion", "religious_belief"])
        #expect(special.allSatisfy { $0.finding.confidence == .low })
        #expect(sink.findings.filter { $0.category != "special_category" }.count == 17)
    }
}
