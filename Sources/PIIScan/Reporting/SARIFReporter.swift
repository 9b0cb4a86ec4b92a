import Foundation

/// `--format sarif`: SARIF 2.1.0 for code-scanning services (GitHub code scanning and others).
///
/// One rule per pattern of the set; one result per finding with its rule, level (high
/// `error`, medium `warning`, low `note`), a message with the masked value, and a physical
/// location: the path relative to the scan root (`%SRCROOT%`), start line, start and end
/// column. Columns count bytes, as everywhere in piiscan (the same as characters on ASCII
/// lines). With a baseline key, `partialFingerprints` carry the baseline's keyed fingerprint,
/// so a finding keeps its identity when lines move. Written as the scan goes.
public final class SARIFReporter: FindingSink, @unchecked Sendable {
    private let context: ReportContext
    private let out: OutputBuffer
    private let version: String
    private var count = 0
    private var problems: [(InputPath, String)] = []
    /// Paths under it are written relative to it.
    private let root = FileManager.default.currentDirectoryPath

    public init(context: ReportContext, output: OutputBuffer, toolVersion: String = "0.1.0") {
        self.context = context
        self.out = output
        self.version = toolVersion
        writeHead()
    }

    private func writeHead() {
        out.append(#"{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[{"tool":{"driver":{"name":"piiscan","#)
        out.append("\"version\":")
        out.appendJSONString(version)
        out.append(",\"rules\":[")
        for (index, pattern) in context.patterns.patterns.enumerated() {
            let d = pattern.definition
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.append("\n{\"id\":")
            out.appendJSONString(d.id)
            out.append(",\"name\":")
            out.appendJSONString(Self.ruleName(d.id))
            out.append(",\"shortDescription\":{\"text\":")
            out.appendJSONString("Personal data: \(d.category)\(d.subcategory.map { " (\($0))" } ?? "")")
            out.append("},\"fullDescription\":{\"text\":")
            out.appendJSONString(d.description)
            out.append("},\"help\":{\"text\":")
            out.appendJSONString("Remove the value or replace it with test data; mark an intended line with piiscan:allow, "
                                 + "or allow the value in .piiscan.yaml.")
            out.append("},\"defaultConfiguration\":{\"level\":\"")
            out.append(Self.level(d.confidence))
            out.append("\"},\"properties\":{\"category\":")
            out.appendJSONString(d.category)
            if let sub = d.subcategory {
                out.append(",\"subcategory\":")
                out.appendJSONString(sub)
            }
            out.append(",\"tags\":[\"privacy\",\"pii\"]}}")
        }
        out.append("\n]}},\"results\":[")
    }

    public func findings(_ chunk: ChunkFindings, in input: InputPath, member: String?) {
        for f in chunk.findings {
            let d = context.definition(f)
            out.append(count == 0 ? "\n" : ",\n")
            count += 1
            out.append("{\"ruleId\":")
            out.appendJSONString(d.id)
            out.append(",\"ruleIndex\":")
            out.append(f.patternIndex)
            out.append(",\"level\":\"")
            out.append(Self.level(f.confidence))
            out.append("\",\"message\":{\"text\":")
            var text = Array("\(d.category)\(d.subcategory.map { "/\($0)" } ?? ""): ".utf8)
            text.append(contentsOf: context.displayValue(f, in: chunk))
            if let field = chunk.fieldName(of: f) { text.append(contentsOf: " (\(field))".utf8) }
            if let member { text.append(contentsOf: " in archive member \(member)".utf8) }
            out.appendJSONString(text)
            out.append("},\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":")
            out.appendJSONString(Self.uri(input, root: root))
            out.append(",\"uriBaseId\":\"%SRCROOT%\"}")
            if member == nil {
                out.append(",\"region\":{\"startLine\":")
                out.append(f.line)
                out.append(",\"startColumn\":")
                out.append(f.column)
                out.append(",\"endColumn\":")
                out.append(f.column + f.length)
                out.append(UInt8(ascii: "}"))
            }
            out.append("}}]")
            if let fingerprinter = context.fingerprinter {
                let entry = Baseline.entry(f, chunk, input, member, patterns: context.patterns, fingerprinter: fingerprinter)
                out.append(",\"partialFingerprints\":{\"piiscanValue/v1\":")
                out.appendJSONString(entry.fingerprint)
                out.append(UInt8(ascii: "}"))
            }
            out.append(",\"properties\":{\"confidence\":\"")
            out.append(f.confidence.description)
            out.append("\"}}")
        }
    }

    public func endInput(_ input: InputPath, outcome: InputOutcome) {
        switch outcome {
        case .failed(let message), .incomplete(let message): problems.append((input, message))
        default: break
        }
    }

    public func finish(_ summary: ScanSummary) {
        out.append("\n],\"invocations\":[{\"executionSuccessful\":")
        out.append(problems.isEmpty ? "true" : "false")
        out.append(",\"toolExecutionNotifications\":[")
        for (i, (path, message)) in problems.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            out.append("{\"level\":\"error\",\"message\":{\"text\":")
            out.appendJSONString(message)
            out.append("},\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":")
            out.appendJSONString(Self.uri(path, root: root))
            out.append(",\"uriBaseId\":\"%SRCROOT%\"}}}]}")
        }
        out.append("]}]}]}\n")
        out.flush()
    }

    static func level(_ confidence: Confidence) -> String {
        switch confidence {
        case .high: "error"
        case .medium: "warning"
        case .low: "note"
        }
    }

    /// `phone.international` → `PhoneInternational`.
    static func ruleName(_ id: String) -> String {
        id.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// The path as a relative URI reference: `./` dropped, a path under `root` made relative to
    /// it, bytes outside the unreserved set percent-encoded.
    static func uri(_ path: InputPath, root: String) -> String {
        var p = String(decoding: path.bytes, as: UTF8.self)
        if p.hasPrefix(root + "/") { p = String(p.dropFirst(root.count + 1)) }
        let bytes = Array(Fingerprinter.canonicalPath(p).utf8)
        var encoded = ""
        for b in path.isStandardInput ? Array("stdin".utf8) : bytes {
            let c = Character(Unicode.Scalar(b))
            if b < 0x80 && (c.isLetter || c.isNumber || "-._~/".contains(c)) {
                encoded.append(c)
            } else {
                encoded += String(format: "%%%02X", b)
            }
        }
        return encoded
    }
}
