#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One piece of personal data found in an input.
///
/// A finding holds positions and indices only; its matched bytes live in the arena of the
/// `ChunkFindings` that produced it (see `ChunkFindings.value(of:)`), so scanning allocates
/// nothing per match.
public struct Finding: Sendable, Equatable {
    /// Byte offset of the first matched byte from the start of the input.
    public var offset: Int
    /// Length of the match in bytes.
    public var length: Int
    /// 1-based line number.
    public var line: Int
    /// 1-based byte column.
    public var column: Int
    /// Index of the pattern in its `PatternSet`.
    public var patternIndex: Int
    /// Confidence after validation, context and identifier escalation.
    public var confidence: Confidence
    /// Start of the matched bytes in the owning arena.
    var valueStart: Int
    /// Index of the table and column in the owning chunk's `fieldNames`, or -1.
    var field: Int = -1
}

/// The findings of one chunk of an input, with the bytes they matched.
public struct ChunkFindings: Sendable {
    /// Findings in offset order. Offsets are absolute; `line` is relative to the chunk
    /// (0-based) until `Scanner` rebases it.
    public internal(set) var findings: [Finding] = []
    /// The matched bytes of all findings, back to back. While a chunk is scanned it has
    /// zeros at the end, past `arenaCount` (see `appendValue`).
    var arena: [UInt8] = []
    /// The bytes of `arena` in use, while a chunk is scanned.
    private var arenaCount = 0
    /// Number of line terminators in the chunk.
    var newlineCount = 0
    /// Set when a pattern hit its PCRE2 match limit: the named pattern may have missed data.
    var limitHits: [Int] = []
    /// The tables and columns of findings in rows, shared by findings of the same field.
    var fieldNames: [FieldName] = []
    /// How the row of each of `fieldNames` writes its fields.
    var fieldSyntaxes: [FieldSyntax] = []
    /// The chunk's bytes, kept when `ScanOptions.keepsChunkBytes` is set, and the table
    /// layout it was scanned with.
    var bytes: ChunkBytes?
    var layout: TableLayout?
    /// Offsets of the chunk's first byte and one past its last, in its input (or member).
    public internal(set) var byteRange: Range<Int> = 0..<0
    /// Whether the input was gzip-compressed (offsets count decompressed bytes).
    public internal(set) var isCompressed = false

    /// Calls `body` with the chunk's bytes (`byteRange` of the input); nil unless the scan
    /// kept them (`ScanOptions.keepsChunkBytes`).
    public func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R? {
        guard let bytes else { return nil }
        return try bytes.withBytes(body)
    }

    /// The table and column of a finding inside a table row, if it is in one.
    public func fieldName(of finding: Finding) -> FieldName? {
        finding.field >= 0 ? fieldNames[finding.field] : nil
    }

    /// Appends `count` bytes at `bytes` to the arena and returns where they start. The arena
    /// grows in steps and is copied into with `memcpy`: appending a buffer to an array goes
    /// through its generic `replaceSubrange`, about 190 instructions a finding. `trimArena`
    /// ends the steps.
    @inline(__always)
    mutating func appendValue(_ bytes: UnsafePointer<UInt8>, count: Int) -> Int {
        let start = arenaCount
        if start + count > arena.count {
            arena.append(contentsOf: repeatElement(0, count: max(start + count - arena.count, arena.count, 1024)))
        }
        arena.withUnsafeMutableBufferPointer { _ = memcpy($0.baseAddress! + start, bytes, count) }
        arenaCount = start + count
        return start
    }

    /// Makes room for `findings` findings and `valueBytes` bytes of their values, so that a
    /// chunk's arrays do not grow step by step, copying what they hold at each step.
    mutating func reserve(findings count: Int, valueBytes: Int) {
        findings.reserveCapacity(count)
        arena.reserveCapacity(valueBytes)
    }

    /// The number of bytes of values appended (`appendValue`).
    var valueBytes: Int { arenaCount }

    /// Drops the zeros `appendValue` left at the end of the arena.
    mutating func trimArena() {
        if arena.count > arenaCount { arena.removeLast(arena.count - arenaCount) }
    }

    /// Adds the findings of `other`, a scan of bytes after this one's.
    mutating func append(_ other: ChunkFindings) {
        let fieldBase = fieldNames.count, arenaBase = arena.count
        for var f in other.findings {
            if f.field >= 0 { f.field += fieldBase }
            f.valueStart += arenaBase
            findings.append(f)
        }
        arena.append(contentsOf: other.arena)
        fieldNames.append(contentsOf: other.fieldNames)
        fieldSyntaxes.append(contentsOf: other.fieldSyntaxes)
        limitHits.append(contentsOf: other.limitHits)
        arenaCount = arena.count
    }

    /// How the row that holds a finding writes its fields, if it is in one.
    func fieldSyntax(of finding: Finding) -> FieldSyntax? {
        finding.field >= 0 ? fieldSyntaxes[finding.field] : nil
    }

    /// The matched bytes of a finding from this chunk.
    public func value(of finding: Finding) -> ArraySlice<UInt8> {
        arena[finding.valueStart..<(finding.valueStart + finding.length)]
    }
}
