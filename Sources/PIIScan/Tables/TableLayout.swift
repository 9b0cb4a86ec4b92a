import CByteScan
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the rows of tables lie in an input, and how their fields are separated.
///
/// Built in input order by `TableTracker`; read by the chunk scanners to name the table and
/// column of each finding.
public final class TableLayout: Sendable {
    /// A run of lines that hold rows of one table.
    struct Region: Sendable {
        /// Byte offsets of the lines, in the input.
        var range: Range<Int>
        var table: String?
        var columns: [String]
        var syntax: RowSyntax
        /// Lower-cased column names, for matching context words.
        var lowercasedColumns: [[UInt8]] = []
    }

    /// How fields are written in a region's lines.
    enum RowSyntax: Sendable, Equatable {
        /// pg_dump `COPY … FROM stdin` rows: tab-separated, backslash escapes.
        case copy
        /// SQL `VALUES (…),(…)` tuples: the first line of a statement (find `VALUES` first), or
        /// a continuation line that starts in the given state.
        case values(ValuesState)
        /// CSV or TSV with a header row; a line that continues a quoted field of the previous
        /// line starts in field `startField`, inside the quotes.
        case delimited(UInt8, startField: Int = 0, inQuote: Bool = false)
    }

    let regions: [Region]

    init(regions: [Region], lowercased: Bool = false) {
        self.regions = lowercased ? regions : regions.map { region in
            var r = region
            r.lowercasedColumns = region.columns.map { Array($0.lowercased().utf8) }
            return r
        }
    }

    /// The layout of `range` of the input after its bytes were rewritten without adding or
    /// removing lines: a region boundary `b` (always a line start) moves to `moved(b)`, with
    /// the first byte of `range` at 0.
    func rewritten(_ range: Range<Int>, moved: (Int) -> Int) -> TableLayout? {
        var result: [Region] = []
        for region in regions where region.range.overlaps(range) {
            var r = region
            r.range = moved(max(region.range.lowerBound, range.lowerBound) - range.lowerBound)
                ..< moved(min(region.range.upperBound, range.upperBound) - range.lowerBound)
            result.append(r)
        }
        return result.isEmpty ? nil : TableLayout(regions: result, lowercased: true)
    }

    /// The region that holds the line starting at `offset`, if any.
    func region(at offset: Int) -> Int? {
        var low = 0, high = regions.count
        while low < high {
            let mid = (low + high) / 2
            if regions[mid].range.upperBound <= offset { low = mid + 1 } else { high = mid }
        }
        return low < regions.count && regions[low].range.contains(offset) ? low : nil
    }
}

/// Where a line of a `VALUES` list starts: tuple depth, field index, open quote.
struct ValuesState: Sendable, Equatable {
    /// The line starts a statement: fields begin after its `VALUES` keyword.
    var findsKeyword = true
    /// PostgreSQL's `standard_conforming_strings`: backslash is a plain character in `'…'`.
    var standardStrings = false
    var depth = 0
    var index = 0
    var quote: UInt8 = 0
    /// Whether backslash escapes in the open string.
    var escapes = true
}

extension TableLayout.RowSyntax {
    /// How the syntax writes a single field.
    var fieldSyntax: FieldSyntax {
        switch self {
        case .copy: .copy
        case .values: .sqlValues
        case .delimited(let separator, _, _): .delimited(separator)
        }
    }
}

/// How a row writes its fields: what bounds an unquoted field and how it says NULL. Lets a
/// redacted copy keep a bare number a number, so the row still loads into a typed column.
enum FieldSyntax: Sendable, Equatable {
    /// SQL `VALUES` tuples: `(1, 'a', NULL)`.
    case sqlValues
    /// pg_dump `COPY` rows: tab-separated, `\N` for NULL.
    case copy
    /// CSV or TSV with the given separator; an empty field for NULL.
    case delimited(UInt8)
}

/// The table and column of a finding in a row.
public struct FieldName: Sendable, Hashable, CustomStringConvertible {
    /// The table (nil for CSV files).
    public var table: String?
    /// The column name (nil when the column list is unknown).
    public var column: String?

    /// `table.column`, or `column` alone for CSV; `?` stands for an unknown column.
    public var description: String {
        table.map { "\($0).\(column ?? "?")" } ?? column ?? "?"
    }
}

/// Finds, in one pass over a line, the field that each byte offset belongs to. Reused from
/// line to line by one thread; its storage only grows.
final class FieldMap {
    /// Start offset (within the line) of each field, in order, with its index in its row:
    /// `starts[k]` and `indices[k]` for k < `count`.
    private var starts: UnsafeMutablePointer<Int>
    private var indices: UnsafeMutablePointer<Int>
    private var capacity = 64
    private(set) var count = 0
    /// Whether field k has index k (COPY rows), so that `indices` is not written.
    private var ordinal = false
    /// The number of fields that start at or before the offset of the last `field(at:)`, and
    /// how far it lay from the one before.
    private var lastAnswer = 0
    private var lastStep = 0

