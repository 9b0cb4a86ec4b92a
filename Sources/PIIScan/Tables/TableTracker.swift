import CByteScan
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Follows the structure of a SQL dump or a CSV file line by line, in input order, and records
/// where rows of which table lie (`TableLayout`).
///
/// It understands pg_dump `COPY … FROM stdin` blocks (ended by `\.`), `INSERT INTO` statements
/// with or without a column list (then taking the columns of the preceding `CREATE TABLE`),
/// multi-line `VALUES` lists, and delimited files whose first line is a header row. It reads
/// only line starts and statement heads, so it runs at memory speed ahead of the scan.
final class TableTracker {
    private enum State {
        case none
        case copy(table: String, columns: [String])
        case createTable(name: String, columns: [String])
        case values(table: String, columns: [String], ValuesState)
        case csvHeader(UInt8)
        /// In the body of a delimited file; `carry` is the field and quote state at the end of
        /// the previous line when it ended inside a quoted field.
        case csvBody(UInt8, columns: [String], carry: Int?)
    }

    private var state: State
    private var tables: [String: [String]] = [:]
    /// Set by pg_dump's `SET standard_conforming_strings = on`.
    private var standardStrings = false
    private var regions: [TableLayout.Region] = []
    /// The region being extended by the current COPY block or CSV body.
    private var open: TableLayout.Region?

    /// A tracker for inputs whose first bytes look like a SQL dump or a delimited file with
    /// a header row; nil for anything else (logs pay nothing).
    static func detect(_ head: UnsafeRawBufferPointer) -> TableTracker? {
        let lines = head.split(separator: 0x0A, maxSplits: 400, omittingEmptySubsequences: true)
        for line in lines.prefix(400) {
            let l = UnsafeRawBufferPointer(rebasing: line)
            if startsWith(l, "CREATE TABLE") || startsWith(l, "INSERT INTO") || startsWith(l, "COPY ") {
                return TableTracker(state: .none)
            }
        }
        if let separator = csvSeparator(head, complete: head.count < 64 << 10) {
            return TableTracker(state: .csvHeader(separator))
        }
        return nil
    }

    private init(state: State) {
        self.state = state
    }

    /// Reads the lines of `bytes` (which start at a line start, at `offset` in the input).
    func consume(_ bytes: UnsafeRawBufferPointer, at offset: Int) {
        guard let base = bytes.baseAddress else { return }
        var start = 0
        while start < bytes.count {
            if case .copy = state {
                // The rows of a COPY block say nothing more about the layout: on to the line
                // that ends it, without a look at each row.
                start = TableTracker.copyBlockEnd(base.assumingMemoryBound(to: UInt8.self), from: start, count: bytes.count)
                guard start < bytes.count else { return }
            }
            var end = bytes.count
            if let newline = memchr(base + start, 0x0A, bytes.count - start) {
                end = UnsafeRawPointer(newline) - base
            }
            line(UnsafeRawBufferPointer(rebasing: bytes[start..<end]), at: offset + start, next: offset + min(end + 1, bytes.count))
            start = end + 1
        }
    }

    /// Whether the line that starts at `start` in `p[0..<n]` ends a COPY block: `\.` alone, or
    /// before a carriage return.
    static func endsCopyBlock(_ p: UnsafePointer<UInt8>, at start: Int, count n: Int) -> Bool {
        start + 2 <= n && p[start] == UInt8(ascii: "\\") && p[start + 1] == UInt8(ascii: ".")
            && (start + 2 == n || p[start + 2] == 0x0A || p[start + 2] == 0x0D)
    }

    /// The start of the first line at or after the line start `from` in `p[0..<n]` that ends a
    /// COPY block (`endsCopyBlock`); n when none.
    static func copyBlockEnd(_ p: UnsafePointer<UInt8>, from: Int, count n: Int) -> Int {
        var start = from
        while true {
            if endsCopyBlock(p, at: start, count: n) { return start }
            // The next line that starts with `\.`.
            let found = copyEndNeedle.withUnsafeBufferPointer { piiscan_find(p, start, n, $0.baseAddress!, $0.count) }
            guard found < n else { return n }
            start = found + 1
        }
    }

    private static let copyEndNeedle: [UInt8] = [0x0A, UInt8(ascii: "\\"), UInt8(ascii: ".")]

