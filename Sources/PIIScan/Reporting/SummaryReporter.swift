/// `--format summary`: counts of findings per input (and per `table.column` in dumps) and
/// category, written when the scan ends. No values are printed, masked or not.
public final class SummaryReporter: FindingSink, @unchecked Sendable {
    private struct Key: Hashable, Comparable {
        var path: [UInt8]
        var member: String
        var field: String
        var category: String

        static func < (a: Key, b: Key) -> Bool {
            if a.path != b.path { return a.path.lexicographicallyPrecedes(b.path) }
            return (a.member, a.field, a.category) < (b.member, b.field, b.category)
        }
    }

    private let context: ReportContext
    private let out: OutputBuffer
    private var counts: [Key: Int] = [:]

    public init(context: ReportContext, output: OutputBuffer) {
        self.context = context
        self.out = output
    }

    public func findings(_ chunk: ChunkFindings, in input: InputPath, member: String?) {
        // Counted per field and pattern first: the names are made once per chunk, not per finding.
        // A chunk holds few such pairs, and runs of findings share one: a list searched from the
        // last pair found costs less than hashing each finding.
        var local: [(key: Int, count: Int)] = []
        var last = 0
        for f in chunk.findings {
            let key = (f.field + 1) << 32 | f.patternIndex
            if last < local.count && local[last].key == key {
                local[last].count += 1
            } else if let i = local.firstIndex(where: { $0.key == key }) {
                local[i].count += 1
                last = i
            } else {
                local.append((key, 1))
                last = local.count - 1
            }
        }
        for (key, n) in local {
            let d = context.patterns.patterns[key & 0xFFFF_FFFF].definition
            let category = d.subcategory.map { "\(d.category)/\($0)" } ?? d.category
            let field = key >> 32 == 0 ? "" : chunk.fieldNames[(key >> 32) - 1].description
            counts[Key(path: input.bytes, member: member ?? "", field: field, category: category), default: 0] += n
        }
    }

    public func endInput(_ input: InputPath, outcome: InputOutcome) {}

    public func finish(_ summary: ScanSummary) {
        let rows = counts.keys.sorted().map { key -> [String] in
            let path = String(decoding: key.path, as: UTF8.self) + (key.member.isEmpty ? "" : "!/" + key.member)
            return [path, key.field.isEmpty ? "-" : key.field, key.category, String(counts[key]!)]
        }
        let header = ["path", "table.column", "category", "findings"]
        let widths = (0..<4).map { column in ([header] + rows).map { $0[column].count }.max()! }
        for row in [header] + rows {
            let cells = row.enumerated().map { i, cell in
                i == 3 ? String(repeating: " ", count: widths[i] - cell.count) + cell
                       : cell + String(repeating: " ", count: widths[i] - cell.count)
            }
            out.append(cells.joined(separator: "  "))
            out.append(UInt8(ascii: "\n"))
        }
        out.flush()
    }
}
