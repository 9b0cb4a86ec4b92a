import CByteScan
import Foundation
import PropertyBased
import Testing
@testable import PIIScan

/// `value (table.column)` for every finding of a scan.
func attributed(_ sink: CollectingSink) -> [String] {
    sink.findings.map { f in
        "\(f.text) (\(f.field?.description ?? "-"))"
    }
}

func scanEntries(_ entries: [InputEntry], chunkSize: Int = 4 << 20, threads: Int = 2) -> CollectingSink {
    let sink = CollectingSink()
    Scanner(patterns: defaultPatterns, options: ScanOptions(threads: threads, minConfidence: .low, chunkSize: chunkSize))
        .scan(entries, into: sink)
    return sink
}

@Suite struct TableTests {
    static let expected: [String: [String]] = [
        "mysqldump.sql": [
            "jane@example.org (customers.email)", "3125550182 (customers.phone)", "x@example.net (customers.note)",
            "bob@corp.example (customers.email)", "religion (customers.note)", "ana@example.com (customers.email)",
            "+46 70 602 19 62 (customers.phone)",
        ],
        "pgdump.sql": [
            "jane@example.org (public.users.contact)", "3125550182 (public.users.mobile)", "x@example.net (public.users.bio)",
            "bob@corp.example (public.users.contact)", "diabetes (public.users.bio)",
        ],
        "script.sql": [
            "jane@example.org (contacts.email)", "3125550182 (contacts.phone)", "bob@corp.example (contacts.email)",
            "4155552671 (contacts.phone)", "jane@example.net (contacts.email)", "030 1234 5678 (contacts.phone)",
        ],
        "pg-standard-strings.sql": ["jane@example.org (public.t.email)", "bob@corp.example (public.t.email)"],
        "contacts.tsv": ["jane@example.org (Email Address)", "3125550182 (Mobile)", "bob@corp.example (Email Address)"],
        "quoted.csv": [
            "jane@example.org (email)", "bob@corp.example (note)", "+46 70 602 19 62 (phone)", "bob@x.org (email)",
            "3125550182 (phone)",
        ],
    ]

