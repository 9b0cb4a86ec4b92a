import CByteScan

/// Writes findings as the JSON objects of `--format jsonl` and `--format json`. What does not
/// change from finding to finding (the keys, the pattern's names, the confidence words, the
/// path, the table and column) is encoded once; a finding is then written straight into the
/// output buffer: a few copies, its numbers and its value, with no allocation and no reference
/// counting.
final class JSONFindingWriter {
    private let context: ReportContext
    /// The encoded pieces of the whole scan: per pattern and confidence (at
    /// `pattern * confidences + confidence.rawValue`)
    /// `,"category":…,"subcategory":…,"pattern":…,"confidence":"medium","value":`.
    private let fixed: ByteStore
    private let patternPieces: [ByteStore.Piece]
    private let confidences = Confidence.allCases.count
    /// `,"column":`, `,"offset":` and `,"length":`, ten bytes each: stored as two words
    /// rather than copied.
    private let columnKey: TenBytes
    private let offsetKey: TenBytes
    private let lengthKey: TenBytes
    // A writer is used by the emitting thread only, so its state skips exclusivity checks.
    /// `{"path":"…","line":` for the input of the last chunk, in `inputBytes`.
    @exclusivity(unchecked) private var inputBytes = ByteStore()
    @exclusivity(unchecked) private var pathPiece = ByteStore.Piece()
    @exclusivity(unchecked) private var pathInput: InputPath?
    /// The pieces of the current chunk, in `chunkBytes`: `,"member":"…"` for the member of
    /// the chunk, or nothing, and per field `,"table":…,"table_column":…`, encoded on first
    /// use (`count` -1 until then).
    @exclusivity(unchecked) private var chunkBytes = ByteStore()
    @exclusivity(unchecked) private var memberPiece = ByteStore.Piece()
    @exclusivity(unchecked) private var fieldPieces: [ByteStore.Piece] = []
    /// Scratch for the rare value that needs a JSON escape.
    @exclusivity(unchecked) private var rawValue: [UInt8] = []
    @exclusivity(unchecked) private var escaped: [UInt8] = []

    init(context: ReportContext) {
        self.context = context
        var fixed = ByteStore()
        columnKey = TenBytes(",\"column\":")
        offsetKey = TenBytes(",\"offset\":")
        lengthKey = TenBytes(",\"length\":")
        let confidenceNames = Confidence.allCases.sorted { $0.rawValue < $1.rawValue }.map(\.description)
        patternPieces = context.patterns.patterns.flatMap { pattern in
            let d = pattern.definition
            var out = Array(",\"category\":".utf8)
            JSONText.appendString(d.category.utf8, to: &out)
            out += ",\"subcategory\":".utf8
            if let sub = d.subcategory { JSONText.appendString(sub.utf8, to: &out) } else { out += "null".utf8 }
            out += ",\"pattern\":".utf8
            JSONText.appendString(d.id.utf8, to: &out)
            out += ",\"confidence\":\"".utf8
            return confidenceNames.map { fixed.add(out + Array("\($0)\",\"value\":".utf8)) }
        }
        self.fixed = fixed
    }

    deinit {
        fixed.deallocate()
        inputBytes.deallocate()
        chunkBytes.deallocate()
    }

    /// Starts a chunk of `input` (and `member`, inside an archive).
    func begin(_ chunk: ChunkFindings, in input: InputPath, member: String?) {
        if pathInput != input {
            var field = Array("{\"path\":".utf8)
            JSONText.appendString(input.bytes, to: &field)
            field += ",\"line\":".utf8
            inputBytes.removeAll()
            pathPiece = inputBytes.add(field)
            pathInput = input
        }
        chunkBytes.removeAll()
        memberPiece = ByteStore.Piece()
        if let member {
            var field = Array(",\"member\":".utf8)
            JSONText.appendString(member.utf8, to: &field)
            memberPiece = chunkBytes.add(field)
        }
        fieldPieces = Array(repeating: ByteStore.Piece(start: 0, count: -1), count: chunk.fieldNames.count)
    }

