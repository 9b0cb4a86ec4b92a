import Foundation
import PropertyBased
import Testing
@testable import PIIScan

/// Collects a redacted copy in memory; can be told to fail after some bytes.
final class MemoryOutput: RedactedOutput, @unchecked Sendable {
    var bytes: [UInt8] = []
    var committed = false
    var aborted = false
    let failAfter: Int?

    init(failAfter: Int? = nil) { self.failAfter = failAfter }

    func write(_ data: UnsafeRawBufferPointer) throws {
        if let failAfter, bytes.count + data.count > failAfter { throw RedactionError("disk full (simulated)") }
        bytes.append(contentsOf: data)
    }
    func commit() throws { committed = true }
    func abort() { aborted = true }
}

let testKey = try! PseudonymKey(bytes: Array("0123456789abcdef-test-key".utf8))
let otherKey = try! PseudonymKey(bytes: Array("another key, also long enough".utf8))

/// Redacts `input` in memory; returns the copy and the findings of the scan that made it.
func redact(_ input: [UInt8], operators: [String: RedactionOperator] = [:], key: PseudonymKey? = testKey,
            chunkSize: Int = 4 << 20, threads: Int = 2, minConfidence: Confidence = .low) throws -> (output: [UInt8], findings: [ReportedFinding]) {
    let output = MemoryOutput()
    let report = CollectingSink()
    let sink = RedactingSink(patterns: defaultPatterns, policy: try RedactionPolicy(operators: operators, key: key),
                             minConfidence: minConfidence, next: report) { _, _ in output }
    Scanner(patterns: defaultPatterns, options: ScanOptions(threads: threads, minConfidence: minConfidence, chunkSize: chunkSize,
                                                            keepsChunkBytes: true))
        .scan([.memory(InputPath("mem"), input)], into: sink)
    #expect(sink.failures == 0)
    #expect(output.committed)
    return (output.bytes, report.findings)
}

func redact(_ text: String, _ operators: [String: RedactionOperator] = [:], key: PseudonymKey? = testKey) throws -> String {
    String(decoding: try redact(Array(text.utf8), operators: operators, key: key).output, as: UTF8.self)
}

// MARK: - Generators

/// Values of every default category, in the spellings logs and dumps use.
let personalValues = [
    "jane.doe@example.org", "o'brien_1@web.de", "FA.LA+shop@Mail.Example.co.jp",
    "4111 1111 1111 1111", "5500-0000-0000-0004", "378282246310005", "6011000990139424",
    "203.0.114.7", "81.2.69.160", "10.1.2.3", "2a00:1450:4001:82b::200e", "2606:4700:4700::1111",
    "+44 20 7946 0958", "+1 (415) 555-2671", "call (212) 555-0143", "+49 30 901820",
    "DE89 3704 0044 0532 0130 00", "GB82WEST12345698765432", "FR1420041010050500013M02606",
    "SSN 078-05-1121", "ssn: 219-09-9999",
    "diagnosed with type 2 diabetes", "HIV positive", "member of the Unite trade union",
    "Sunni Muslim", "fingerprint template", "convicted of fraud", "identifies as bisexual",
]

/// Text around the values: ASCII (no NUL), separators, quotes, CR and LF, and some UTF-8.
let fillerGen = Gen<UInt8>.value(in: 1...127).array(of: 0...30).map { String(decoding: $0, as: UTF8.self) }
let separatorGen = Gen.element(of: [" ", "\n", "\r\n", ", ", "\t", "'", "\"", ";", "é ", "日本 ", "="])
let pieceGen = zip(Gen.int(in: 0...2), fillerGen, Gen.element(of: personalValues), separatorGen).map { kind, filler, value, separator in
    (kind == 0 ? filler : (value ?? "")) + (separator ?? " ")
}
let documentGen = pieceGen.array(of: 0...40).map { $0.joined() }
let operatorGen = Gen.element(of: RedactionOperator.allCases).map { $0 ?? .mask }

/// Category names of the default set.
let defaultCategories = Set(defaultPatterns.patterns.map(\.definition.category))