    /// The layout of everything consumed so far; an open COPY block or CSV body extends to
    /// `end`. With `dropBefore`, regions that end before that offset are forgotten (streams).
    func layout(through end: Int, dropBefore: Int? = nil) -> TableLayout {
        var all = regions
        if var open {
            open.range = open.range.lowerBound..<max(open.range.lowerBound, end)
            all.append(open)
        }
        if let dropBefore {
            regions.removeAll { $0.range.upperBound <= dropBefore }
        }
        return TableLayout(regions: all)
    }

    private func line(_ l: UnsafeRawBufferPointer, at offset: Int, next: Int) {
        switch state {
        case .copy:
            if let p = l.baseAddress?.assumingMemoryBound(to: UInt8.self), TableTracker.endsCopyBlock(p, at: 0, count: l.count) {
                closeOpen(at: offset)
                state = .none
            }
        case .createTable(let name, var columns):
            let trimmed = TableTracker.trimmed(l)
            if trimmed.first == UInt8(ascii: ")") {
                tables[name] = columns
                state = .none
            } else if let column = TableTracker.columnDefinition(trimmed) {
                columns.append(column)
                state = .createTable(name: name, columns: columns)
            }
        case .values(let table, let columns, var values):
            addRegion(TableLayout.Region(range: offset..<next, table: table, columns: columns, syntax: .values(values)))
            l.withMemoryRebound(to: UInt8.self) { FieldMap.tuples($0, from: 0, state: &values) { _, _ in } }
            state = values.depth == 0 && values.quote == 0 && TableTracker.endsStatement(l)
                ? .none : .values(table: table, columns: columns, values)
        case .csvHeader(let separator):
            let columns = TableTracker.splitHeader(Array(l), separator: separator)
            state = .csvBody(separator, columns: columns, carry: nil)
            open = TableLayout.Region(range: next..<next, table: nil, columns: columns, syntax: .delimited(separator))
        case .csvBody(let separator, let columns, let carry):
            // Only lines with a quote can open or close a quoted field that spans lines.
            guard carry != nil || l.contains(UInt8(ascii: "\"")) else { return }
            var field = carry ?? 0
            var inQuote = carry != nil
            for b in l {
                if b == UInt8(ascii: "\"") { inQuote.toggle() } else if b == separator && !inQuote { field += 1 }
            }
            if let carry {
                // This line continues a quoted field: a region of its own that starts inside it.
                closeOpen(at: offset)
                regions.append(TableLayout.Region(range: offset..<next, table: nil, columns: columns,
                                                  syntax: .delimited(separator, startField: carry, inQuote: true)))
                if !inQuote {
                    open = TableLayout.Region(range: next..<next, table: nil, columns: columns, syntax: .delimited(separator))
                }
            }
            state = .csvBody(separator, columns: columns, carry: inQuote ? field : nil)
        case .none:
            statementHead(l, at: offset, next: next)
        }
    }

    private func statementHead(_ l: UnsafeRawBufferPointer, at offset: Int, next: Int) {
        if TableTracker.startsWith(l, "SET standard_conforming_strings") {
            standardStrings = TableTracker.contains(l, "on")
        } else if TableTracker.startsWith(l, "COPY ") && TableTracker.contains(l, "FROM stdin") {
            var rest = Array(l.dropFirst(5))[...]
            let table = TableTracker.identifier(&rest)
            let columns = TableTracker.parenthesisedList(&rest)
            state = .copy(table: table, columns: columns)
            open = TableLayout.Region(range: next..<next, table: table, columns: columns, syntax: .copy)
        } else if TableTracker.startsWith(l, "CREATE TABLE") {
            var rest = Array(l.dropFirst(12))[...]
            TableTracker.skipSpaces(&rest)
            for words in ["IF NOT EXISTS", "if not exists"] where rest.starts(with: words.utf8) {
                rest = rest.dropFirst(words.utf8.count)
            }
            let name = TableTracker.identifier(&rest)
            TableTracker.skipSpaces(&rest)
            if rest.first == UInt8(ascii: "("), TableTracker.endsStatement(l) {
                tables[name] = TableTracker.parenthesisedList(&rest, definitions: true)   // one-line CREATE TABLE
            } else {
                state = .createTable(name: name, columns: [])
            }
        } else if TableTracker.startsWith(l, "INSERT INTO") {
            // Copy only the statement head: a mysqldump INSERT line can be megabytes long.
            let valuesEnd = l.withMemoryRebound(to: UInt8.self) { FieldMap.valuesKeyword($0) }
            var rest = Array(l[11..<(valuesEnd ?? l.count)])[...]
            let table = TableTracker.identifier(&rest)
            TableTracker.skipSpaces(&rest)
            let columns = rest.first == UInt8(ascii: "(") ? TableTracker.parenthesisedList(&rest) : tables[table] ?? []
            let start = ValuesState(standardStrings: standardStrings)
            addRegion(TableLayout.Region(range: offset..<next, table: table, columns: columns, syntax: .values(start)))
            // A statement that goes on past this line: follow its tuples and strings, so the
            // next line knows the field (and string) it starts in. Complete lines end with ");".
            let last = TableTracker.lastNonBlank(l)
            if !(last.map { $0 > 0 && l[$0] == UInt8(ascii: ";") && l[$0 - 1] == UInt8(ascii: ")") } ?? false) {
                var values = start
                values.findsKeyword = false
                if let valuesEnd {
                    l.withMemoryRebound(to: UInt8.self) { FieldMap.tuples($0, from: valuesEnd, state: &values) { _, _ in } }
                }
                if values.depth != 0 || values.quote != 0 || !TableTracker.endsStatement(l) {
                    state = .values(table: table, columns: columns, values)
                }
            }
        }
    }