    init() {
        starts = .allocate(capacity: capacity)
        indices = .allocate(capacity: capacity)
    }

    deinit {
        starts.deallocate()
        indices.deallocate()
    }

    /// Maps the fields of `line` written in `syntax`.
    func build(_ line: UnsafeBufferPointer<UInt8>, syntax: TableLayout.RowSyntax) {
        count = 0
        ordinal = false
        lastAnswer = 0
        lastStep = 0
        switch syntax {
        case .copy: splitAtTabs(line)
        case .delimited(let separator, let startField, let inQuote):
            split(line, separator: separator, startField: startField, inQuote: inQuote)
        case .values(var state):
            var from = 0
            if state.findsKeyword {
                guard let v = FieldMap.valuesKeyword(line) else { return }
                from = v
                state.findsKeyword = false
            }
            FieldMap.tuples(line, from: from, state: &state) { append($0, $1) }
        }
    }

    /// The index within its row of the field that holds `offset`, if any.
    ///
    /// A pattern's findings in a line come in offset order, mostly a few fields apart, while a
    /// row of an extended INSERT has many thousands of fields. In a line of many fields, the
    /// answer as far on from the last as that was from the one before is tried first: the
    /// findings of one column lie a row's width of fields apart.
    func field(at offset: Int) -> Int? {
        let low: Int
        if count > 64 {
            let guess = lastAnswer &+ lastStep
            if guess > 0 && guess <= count && starts[guess - 1] <= offset && (guess == count || starts[guess] > offset) {
                low = guess
            } else {
                low = fieldsStarting(atOrBefore: offset)
            }
            lastStep = low &- lastAnswer
        } else {
            low = fieldsStarting(atOrBefore: offset)
        }
        lastAnswer = low
        return low == 0 ? nil : ordinal ? low - 1 : indices[low - 1]
    }

    /// The number of fields that start at or before `offset`. The search gallops on from the
    /// last answer when `offset` lies after it, and halves the fields before it otherwise.
    @inline(__always)
    private func fieldsStarting(atOrBefore offset: Int) -> Int {
        // The answer lies in low...high.
        var low = 0, high = count
        let last = lastAnswer
        if last <= count && (last == 0 || starts[last - 1] <= offset) {
            low = last
            var step = 1
            var probe = last
            while probe < count && starts[probe] <= offset {
                low = probe + 1
                probe = low + step
                step <<= 1
            }
            high = min(probe, count)
        } else {
            high = last - 1
        }
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] <= offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    @inline(__always)
    private func append(_ start: Int, _ index: Int) {
        if count == capacity { grow(to: 2 * capacity) }
        starts[count] = start
        indices[count] = index
        count += 1
    }

    private func grow(to needed: Int) {
        capacity = max(needed, 2 * capacity)
        starts = starts.reallocated(keeping: count, capacity: capacity)
        indices = indices.reallocated(keeping: count, capacity: capacity)
    }

    /// COPY rows: every tab separates two fields (a tab in a value is written `\t`).
    private func splitAtTabs(_ line: UnsafeBufferPointer<UInt8>) {
        ordinal = true
        starts[0] = 0
        count = 1
        guard let base = line.baseAddress, line.count > 0 else { return }
        let tabs = piiscan_offsets_after(base, line.count, 0x09, starts + 1, capacity - 1)
        if tabs > capacity - 1 {
            grow(to: tabs + 1)
            _ = piiscan_offsets_after(base, line.count, 0x09, starts + 1, capacity - 1)
        }
        count = 1 + tabs
    }

    /// CSV and TSV rows: `"` opens and closes quoted fields.
    private func split(_ line: UnsafeBufferPointer<UInt8>, separator: UInt8, startField: Int,
                       inQuote startsInQuote: Bool) {
        var index = startField
        var inQuote = startsInQuote
        append(0, index)
        let quote = UInt8(ascii: "\"")
        FieldMap.forEach(of: (quote, separator, quote, quote, quote, quote, quote, quote), in: line) { i, b in
            if b == quote {
                inQuote.toggle()
            } else if !inQuote {
                index += 1
                append(i + 1, index)
            }
            return i + 1
        }
    }

