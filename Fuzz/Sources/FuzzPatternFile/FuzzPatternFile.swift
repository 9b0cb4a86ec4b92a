import FuzzDriver
@testable import PIIScan

/// Random pattern files: the loader must accept them or throw a PatternFileError naming a
/// line inside the file; accepted ones must compile or throw the same error type.
@main
enum FuzzPatternFile {
    static func main() { runFuzzer { data, size in fuzzOne(data, size) } }
}

func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let text = String(decoding: bytes, as: UTF8.self)
    // YAML line breaks: CR LF, CR or LF.
    let lines = 1 + text.unicodeScalars.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r" }.count
        - text.components(separatedBy: "\r\n").count
    do {
        let definitions = try PatternFileParser.parse(text, file: "fuzz.yaml")
        if !definitions.isEmpty { _ = try PatternSet(definitions) }
    } catch let error as PatternFileError {
        precondition(error.location.file == "fuzz.yaml" && error.location.line >= 1 && error.location.line <= lines + 1,
                     "bad location \(error.location) for \(lines) lines")
    } catch {
        fatalError("unexpected error type: \(error)")
    }
    return 0
}