    /// Adds a region, merged with the previous one when it continues it.
    private func addRegion(_ region: TableLayout.Region) {
        if let last = regions.last, last.range.upperBound == region.range.lowerBound, last.table == region.table,
           last.columns == region.columns, last.syntax == region.syntax {
            regions[regions.count - 1].range = last.range.lowerBound..<region.range.upperBound
        } else {
            regions.append(region)
        }
    }

    private func closeOpen(at end: Int) {
        guard var region = open else { return }
        region.range = region.range.lowerBound..<max(region.range.lowerBound, end)
        if !region.range.isEmpty { regions.append(region) }
        open = nil
    }

    // MARK: Lexing

    static func startsWith(_ l: UnsafeRawBufferPointer, _ prefix: String) -> Bool {
        let p = Array(prefix.utf8)
        guard l.count >= p.count else { return false }
        for i in 0..<p.count where l[i] | 0x20 != p[i] | 0x20 { return false }
        return true
    }

    static func contains(_ l: UnsafeRawBufferPointer, _ word: String) -> Bool {
        let w = Array(word.utf8)
        guard l.count >= w.count else { return false }
        for i in 0...(l.count - w.count) where l[i] == w[0] {
            if (0..<w.count).allSatisfy({ l[i + $0] == w[$0] }) { return true }
        }
        return false
    }

    static func trimmed(_ l: UnsafeRawBufferPointer) -> ArraySlice<UInt8> {
        var s = Array(l)[...]
        while let f = s.first, f == 0x20 || f == 0x09 { s = s.dropFirst() }
        while let b = s.last, b == 0x20 || b == 0x09 || b == 0x0D { s = s.dropLast() }
        return s
    }

    static func endsStatement(_ l: UnsafeRawBufferPointer) -> Bool {
        lastNonBlank(l).map { l[$0] == UInt8(ascii: ";") } ?? false
    }

    /// The index of the last byte of `l` that is not a space, tab or carriage return.
    static func lastNonBlank(_ l: UnsafeRawBufferPointer) -> Int? {
        var i = l.count - 1
        while i >= 0, l[i] == 0x20 || l[i] == 0x09 || l[i] == 0x0D { i -= 1 }
        return i >= 0 ? i : nil
    }

    static func skipSpaces(_ s: inout ArraySlice<UInt8>) {
        while let f = s.first, f == 0x20 || f == 0x09 { s = s.dropFirst() }
    }

    /// Reads an identifier, possibly qualified (`public.t`) and quoted (`` `t` ``, `"t"`).
    static func identifier(_ s: inout ArraySlice<UInt8>) -> String {
        skipSpaces(&s)
        var name: [UInt8] = []
        while let f = s.first {
            if f == UInt8(ascii: "`") || f == UInt8(ascii: "\"") || f == UInt8(ascii: "[") {
                let close = f == UInt8(ascii: "[") ? UInt8(ascii: "]") : f
                s = s.dropFirst()
                while let c = s.first, c != close {
                    name.append(c)
                    s = s.dropFirst()
                }
                s = s.dropFirst()
            } else if FieldMap.isWordByte(f) || f == UInt8(ascii: ".") || f >= 0x80 || f == UInt8(ascii: "$") {
                name.append(f)
                s = s.dropFirst()
            } else {
                break
            }
        }
        return String(decoding: name, as: UTF8.self)
    }