// MARK: - Properties

@Suite struct RedactionPropertyTests {
    /// Outside the reported spans the copy is the input, byte for byte; inside each span is
    /// exactly the operator's replacement; at any chunk size. (Unless the replacements made
    /// a neighbour findable: then the sink redacts again.)
    @Test func copyEqualsInputOutsideTheSpans() async {
        await propertyCheck(count: 150, input: documentGen, operatorGen, Gen.int(in: 1...300)) { document, op, chunkSize in
            let input = Array(document.utf8)
            let operators = Dictionary(uniqueKeysWithValues: defaultCategories.map { ($0, op) })
            guard let (output, findings) = try? redact(input, operators: operators, chunkSize: chunkSize) else {
                Issue.record("redaction failed")
                return
            }
            // A random document can read as a CSV or TSV table; a number that is a whole field of
            // its row is then replaced by a number (`bareNumbersStayNumbersOfTheirLength`), which
            // this splice does not model.
            guard !findings.contains(where: { $0.field != nil && $0.value.allSatisfy { $0 &- 0x30 < 10 } }) else { return }
            var expected: [UInt8] = []
            var cursor = 0
            let replacement = Replacement(key: testKey)
            for reported in findings {
                let f = reported.finding
                let definition = defaultPatterns.patterns[f.patternIndex].definition
                let end = f.offset + f.length
                guard end > cursor else { continue }   // inside the previous span
                guard f.offset >= cursor else {
                    // Overlaps the previous span: the part beyond it is masked.
                    input.withUnsafeBytes { Replacement.mask(UnsafeRawBufferPointer(rebasing: $0[cursor..<end]), into: &expected) }
                    cursor = end
                    continue
                }
                expected += input[cursor..<f.offset]
                input.withUnsafeBytes { raw in
                    replacement.append(UnsafeRawBufferPointer(rebasing: raw[f.offset..<(f.offset + f.length)]),
                                       category: definition.category,
                                       tag: Replacement.tag(category: definition.category, subcategory: definition.subcategory),
                                       operator: op, into: &expected)
                }
                cursor = f.offset + f.length
            }
            expected += input[cursor...]
            // When the replacements leave nothing to find, the copy is exactly this splice;
            // otherwise the sink redacts again (tested in the next property).
            let left = Scanner(patterns: defaultPatterns, options: ScanOptions(threads: 1, minConfidence: .low)).findings(in: expected)
            if left.isEmpty {
                #expect(output == expected)
                if op == .mask { #expect(output.count == input.count || input.contains { $0 >= 0x80 }) }
            }
        }
    }

    /// Redacting a copy again changes nothing, and a scan of the copy at the same confidence
    /// finds none of the redacted categories.
    @Test func redactionIsIdempotentAndLeavesNothingToFind() async {
        await propertyCheck(count: 150, input: documentGen, operatorGen) { document, op in
            let operators = Dictionary(uniqueKeysWithValues: defaultCategories.map { ($0, op) })
            guard let once = try? redact(Array(document.utf8), operators: operators, chunkSize: 64),
                  let twice = try? redact(once.output, operators: operators, chunkSize: 97) else {
                Issue.record("redaction failed")
                return
            }
            #expect(twice.output == once.output, "operator \(op)")
            #expect(twice.findings.map { "\($0.category) \($0.text)" } == [], "operator \(op)")
        }
    }

    /// The same value under the same key gives the same pseudonym, in any document; another
    /// key gives another.
    @Test func hashIsDeterministicPerKey() async {
        await propertyCheck(count: 60, input: Gen.element(of: personalValues), fillerGen) { value, filler in
            let value = value ?? personalValues[0]
            let all = Dictionary(uniqueKeysWithValues: defaultCategories.map { ($0, RedactionOperator.hash) })
            guard let alone = try? redact(value, all), let inText = try? redact(filler + "\n" + value + "\n", all),
                  let otherKeyed = try? redact(value, all, key: otherKey) else {
                Issue.record("redaction failed")
                return
            }
            // Bytes, not Characters: "\r" + "\n" is one Character.
            let suffix = Array(("\n" + alone + "\n").utf8)
            #expect(Array(inText.utf8).suffix(suffix.count) == suffix[...])
            if alone != value { #expect(otherKeyed != alone) }
        }
    }
}

// MARK: - Operators

@Suite struct RedactionOperatorTests {
    @Test func maskKeepsSeparatorsAndLength() throws {
        #expect(try redact("ssn 078-05-1121 ok") == "ssn ***-**-**** ok")
        #expect(try redact("to jane.doe@example.org.") == "to ****.***@*******.***.")
        #expect(try redact("card 4111 1111 1111 1111\n") == "card **** **** **** ****\n")
    }

    @Test func tagNamesCategoryAndSubcategory() throws {
        let tag = Dictionary(uniqueKeysWithValues: defaultCategories.map { ($0, RedactionOperator.tag) })
        #expect(try redact("mail jane.doe@example.org now", tag) == "mail [EMAIL] now")
        #expect(try redact("she was diagnosed with type 2 diabetes") == "she was [SPECIAL_CATEGORY:HEALTH] type 2 [SPECIAL_CATEGORY:HEALTH]")
    }

    @Test func partialKeepsWhatIsSafe() throws {
        let partial = Dictionary(uniqueKeysWithValues: defaultCategories.map { ($0, RedactionOperator.partial) })
        #expect(try redact("card 4111-1111-1111-1111 ", partial) == "card ****-****-****-1111 ")
        #expect(try redact("jane.doe@example.org", partial) == "****.***@example.org")
        #expect(try redact("from 81.2.69.160 x", partial) == "from 81.2.**.*** x")
        #expect(try redact("DE89 3704 0044 0532 0130 00", partial) == "DE** **** **** **** **30 00")
    }

    @Test func hashShapesPseudonymsInReservedRanges() throws {
        let hash = Dictionary(uniqueKeysWithValues: defaultCategories.map { ($0, RedactionOperator.hash) })
        let email = try redact("jane.doe@example.org", hash)
        #expect(email.wholeMatch(of: /user-[0-9a-f]{12}@pseudo\.invalid/) != nil, "\(email)")
        #expect(try redact("JANE.DOE@EXAMPLE.ORG", hash) == email, "emails are hashed lower-cased")
        let card = try redact("4111 1111 1111 1111", hash)
        #expect(card.wholeMatch(of: /0000 00[0-9]{2} [0-9]{4} [0-9]{4}/) != nil, "\(card)")
        let digits = card.compactMap(\.wholeNumberValue)
        #expect(CardValidation.luhn(digits), "pseudonym card numbers pass Luhn")
        #expect(try redact("4111-1111-1111-1111", hash).filter(\.isNumber) == card.filter(\.isNumber), "same digits, same pseudonym")
        #expect(try redact("81.2.69.160", hash).hasPrefix("240."))
        #expect(try redact("2a00:1450:4001:82b::200e", hash).hasPrefix("2001:db8:"))
        #expect(try redact("2a00:1450:4001:082b:0000:0000:0000:200e", hash) == redact("2a00:1450:4001:82b::200e", hash),
                "IPv6 is hashed in its binary form")
        #expect(try redact("+44 20 7946 0958", hash).hasPrefix("+000 "))
        #expect(try redact("SSN 078-05-1121", hash).hasPrefix("SSN 000-"))
        #expect(try redact("GB82WEST12345698765432", hash).hasPrefix("XX"))
    }

    @Test func removeDeletesTheValue() throws {
        #expect(try redact("a jane.doe@example.org b", ["email": .remove]) == "a  b")
    }

    @Test func hashWithoutAKeyIsAnError() {
        #expect(throws: RedactionError.self) { try RedactionPolicy(operators: ["email": .hash], key: nil) }
        #expect(throws: RedactionError.self) { try PseudonymKey(bytes: Array("short".utf8)) }
        #expect("\(testKey)" == "PseudonymKey(<hidden>)")
    }

    @Test func operatorSpecs() throws {
        let parsed = try RedactionPolicy.parseOperators(["email=hash,credit_card=partial", "phone=remove"], categories: defaultCategories)
        #expect(parsed == ["email": .hash, "credit_card": .partial, "phone": .remove])
        #expect(try RedactionPolicy.parseOperators(["*=tag"], categories: defaultCategories).count == defaultCategories.count)
        #expect(throws: RedactionError.self) { try RedactionPolicy.parseOperators(["mail=hash"], categories: defaultCategories) }
        #expect(throws: RedactionError.self) { try RedactionPolicy.parseOperators(["email=blur"], categories: defaultCategories) }
        #expect(try RedactionPolicy().operatorFor(category: "special_category") == .tag)
        #expect(try RedactionPolicy().operatorFor(category: "email") == .mask)
    }
}

// MARK: - Dump rows

@Suite struct DumpRowRedactionTests {
    static let dump = """
        CREATE TABLE payments (id integer, card varchar(30), phone bigint, external_ref bigint);
        INSERT INTO payments VALUES (1, '4111111111111111', 3125550182, 656738916033835146),(2,'x',NULL, 4111111111111111 );
        COPY public.payments (id, card, phone, external_ref) FROM stdin;
        1\t4111111111111111\t3125550182\t656738916033835146
        \\.

        """

