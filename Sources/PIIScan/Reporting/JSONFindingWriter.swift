/// Writes findings as the JSON objects of `--format jsonl` and `--format json`. What does not
/// change from finding to finding (the pattern's names, the confidence words, the path) is
/// encoded once, so a finding costs a few copies and no allocation.
final class JSONFindingWriter {
    private let context: ReportContext
    /// Per pattern: `,"category":…,"subcategory":…,"pattern":…,"confidence":"`.
    private let patternFields: [[UInt8]]
    /// Per confidence (by raw value): `medium","value":`.
    private let confidenceFields: [[UInt8]]
    // A writer is used by the emitting thread only, so its state skips exclusivity checks.
    /// `{"path":"…","line":` for the input of the last chunk.
    @exclusivity(unchecked) private var pathField: [UInt8] = []
    @exclusivity(unchecked) private var pathInput: InputPath?
    /// `,"member":"…"` for the member of the last chunk, or nothing.
    @exclusivity(unchecked) private var memberField: [UInt8] = []
    /// Per field of the current chunk: `,"table":…,"table_column":…`, encoded on first use.
    @exclusivity(unchecked) private var fieldFields: [[UInt8]?] = []
    private let columnKey = Array(",\"column\":".utf8)
    private let offsetKey = Array(",\"offset\":".utf8)
    private let lengthKey = Array(",\"length\":".utf8)
    /// The object being written, `bytes[0..<count]`: appends are a bounds check and a copy.
    @exclusivity(unchecked) private var bytes: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var capacity = 1024
    @exclusivity(unchecked) private var count = 0
    /// The JSON escape of the current finding's value, when it needs one.
    @exclusivity(unchecked) private var escaped: [UInt8] = []

    init(context: ReportContext) {
        self.context = context
        patternFields = context.patterns.patterns.map { pattern in
            let d = pattern.definition
            var out = Array(",\"category\":".utf8)
            JSONText.appendString(d.category.utf8, to: &out)
            out += ",\"subcategory\":".utf8
            if let sub = d.subcategory { JSONText.appendString(sub.utf8, to: &out) } else { out += "null".utf8 }
            out += ",\"pattern\":".utf8
            JSONText.appendString(d.id.utf8, to: &out)
            out += ",\"confidence\":\"".utf8
            return out
        }
        confidenceFields = Confidence.allCases.sorted { $0.rawValue < $1.rawValue }
            .map { Array("\($0.description)\",\"value\":".utf8) }
        bytes = .allocate(capacity: capacity)
    }

    deinit { bytes.deallocate() }

    /// Starts a chunk of `input` (and `member`, inside an archive).
    func begin(_ chunk: ChunkFindings, in input: InputPath, member: String?) {
        if pathInput != input {
            pathField = Array("{\"path\":".utf8)
            JSONText.appendString(input.bytes, to: &pathField)
            pathField += ",\"line\":".utf8
            pathInput = input
        }
        memberField.removeAll(keepingCapacity: true)
        if let member {
            memberField += ",\"member\":".utf8
            JSONText.appendString(member.utf8, to: &memberField)
        }
        fieldFields = Array(repeating: nil, count: chunk.fieldNames.count)
    }

    /// Appends finding `f` of the chunk given to `begin` as one JSON object.
    func append(_ f: Finding, of chunk: ChunkFindings, to out: OutputBuffer) {
        count = 0
        put(pathField)
        putDecimal(f.line)
        put(columnKey)
        putDecimal(f.column)
        put(offsetKey)
        putDecimal(f.offset)
        put(lengthKey)
        putDecimal(f.length)
        put(patternFields[f.patternIndex])
        put(confidenceFields[Int(f.confidence.rawValue)])
        // The value goes straight into the object, between quotes; the rare value that needs
        // escaping is escaped from there.
        reserve(context.displayValueCapacity(f) + 2)
        let valueStart = count + 1
        bytes[count] = UInt8(ascii: "\"")
        let length = context.writeDisplayValue(f, in: chunk, to: bytes + valueStart)
        let value = UnsafeBufferPointer(start: bytes + valueStart, count: length)
        if value.allSatisfy(JSONText.isPlain) {  // the common case: no escape
            count = valueStart + length
            bytes[count] = UInt8(ascii: "\"")
            count += 1
        } else {
            escaped.removeAll(keepingCapacity: true)
            JSONText.appendString(value, to: &escaped)
            count = valueStart - 1
            put(escaped)
        }
        put(memberField)
        if f.field >= 0 {
            if fieldFields[f.field] == nil { fieldFields[f.field] = fieldField(chunk.fieldNames[f.field]) }
            put(fieldFields[f.field]!)
        }
        put(UInt8(ascii: "}"))
        out.append(UnsafeBufferPointer(start: bytes, count: count))
    }

    @inline(__always)
    private func reserve(_ n: Int) {
        if count + n > capacity { grow(to: count + n) }
    }

    private func grow(to needed: Int) {
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: max(needed, 2 * capacity))
        grown.update(from: bytes, count: count)
        bytes.deallocate()
        bytes = grown
        capacity = max(needed, 2 * capacity)
    }

    @inline(__always)
    private func put(_ byte: UInt8) {
        reserve(1)
        bytes[count] = byte
        count += 1
    }

    @inline(__always)
    private func put(_ array: [UInt8]) {
        array.withUnsafeBufferPointer { source in
            guard let base = source.baseAddress else { return }
            reserve(source.count)
            (bytes + count).update(from: base, count: source.count)
            count += source.count
        }
    }

    /// Appends `n` in decimal, without making a string.
    @inline(__always)
    private func putDecimal(_ n: Int) {
        reserve(20)
        if n < 0 {
            bytes[count] = UInt8(ascii: "-")
            count += 1
        }
        var magnitude = n.magnitude
        var width = 1
        var rest = magnitude
        while rest >= 10 {
            rest /= 10
            width += 1
        }
        var i = count + width
        repeat {
            i -= 1
            bytes[i] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
        count += width
    }

    private func fieldField(_ field: FieldName) -> [UInt8] {
        var out = Array(",\"table\":".utf8)
        if let table = field.table { JSONText.appendString(table.utf8, to: &out) } else { out += "null".utf8 }
        out += ",\"table_column\":".utf8
        if let column = field.column { JSONText.appendString(column.utf8, to: &out) } else { out += "null".utf8 }
        return out
    }
}