    /// Reads `(a, b, c)`; with `definitions`, takes the first word of each item of a one-line
    /// CREATE TABLE and skips constraints.
    static func parenthesisedList(_ s: inout ArraySlice<UInt8>, definitions: Bool = false) -> [String] {
        skipSpaces(&s)
        guard s.first == UInt8(ascii: "(") else { return [] }
        s = s.dropFirst()
        var items: [String] = []
        var depth = 0
        var current: [UInt8] = []
        while let c = s.first {
            s = s.dropFirst()
            if c == UInt8(ascii: "(") { depth += 1 }
            if c == UInt8(ascii: ")") {
                if depth == 0 { break }
                depth -= 1
            }
            if c == UInt8(ascii: ",") && depth == 0 {
                items.append(String(decoding: current, as: UTF8.self))
                current = []
            } else {
                current.append(c)
            }
        }
        items.append(String(decoding: current, as: UTF8.self))
        return items.compactMap { item in
            var bytes = Array(item.utf8)[...]
            if definitions { return columnDefinition(bytes) }
            return identifier(&bytes).nilIfEmpty
        }
    }

    static let constraintWords = ["PRIMARY", "KEY", "UNIQUE", "CONSTRAINT", "INDEX", "FOREIGN", "CHECK",
                                  "FULLTEXT", "SPATIAL", "EXCLUDE", "PERIOD"]

    /// The column name of a column-definition line of CREATE TABLE, or nil for constraints.
    static func columnDefinition(_ line: ArraySlice<UInt8>) -> String? {
        var s = line
        skipSpaces(&s)
        guard let first = s.first else { return nil }
        let quoted = first == UInt8(ascii: "`") || first == UInt8(ascii: "\"")
        if !quoted {
            let word = String(decoding: s.prefix { FieldMap.isWordByte($0) }, as: UTF8.self).uppercased()
            if constraintWords.contains(word) || word.isEmpty { return nil }
        }
        return identifier(&s).nilIfEmpty
    }

    /// The separator of a delimited file with a header row of plain names, if the first
    /// records look like one: the same number of fields in every record, at least two. Records
    /// end at newlines outside quotes; `complete` says the head is the whole file.
    static func csvSeparator(_ head: UnsafeRawBufferPointer, complete: Bool) -> UInt8? {
        guard let headerEnd = head.firstIndex(of: 0x0A) else { return nil }
        let header = Array(head[..<headerEnd])
        for separator in [UInt8(ascii: ","), 0x09, UInt8(ascii: ";"), UInt8(ascii: "|")] {
            let names = splitHeader(header, separator: separator)
            guard names.count >= 2, names.allSatisfy({ name in
                !name.isEmpty && name.utf8.count <= 64
                    && name.utf8.allSatisfy { FieldMap.isWordByte($0) || $0 == 0x20 || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") }
            }) else { continue }
            // Field counts of the following records; the last one may be cut short.
            var counts: [Int] = []
            var fields = 1
            var inQuote = false
            var recordHasBytes = false
            for b in head[(headerEnd + 1)...] {
                if b == UInt8(ascii: "\"") {
                    inQuote.toggle()
                } else if b == separator && !inQuote {
                    fields += 1
                } else if b == 0x0A && !inQuote {
                    if recordHasBytes { counts.append(fields) }
                    if counts.count == 20 { break }
                    fields = 1
                    recordHasBytes = false
                    continue
                }
                recordHasBytes = true
            }
            if complete && recordHasBytes { counts.append(fields) }
            if !counts.isEmpty && (counts.count >= 2 || complete) && counts.allSatisfy({ $0 == names.count }) {
                return separator
            }
        }
        return nil
    }

    static func splitHeader(_ line: [UInt8], separator: UInt8) -> [String] {
        var line = line
        if line.last == 0x0D { line.removeLast() }
        return line.split(separator: separator, omittingEmptySubsequences: false).map { field in
            var f = field[...]
            while let c = f.first, c == 0x20 || c == UInt8(ascii: "\"") { f = f.dropFirst() }
            while let c = f.last, c == 0x20 || c == UInt8(ascii: "\"") { f = f.dropLast() }
            return String(decoding: f, as: UTF8.self)
        }
    }

}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