    /// The redacted lines 2 and 4 of `dump` under `op` for every category.
    func redactedRows(_ op: RedactionOperator) throws -> [Substring] {
        let all = Dictionary(uniqueKeysWithValues: defaultCategories.map { ($0, op) })
        let lines = try redact(Self.dump, all).split(separator: "\n", omittingEmptySubsequences: false)
        return [lines[1], lines[3]]
    }

    @Test func bareNumbersStayNumbersOfTheirLength() throws {
        #expect(try redactedRows(.mask) == [
            "INSERT INTO payments VALUES (1, '****************', 0000000000, 656738916033835146),(2,'x',NULL, 4111111111111111 );",
            "1\t0000000000000000\t0000000000\t656738916033835146",
        ])
        #expect(try redactedRows(.tag)[0].hasPrefix("INSERT INTO payments VALUES (1, '[CREDIT_CARD]', 0000000000,"))
        #expect(try redactedRows(.partial) == [
            "INSERT INTO payments VALUES (1, '************1111', 0000000082, 656738916033835146),(2,'x',NULL, 4111111111111111 );",
            "1\t0000000000001111\t0000000082\t656738916033835146",
        ])
    }

    @Test func removeWritesTheRowsNull() throws {
        #expect(try redactedRows(.remove) == [
            "INSERT INTO payments VALUES (1, '', NULL, 656738916033835146),(2,'x',NULL, 4111111111111111 );",
            "1\t\\N\t\\N\t656738916033835146",
        ])
        #expect(try redact("name,phone\nAna,3125550182\n", ["phone": .remove]) == "name,phone\nAna,\n")
    }

    @Test func hashGivesKeyedNumbers() throws {
        let rows = try redactedRows(.hash)
        let insert = rows[0].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let copy = rows[1].split(separator: "\t")
        // The card is hashed to the same pseudonym quoted and bare: a number either way.
        #expect(insert[1] == "'\(copy[1])'")
        #expect(copy[1].count == 16 && copy[1].hasPrefix("000000") && copy[1].allSatisfy(\.isNumber))
        // The phone number in a bigint column: ten digits from the key, not "+000 …".
        #expect(insert[2] == copy[2])
        #expect(copy[2].count == 10 && copy[2].hasPrefix("000") && copy[2].allSatisfy(\.isNumber) && copy[2] != "0000000000")
    }

    /// A value the scan does not report (its column says it is a reference, not a card) is
    /// not redacted when the redacted row is scanned again.
    @Test func copyFollowsTheReport() throws {
        let (output, findings) = try redact(Array(Self.dump.utf8))
        #expect(findings.count == 4)
        #expect(!findings.contains { $0.value == Array("656738916033835146".utf8) })
        #expect(String(decoding: output, as: UTF8.self).contains("656738916033835146"))
    }

    /// The phone number is found only once the card after it is masked: the changed line is
    /// scanned again, in a row with its table and column where the row moved to.
    @Test func changedLinesAreScannedAgain() throws {
        #expect(try redact("call +44 20 7946 0958 4111 1111 1111 1111 now\nclean\n")
                == "call +** ** **** **** **** **** **** **** now\nclean\n")
        let dump = """
            CREATE TABLE t (id integer, note text, external_ref bigint);
            INSERT INTO t VALUES (1, 'mail jane.doe@example.org', 656738916033835146);
            INSERT INTO t VALUES (2, 'call +44 20 7946 0958 4111 1111 1111 1111', 656738916033835146);

            """
        let copy = try redact(dump)
        #expect(copy.contains("(2, 'call +** ** **** **** **** **** **** ****', 656738916033835146);"), "\(copy)")
        #expect(copy.contains("(1, 'mail ****.***@*******.***', 656738916033835146);"), "\(copy)")
    }

    @Test func quotedAndLogValuesAreMaskedAsUsual() throws {
        #expect(try redact("INSERT INTO t VALUES ('3125550182 call me');\n") == "INSERT INTO t VALUES ('********** call me');\n")
        #expect(try redact("card 4111111111111111 declined\n") == "card **************** declined\n")
    }
}

