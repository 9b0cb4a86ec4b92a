/// Writes findings as the JSON objects of `--format jsonl` and `--format json`. What does not
/// change from finding to finding (the pattern's names, the confidence words, the path) is
/// encoded once, so a finding costs a few copies and no allocation.
final class JSONFindingWriter {
    private let context: ReportContext
    /// Per pattern: `,"category":…,"subcategory":…,"pattern":…,"confidence":"`.
    private let patternFields: [[UInt8]]
    /// Per confidence (by raw value): `medium","value":`.
    private let confidenceFields: [[UInt8]]
    /// `{"path":"…","line":` for the input of the last chunk.
    private var pathField: [UInt8] = []
    private var pathInput: InputPath?
    /// `,"member":"…"` for the member of the last chunk, or nothing.
    private var memberField: [UInt8] = []
    /// Per field of the current chunk: `,"table":…,"table_column":…`, encoded on first use.
    private var fieldFields: [[UInt8]?] = []
    /// The object being written.
    private var object: [UInt8] = []

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
        object.reserveCapacity(512)
    }

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
        object.removeAll(keepingCapacity: true)
        object += pathField
        appendNumber(f.line)
        object += ",\"column\":".utf8
        appendNumber(f.column)
        object += ",\"offset\":".utf8
        appendNumber(f.offset)
        object += ",\"length\":".utf8
        appendNumber(f.length)
        object += patternFields[f.patternIndex]
        object += confidenceFields[Int(f.confidence.rawValue)]
        let valueStart = object.count
        context.appendDisplayValue(f, in: chunk, to: &object)
        // Encode the value in place when it needs no escape, the common case.
        if object[valueStart...].allSatisfy(JSONText.isPlain) {
            object.insert(UInt8(ascii: "\""), at: valueStart)
            object.append(UInt8(ascii: "\""))
        } else {
            let value = Array(object[valueStart...])
            object.removeSubrange(valueStart...)
            JSONText.appendString(value, to: &object)
        }
        object += memberField
        if f.field >= 0 {
            if fieldFields[f.field] == nil { fieldFields[f.field] = fieldField(chunk.fieldNames[f.field]) }
            object += fieldFields[f.field]!
        }
        object.append(UInt8(ascii: "}"))
        out.append(object)
    }

    private func fieldField(_ field: FieldName) -> [UInt8] {
        var out = Array(",\"table\":".utf8)
        if let table = field.table { JSONText.appendString(table.utf8, to: &out) } else { out += "null".utf8 }
        out += ",\"table_column\":".utf8
        if let column = field.column { JSONText.appendString(column.utf8, to: &out) } else { out += "null".utf8 }
        return out
    }

    /// Appends `n` in decimal, without making a string.
    @inline(__always)
    private func appendNumber(_ n: Int) {
        OutputBuffer.appendDecimal(n, to: &object)
    }
}