    /// Calls `body` with the position and value of each byte of `line` that is one of `bytes`,
    /// in order, found 64 bytes at a time; `body` returns the position from which to go on
    /// (past bytes it has consumed).
    @inline(__always)
    static func forEach(of bytes: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8),
                        in line: UnsafeBufferPointer<UInt8>, from: Int = 0, _ body: (Int, UInt8) -> Int) {
        guard let base = line.baseAddress else { return }
        var list = piiscan_byte_list(bytes: bytes)
        var next = from
        var block = from
        while block < line.count {
            var bits = piiscan_byte_mask(base + block, min(64, line.count - block), &list)
            while bits != 0 {
                let i = block + bits.trailingZeroBitCount
                bits &= bits &- 1
                if i >= next { next = body(i, base[i]) }
            }
            block += 64
        }
    }

    /// SQL tuples from `from` on: fields are separated by commas at depth 1 outside strings; a
    /// tuple opens with `(` at depth 0. Strings use `'…'` (or `"…"`) with doubled quotes or
    /// backslash escapes, as MySQL and PostgreSQL write them. `state` carries over to the next
    /// line of a multi-line statement; `field` is told each field start and its index.
    ///
    /// 64 bytes at a time. A block with single quotes only (no `"`, no backslash), where
    /// backslashes escape (not under `standard_conforming_strings`), has its strings
    /// from the parity of the quotes before each byte, as a doubled quote inside a string
    /// flips it twice: only its parentheses and commas outside strings are then looked at.
    /// Other blocks are walked quote by quote.
    static func tuples(_ line: UnsafeBufferPointer<UInt8>, from: Int, state: inout ValuesState,
                       field: (Int, Int) -> Void) {
        if state.depth >= 1 { field(0, state.index) }   // a continuation line inside a tuple
        guard let base = line.baseAddress else { return }
        let (single, double, backslash) = (UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "\\"))
        let (open, close, comma) = (UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ","))
        /// A parenthesis or comma outside strings.
        func structure(_ i: Int, _ b: UInt8) {
            if b == open {
                state.depth += 1
                if state.depth == 1 {
                    state.index = 0
                    field(i + 1, 0)
                }
            } else if b == close {
                if state.depth == 1 { field(i, -1) }   // between tuples
                state.depth = max(0, state.depth - 1)
            } else if b == comma && state.depth == 1 {
                state.index += 1
                field(i + 1, state.index)
            }
        }
        var next = from   // bytes before it are consumed (the second of a doubled quote, an escaped byte)
        var block = from
        while block < line.count {
            let n = min(64, line.count - block)
            var quotes: UInt64 = 0, rare: UInt64 = 0, bytes: UInt64 = 0
            if n == 64 {
                piiscan_tuple_masks64(base + block, &quotes, &rare, &bytes)
            } else {
                piiscan_tuple_masks(base + block, n, &quotes, &rare, &bytes)
            }
            let consumed: UInt64 = next <= block ? 0 : next - block >= 64 ? ~0 : (1 << UInt64(next - block)) &- 1
            if rare & ~consumed == 0 && !state.standardStrings && state.escapes
                && (state.quote == 0 || state.quote == single) {
                // Bit i of `inside`: byte i is in a string (or opens one).
                var parity = quotes & ~consumed
                parity ^= parity << 1
                parity ^= parity << 2
                parity ^= parity << 4
                parity ^= parity << 8
                parity ^= parity << 16
                parity ^= parity << 32
                let inside = state.quote == single ? ~parity : parity
                var bits = bytes & ~inside & ~consumed
                while bits != 0 {
                    let i = block + bits.trailingZeroBitCount
                    bits &= bits &- 1
                    structure(i, base[i])
                }
                // Strings opened here take backslash escapes, as the one open before did.
                state.quote = inside >> UInt64(n - 1) & 1 != 0 ? single : 0
                next = max(next, block + n)
            } else {
                var bits = quotes | rare | bytes
                while bits != 0 {
                    let i = block + bits.trailingZeroBitCount
                    bits &= bits &- 1
                    guard i >= next else { continue }
                    let b = base[i]
                    next = i + 1
                    if state.quote != 0 {
                        if b == backslash && state.escapes {
                            next = i + 2
                        } else if b == state.quote {
                            if i + 1 < line.count && base[i + 1] == state.quote {
                                next = i + 2
                            } else {
                                state.quote = 0
                            }
                        }
                    } else if b == single || b == double {
                        state.quote = b
                        // Backslashes escape in MySQL strings and in PostgreSQL E'…' strings only.
                        state.escapes = !state.standardStrings || (i > 0 && base[i - 1] | 0x20 == UInt8(ascii: "e"))
                    } else if b != backslash {
                        structure(i, b)
                    }
                }
            }
            block += 64
        }
    }

    /// The offset just after the `VALUES` keyword outside quotes, case-insensitive.
    static func valuesKeyword(_ line: UnsafeBufferPointer<UInt8>) -> Int? {
        let keyword = Array("values".utf8)
        var quote: UInt8 = 0
        var i = 0
        while i + keyword.count <= line.count {
            let b = line[i]
            if quote != 0 {
                if b == quote { quote = 0 }
            } else if b == UInt8(ascii: "'") || b == UInt8(ascii: "\"") || b == UInt8(ascii: "`") {
                quote = b
            } else if b | 0x20 == keyword[0] && (i == 0 || !isWordByte(line[i - 1])) {
                var j = 1
                while j < keyword.count && line[i + j] | 0x20 == keyword[j] { j += 1 }
                if j == keyword.count && (i + j == line.count || !isWordByte(line[i + j])) { return i + j }
            }
            i += 1
        }
        return nil
    }

    static func isWordByte(_ b: UInt8) -> Bool {
        isDigit(b) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b == UInt8(ascii: "_")
    }
}