    /// Appends finding `f` of the chunk given to `begin` as one JSON object, followed by
    /// `terminator` if one is given.
    func append(_ f: Finding, of chunk: ChunkFindings, to out: OutputBuffer, terminator: UInt8? = nil) {
        var field = ByteStore.Piece()
        if f.field >= 0 {
            if fieldPieces[f.field].count < 0 { fieldPieces[f.field] = chunkBytes.add(fieldField(chunk.fieldNames[f.field])) }
            field = fieldPieces[f.field]
        }
        let pattern = patternPieces[f.patternIndex &* confidences &+ Int(f.confidence.rawValue)]
        let valueCapacity = context.displayValueCapacity(f)
        // An escape takes at most 6 bytes for one (`\u001f`); four numbers at most 20 each.
        // Wrapping operators: each term is at most a few times a line's length, far from
        // overflow, and the checks cost 15 instructions per finding.
        let most = pathPiece.count &+ 3 &* 10 &+ 4 &* 20
            &+ pattern.count &+ 2 &+ 6 &* valueCapacity &+ memberPiece.count &+ field.count &+ 2
        out.append(atMost: most) { start in
            var p = start
            p = inputBytes.copy(pathPiece, to: p)
            p += OutputBuffer.writeDecimal(f.line, to: p)
            p = columnKey.write(to: p)
            p += OutputBuffer.writeDecimal(f.column, to: p)
            p = offsetKey.write(to: p)
            p += OutputBuffer.writeDecimal(f.offset, to: p)
            p = lengthKey.write(to: p)
            p += OutputBuffer.writeDecimal(f.length, to: p)
            p = fixed.copy(pattern, to: p)
            p = writeValue(f, of: chunk, to: p)
            p = chunkBytes.copy(memberPiece, to: p)
            p = chunkBytes.copy(field, to: p)
            p[0] = UInt8(ascii: "}")
            p += 1
            if let terminator {
                p[0] = terminator
                p += 1
            }
            return p - start
        }
    }

    /// Writes the display value of `f` as a JSON string at `p`, with room for 6 bytes per
    /// byte of it plus the quotes, and returns the end of what it wrote.
    @inline(__always)
    private func writeValue(_ f: Finding, of chunk: ChunkFindings, to p: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        // The value goes straight between the quotes; the rare value that needs escaping is
        // escaped from a copy.
        p[0] = UInt8(ascii: "\"")
        let length = context.writeDisplayValue(f, in: chunk, to: p + 1)
        if piiscan_json_plain_prefix(p + 1, length) == length {
            p[length + 1] = UInt8(ascii: "\"")
            return p + length + 2
        }
        rawValue.removeAll(keepingCapacity: true)
        rawValue.append(contentsOf: UnsafeBufferPointer(start: p + 1, count: length))
        escaped.removeAll(keepingCapacity: true)
        JSONText.appendString(rawValue, to: &escaped)
        escaped.withUnsafeBufferPointer { p.update(from: $0.baseAddress!, count: $0.count) }
        return p + escaped.count
    }

    private func fieldField(_ field: FieldName) -> [UInt8] {
        var out = Array(",\"table\":".utf8)
        if let table = field.table { JSONText.appendString(table.utf8, to: &out) } else { out += "null".utf8 }
        out += ",\"table_column\":".utf8
        if let column = field.column { JSONText.appendString(column.utf8, to: &out) } else { out += "null".utf8 }
        return out
    }
}

/// Ten bytes of ASCII text, written with two stores.
struct TenBytes {
    private let head: UInt64
    private let tail: UInt16

    init(_ text: StaticString) {
        precondition(text.utf8CodeUnitCount == 10, "\(text) is not ten bytes")
        let b = text.utf8Start
        head = (0..<8).reduce(0) { $0 | UInt64(b[$1]) << (8 * UInt64($1)) }
        tail = UInt16(b[8]) | UInt16(b[9]) << 8
    }

    /// Writes the ten bytes at `p` and returns their end.
    @inline(__always)
    func write(to p: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        let raw = UnsafeMutableRawPointer(p)
        raw.storeBytes(of: head.littleEndian, as: UInt64.self)
        raw.storeBytes(of: tail.littleEndian, toByteOffset: 8, as: UInt16.self)
        return p + 10
    }
}

/// Encoded byte strings kept back to back in raw storage and referred to by position, so that
/// copying one costs no reference counting. Owned by one writer, which frees it.
struct ByteStore {
    /// Where a string lies in the store.
    struct Piece {
        var start = 0
        var count = 0
    }

    private var base = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
    private var capacity = 256
    private var count = 0

    /// Adds `bytes` and returns where they lie.
    mutating func add(_ bytes: [UInt8]) -> Piece {
        if count + bytes.count > capacity {
            capacity = max(count + bytes.count, 2 * capacity)
            base = base.reallocated(keeping: count, capacity: capacity)
        }
        bytes.withUnsafeBufferPointer { if let b = $0.baseAddress { (base + count).update(from: b, count: $0.count) } }
        count += bytes.count
        return Piece(start: count - bytes.count, count: bytes.count)
    }

    /// Forgets every piece.
    mutating func removeAll() { count = 0 }

    /// Copies `piece` to `p` and returns the end of the copy.
    @inline(__always)
    func copy(_ piece: Piece, to p: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        // An empty piece (no archive member, no table) costs no call.
        if piece.count != 0 { p.update(from: base + piece.start, count: piece.count) }
        return p + piece.count
    }

    func deallocate() { base.deallocate() }
}