    /// Each dump gives the same attributed findings mapped, streamed in tiny blocks (the
    /// tracker then follows the structure block by block), and from memory.
    @Test(arguments: ["mysqldump.sql", "pgdump.sql", "pg-standard-strings.sql", "script.sql", "contacts.tsv", "quoted.csv"])
    func findingsCarryTableAndColumn(_ name: String) throws {
        let url = fixture("dumps/" + name)
        let want = try #require(TableTests.expected[name])
        #expect(attributed(scanEntries([.file(InputPath(url.path), isStream: false)])) == want)
        for chunkSize in [1, 40, 4096] {
            #expect(attributed(scanEntries([.file(InputPath(url.path), isStream: true)], chunkSize: chunkSize)) == want,
                    "stream, chunk size \(chunkSize)")
            #expect(attributed(scanEntries([.file(InputPath(url.path), isStream: false)], chunkSize: chunkSize)) == want,
                    "mapped, chunk size \(chunkSize)")
        }
    }

    @Test func logsGetNoTableLayout() throws {
        let log = try Data(contentsOf: repositoryRoot.appendingPathComponent("Samples/app.log"))
        #expect(log.withUnsafeBytes { TableTracker.detect(UnsafeRawBufferPointer(rebasing: $0.prefix(64 << 10))) } == nil)
        let policy = try Data(contentsOf: fixture("seeds/004_d4b93893e438e83a.txt"))
        #expect(policy.withUnsafeBytes { TableTracker.detect($0) } == nil)
    }

    @Test func columnNameIsContext() {
        // Bare ten digits are a phone number only in a column named like one.
        let csv = "id,phone,order_ref\n1,3125550182,4155552671\n"
        #expect(scan(csv).map(\.text) == ["3125550182"])
    }

    /// A COPY block ends only at a line that is `\.` alone or before a carriage return, found
    /// with its rows skipped: rows that start with `\.` and more, or hold it later, are rows.
    /// The same regions whether the dump is read whole or line by line, and whether the last
    /// line has a line feed.
    @Test func copyBlockEndsOnlyAtItsTerminator() throws {
        let head = "COPY public.t (id, email) FROM stdin;\n"
        let rows = "1\tjane@example.org\n\\.x\tnot the end\n2\t\\.\n\\.\t3\n\\\n"
        let insert = "INSERT INTO u (note) VALUES ('bob@corp.example');\n"
        for (terminator, rest) in [("\\.\r\n", insert), ("\\.\n", insert), ("\\.", "")] {
            let dump = Array((head + rows + terminator + rest).utf8)
            let rowsStart = head.utf8.count
            let rowsEnd = rowsStart + rows.utf8.count
            var want = ["\(rowsStart)..<\(rowsEnd) public.t [\"id\", \"email\"]"]
            if !rest.isEmpty {
                let insertStart = rowsEnd + terminator.utf8.count
                want.append("\(insertStart)..<\(dump.count) u [\"note\"]")
            }
            func regions(lineByLine: Bool) throws -> [String] {
                try dump.withUnsafeBytes { bytes in
                    let tracker = try #require(TableTracker.detect(bytes))
                    if lineByLine {
                        var start = 0
                        while start < bytes.count {
                            let end = bytes[start...].firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.count
                            tracker.consume(UnsafeRawBufferPointer(rebasing: bytes[start..<end]), at: start)
                            start = end
                        }
                    } else {
                        tracker.consume(bytes, at: 0)
                    }
                    return tracker.layout(through: bytes.count).regions.map {
                        "\($0.range) \($0.table ?? "-") \($0.columns)"
                    }
                }
            }
            #expect(try regions(lineByLine: false) == want, "\(terminator.debugDescription)")
            #expect(try regions(lineByLine: true) == want, "line by line, \(terminator.debugDescription)")
        }
    }

    /// Column names are read per table: two tables in one chunk, in either order, each with
    /// the same values under names that make them a finding (a card under `card`, bare digits
    /// under `phone`) or rule them out (a card under `order_ref`, whose `_ref` is negative
    /// context; bare digits under `note`).
    @Test func columnNamesAreReadPerTable() {
        let plain = "COPY public.a (id, order_ref, note) FROM stdin;\n1\t4111111111111111\t3125550182\n\\.\n\n"
        let named = "COPY public.b (id, card, phone) FROM stdin;\n2\t4111111111111111\t3125550182\n\\.\n\n"
        let want = ["4111111111111111 (public.b.card)", "3125550182 (public.b.phone)"]
        for dump in [plain + named, named + plain] {
            #expect(scan(dump).map { "\($0.text) (\($0.field?.description ?? "-"))" } == want, "\(dump)")
        }
    }

    /// Separators inside strings (escaped quotes, doubled quotes, an escaped backslash before
    /// the closing quote) do not start fields.
    @Test func valuesFieldsSkipStrings() {
        let line = #"INSERT INTO t VALUES (1,'it\'s, a','O''Brien, x',"say \"hi\", ok",'end\\',last),(7,'a,b',z);"#
        let map = FieldMap()
        let bytes = Array(line.utf8)
        bytes.withUnsafeBufferPointer { map.build($0, syntax: .values(ValuesState())) }
        func field(of marker: String) -> Int? {
            guard let range = line.range(of: marker) else { return nil }
            return map.field(at: line.utf8.distance(from: line.startIndex, to: range.lowerBound))
        }
        #expect(["1,", "s, a", "Brien, x", "hi", "end", "last", "7", "a,b", "z)"].map(field(of:))
                == [0, 1, 2, 3, 4, 5, 0, 1, 2])
    }

    /// COPY and CSV rows: the field of every offset is the one a plain split gives, for lines
    /// with more fields than the map first has room for, quotes and all.
    @Test func fieldMapEqualsAPlainSplit() async {
        let byteGen = Gen.element(of: Array("ab\t,\" ".utf8)).map { $0 ?? 0x20 }
        await propertyCheck(count: 300, input: byteGen.array(of: 0...400), Gen.int(in: 0...3)) { line, startField in
            let map = FieldMap()
            for (syntax, separator) in [(TableLayout.RowSyntax.copy, UInt8(0x09)),
                                        (.delimited(UInt8(ascii: ","), startField: startField), UInt8(ascii: ","))] {
                line.withUnsafeBufferPointer { map.build($0, syntax: syntax) }
                var expected: [Int] = []
                var index = separator == 0x09 ? 0 : startField
                var inQuote = false
                for b in line {
                    expected.append(index)
                    if separator != 0x09 && b == UInt8(ascii: "\"") { inQuote.toggle() }
                    if b == separator && !inQuote { index += 1 }
                }
                #expect(line.indices.map { map.field(at: $0) } == expected, "\(syntax) \(line)")
                // Asked out of order too: each answer is where the next search starts.
                let scrambled = line.indices.sorted { ($0 * 7919) % 401 < ($1 * 7919) % 401 }
                #expect(scrambled.map { map.field(at: $0) } == scrambled.map { expected[$0] }, "\(syntax) \(line)")
            }
        }
    }

    /// An extended INSERT of many rows, asked as the patterns ask: column by column, each down
    /// the rows that hold a finding (most or all, so that the answers lie a row's width
    /// apart), at any byte of the field, then at random.
    @Test func fieldMapOfManyRowsAnswersColumnByColumn() async {
        let shapeGen = zip(Gen.int(in: 1...6), Gen.int(in: 2...60), Gen.int(in: 0...3), Gen.int(in: 0...1_000_000))
        await propertyCheck(count: 200, input: shapeGen) { columns, rows, gaps, seed in
            var random = seed
            func next(_ bound: Int) -> Int {
                random = (random &* 6364136223846793005 &+ 1442695040888963407) & Int.max
                return (random >> 17) % bound
            }
            var line = Array("INSERT INTO `t` VALUES ".utf8)
            var fields: [[Range<Int>]] = []  // per row, per column
            for row in 0..<rows {
                line += row == 0 ? "(".utf8 : ",(".utf8
                var ranges: [Range<Int>] = []
                for column in 0..<columns {
                    if column > 0 { line += ",".utf8 }
                    let start = line.count
                    line += next(2) == 0 ? Array(String(next(100_000)).utf8) : Array("'a,b(\(next(99))'".utf8)
                    ranges.append(start..<line.count)
                }
                line += ")".utf8
                fields.append(ranges)
            }
            line += ";".utf8
            let map = FieldMap()
            line.withUnsafeBufferPointer { map.build($0, syntax: .values(ValuesState())) }
            var asked: [(Int, Int)] = []  // offset, column
            for column in 0..<columns {
                for row in 0..<rows where gaps == 0 || next(4 * gaps + 1) != 0 {
                    let range = fields[row][column]
                    asked.append((range.lowerBound + next(range.count), column))
                }
            }
            for _ in 0..<20 {
                let row = next(rows), column = next(columns)
                asked.append((fields[row][column].lowerBound, column))
            }
            #expect(asked.map { map.field(at: $0.0) } == asked.map(\.1), "\(columns) columns, \(rows) rows, gaps \(gaps)")
        }
    }

    /// SQL tuples: the fields and the state at the line end that `FieldMap.tuples` (which
    /// reads only the bytes that can change its state, found 64 at a time) gives are those
    /// of a byte-by-byte reading, from any state a line can start in.
    @Test func tuplesEqualAByteByByteReading() async {
        let byteGen = Gen.element(of: Array(#"'"\(),eE a"#.utf8)).map { $0 ?? 0x20 }
        let quoteGen = Gen.element(of: [UInt8(0), UInt8(ascii: "'"), UInt8(ascii: "\"")]).map { $0 ?? 0 }
        let startGen = zip(Gen.int(in: 0...2), quoteGen, Gen.bool, Gen.bool).map { depth, quote, standard, escapes in
            ValuesState(findsKeyword: false, standardStrings: standard, depth: depth, index: depth,
                        quote: quote, escapes: escapes)
        }
        await propertyCheck(count: 400, input: byteGen.array(of: 0...300), startGen) { line, start in
            var state = start
            var fields: [[Int]] = []
            line.withUnsafeBufferPointer { FieldMap.tuples($0, from: 0, state: &state) { fields.append([$0, $1]) } }
            var expectedState = start
            let expectedFields = Self.byteByByteTuples(line, state: &expectedState)
            #expect(fields == expectedFields, "\(String(decoding: line, as: UTF8.self)) \(start)")
            #expect(state == expectedState)
        }
    }

    /// The same for lines of single-quoted strings, parentheses and commas, with now and then a
    /// double quote or backslash: most 64-byte blocks are read from the parity of their quotes
    /// (doubled quotes, strings across blocks), the others quote by quote, in any order.
    @Test func tuplesFromQuoteParityEqualAByteByByteReading() async {
        let byteGen = Gen.element(of: Array("'''(),eE a1".utf8)).map { $0 ?? 0x20 }
        let rareGen = Gen.element(of: Array(#""\"#.utf8)).map { $0 ?? 0x22 }
        let lineGen = zip(byteGen.array(of: 0...400), Gen.int(in: 0...400), rareGen, Gen.int(in: 0...2)).map {
            line, at, rare, count in
            var line = line
            for k in 0..<count where !line.isEmpty { line.insert(rare, at: (at + 97 * k) % line.count) }
            return line
        }
        let quoteGen = Gen.element(of: [UInt8(0), UInt8(ascii: "'"), UInt8(ascii: "\"")]).map { $0 ?? 0 }
        // States a line can start in: without standard_conforming_strings, an open string
        // always takes backslash escapes.
        let startGen = zip(Gen.int(in: 0...2), quoteGen, Gen.bool, Gen.bool).map { depth, quote, standard, escapes in
            ValuesState(findsKeyword: false, standardStrings: standard, depth: depth, index: depth,
                        quote: quote, escapes: escapes || !standard)
        }
        await propertyCheck(count: 500, input: lineGen, startGen, Gen.int(in: 0...70)) { line, start, from in
            let from = min(from, line.count)
            var state = start
            var fields: [[Int]] = []
            line.withUnsafeBufferPointer { FieldMap.tuples($0, from: from, state: &state) { fields.append([$0, $1]) } }
            var expectedState = start
            let expectedFields = Self.byteByByteTuples(line, from: from, state: &expectedState)
            #expect(fields == expectedFields, "\(String(decoding: line, as: UTF8.self)) \(start) from \(from)")
            #expect(state == expectedState)
        }
        // Fixed lines from every start state, reachable or not: long blocks without quotes,
        // a string that opens and closes, one left open, doubled quotes, a string across blocks.
        let lines = [String(repeating: "a", count: 70), "('x','y')," + String(repeating: "a", count: 60),
                     "(" + String(repeating: "b", count: 60) + "'open", "('it''s',''),(1,'" + String(repeating: "c", count: 70) + "')"]
        for text in lines {
            for quote in [UInt8(0), UInt8(ascii: "'"), UInt8(ascii: "\"")] {
                for (standard, escapes) in [(false, false), (false, true), (true, false), (true, true)] {
                    let line = Array(text.utf8)
                    let start = ValuesState(findsKeyword: false, standardStrings: standard, depth: 1, index: 1,
                                            quote: quote, escapes: escapes)
                    var state = start
                    var fields: [[Int]] = []
                    line.withUnsafeBufferPointer { FieldMap.tuples($0, from: 0, state: &state) { fields.append([$0, $1]) } }
                    var expectedState = start
                    #expect(fields == Self.byteByByteTuples(line, state: &expectedState), "\(text) \(start)")
                    #expect(state == expectedState, "\(text) \(start)")
                }
            }
        }
    }

    /// The masks of a tuple's bytes, 64 at a time at every SIMD level and for any shorter
    /// length inline, are those of a byte-by-byte reading, bytes from 0x80 up included.
    @Test func tupleMasksEqualAByteByByteReading() async {
        let byteGen = Gen.element(of: Array(#"'"\(),a1 "#.utf8) + [0xA7, 0xA2, 0xDC, 0xA8, 0xAC]).map { $0 ?? 0x20 }
        await propertyCheck(count: 400, input: byteGen.array(of: 64...64), Gen.int(in: 0...64)) { block, n in
            func expected(_ count: Int, _ bytes: String) -> UInt64 {
                (0..<count).reduce(0) { bytes.utf8.contains(block[$1]) ? $0 | 1 << UInt64($1) : $0 }
            }
            block.withUnsafeBufferPointer { p in
                var single: UInt64 = 0, rare: UInt64 = 0, structure: UInt64 = 0
                for level in simdLevels {
                    piiscan_tuple_masks64_at(level, p.baseAddress!, &single, &rare, &structure)
                    #expect([single, rare, structure] == [expected(64, "'"), expected(64, "\"\\"), expected(64, "(),")],
                            "level \(level)")
                }
                piiscan_tuple_masks(p.baseAddress!, n, &single, &rare, &structure)
                #expect([single, rare, structure] == [expected(n, "'"), expected(n, "\"\\"), expected(n, "(),")], "n \(n)")
            }
        }
    }

    /// The offsets after each tab of a COPY row, found 32 or 16 bytes at a time (the last
    /// ones in an overlapping block) or one by one, are those of a byte-by-byte reading, in
    /// rows of every length up to 100 bytes; with too little room, the first ones and the count.
    @Test func tabOffsetsEqualAByteByByteReading() async {
        let byteGen = Gen.element(of: Array("\ta1 ,\n".utf8) + [0x89, 0xC9]).map { $0 ?? 0x20 }
        await propertyCheck(count: 600, input: byteGen.array(of: 0...100), Gen.int(in: 0...40)) { row, capacity in
            let expected = row.indices.filter { row[$0] == 0x09 }.map { $0 + 1 }
            row.withUnsafeBufferPointer { p in
                let base = p.baseAddress ?? UnsafePointer(bitPattern: 1)!
                for level in simdLevels {
                    var offsets = [Int](repeating: -1, count: capacity)
                    let count = offsets.withUnsafeMutableBufferPointer {
                        piiscan_offsets_after_at(level, base, row.count, 0x09, $0.baseAddress, capacity)
                    }
                    #expect(count == expected.count, "level \(level), \(row)")
                    #expect(Array(offsets.prefix(min(count, capacity))) == Array(expected.prefix(capacity)), "level \(level)")
                    #expect(offsets.dropFirst(min(count, capacity)).allSatisfy { $0 == -1 }, "level \(level)")
                }
            }
        }
    }

    /// The reference reading of SQL tuples, one byte at a time.
    static func byteByByteTuples(_ line: [UInt8], from: Int = 0, state: inout ValuesState) -> [[Int]] {
        var fields: [[Int]] = []
        if state.depth >= 1 { fields.append([0, state.index]) }
        var i = from
        while i < line.count {
            let b = line[i]
            if state.quote != 0 {
                if b == UInt8(ascii: "\\") && state.escapes {
                    i += 1
                } else if b == state.quote {
                    if i + 1 < line.count && line[i + 1] == state.quote { i += 1 } else { state.quote = 0 }
                }
            } else if b == UInt8(ascii: "'") || b == UInt8(ascii: "\"") {
                state.quote = b
                state.escapes = !state.standardStrings || (i > 0 && line[i - 1] | 0x20 == UInt8(ascii: "e"))
            } else if b == UInt8(ascii: "(") {
                state.depth += 1
                if state.depth == 1 {
                    state.index = 0
                    fields.append([i + 1, 0])
                }
            } else if b == UInt8(ascii: ")") {
                if state.depth == 1 { fields.append([i, -1]) }
                state.depth = max(0, state.depth - 1)
            } else if b == UInt8(ascii: ",") && state.depth == 1 {
                state.index += 1
                fields.append([i + 1, state.index])
            }
            i += 1
        }
        return fields
    }

    /// A mysqldump extended INSERT far longer than a chunk: one line of 17 MB.
    @Test func mysqldumpLineOver16MB() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var dump = Array("CREATE TABLE `t` (\n  `id` int,\n  `note` text,\n  `email` varchar(255)\n);\nINSERT INTO `t` VALUES ".utf8)
        var row = 0
        while dump.count < 17 << 20 {
            if row > 0 { dump.append(UInt8(ascii: ",")) }
            dump += Array("(\(row),'it\\'s, (fine) \\\\ \(row % 97 == 0 ? "mail note\(row)@example.org" : "nothing")','user\(row)@example.com')".utf8)
            row += 1
        }
        dump += Array(";\nINSERT INTO `t` VALUES (-1,'x','last@example.net');\n".utf8)
        let file = dir.appendingPathComponent("big.sql")
        try Data(dump).write(to: file)
        for isStream in [false, true] {
            let sink = scanEntries([.file(InputPath(file.path), isStream: isStream)], chunkSize: 1 << 20)
            let emails = sink.findings.filter { $0.category == "email" }
            #expect(emails.count == row + (row + 96) / 97 + 1, "stream \(isStream)")
            #expect(emails.allSatisfy { f in
                f.field?.table == "t" && f.field?.column == (f.text.hasPrefix("note") ? "note" : "email")
            }, "stream \(isStream)")
            #expect(emails.last?.text == "last@example.net" && emails.last?.finding.line == 7)
        }
    }
}