// MARK: - Failures

@Suite struct RedactionFailureTests {
    /// A writer that fails midway (a full disk) drops the copy and reports the input failed.
    @Test func failingWriterAbortsTheCopy() throws {
        let output = MemoryOutput(failAfter: 100)
        let report = CollectingSink()
        let sink = RedactingSink(patterns: defaultPatterns, policy: try RedactionPolicy(), minConfidence: .medium, next: report) { _, _ in output }
        let text = String(repeating: "mail jane.doe@example.org\n", count: 50)
        Scanner(patterns: defaultPatterns, options: ScanOptions(threads: 2, chunkSize: 64, keepsChunkBytes: true))
            .scan([.memory(InputPath("mem"), Array(text.utf8))], into: sink)
        #expect(sink.failures == 1)
        #expect(output.aborted && !output.committed)
        guard case .failed(let message)? = report.outcomes.first?.1 else {
            Issue.record("the input is reported failed")
            return
        }
        #expect(message.contains("disk full"))
    }

    /// An atomic file that is aborted leaves nothing; committed, it has the mode asked for.
    @Test func atomicFileLeavesNothingOnAbort() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("out.log").path
        let file = try AtomicFileOutput(path: path)
        try Array("half".utf8).withUnsafeBytes { try file.write($0) }
        file.abort()
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == [])
        let good = try AtomicFileOutput(path: path)
        try Array("whole".utf8).withUnsafeBytes { try good.write($0) }
        try good.commit()
        #expect(FileManager.default.contents(atPath: path) == Data("whole".utf8))
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.log"])
    }

    /// Streams keep at most a few chunks between reading and writing, however long the input.
    @Test func streamedRedactionHoldsFewBuffers() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let line = "2024-03-01 login user=jane.doe@example.org from 81.2.69.160 ok\n"
        try Data(String(repeating: line, count: 40_000).utf8).write(to: dir.appendingPathComponent("big.log"))
        try shell("gzip big.log", in: dir)
        let output = MemoryOutput()
        let sink = RedactingSink(patterns: defaultPatterns, policy: try RedactionPolicy(), minConfidence: .medium) { _, compressed in
            #expect(compressed)
            return output
        }
        let (_, run) = Scanner(patterns: defaultPatterns, options: ScanOptions(threads: 2, chunkSize: 4096, keepsChunkBytes: true))
            .run(InputWalker().entries(for: [dir.appendingPathComponent("big.log.gz").path]), into: sink)
        #expect(sink.copiesWritten == 1)
        #expect(output.bytes.count == line.utf8.count * 40_000)
        #expect(run.buffers.peak.load(ordering: .relaxed) < 20, "buffers alive at once")
    }
}
