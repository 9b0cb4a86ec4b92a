import FuzzDriver
@testable import PIIScan

enum Harness {
    static let patterns = try! PatternSet.load()
    static let key = try! PseudonymKey(bytes: Array("fuzzing key, sixteen bytes or more".utf8))
    static let categories = Set(patterns.patterns.map(\.definition.category))
}

/// Collects a copy in memory.
final class MemoryOutput: RedactedOutput {
    var bytes: [UInt8] = []
    func write(_ data: UnsafeRawBufferPointer) throws { bytes.append(contentsOf: data) }
    func commit() throws {}
    func abort() {}
}

/// Random bytes redacted with an operator and chunk size taken from the first two bytes.
/// Checks the redactor's invariants: the copy is committed, redacting it again changes
/// nothing, and a scan of it finds nothing.
@main
enum FuzzRedactor {
    static func main() { runFuzzer { data, size in fuzzOne(data, size) } }
}

func redact(_ bytes: [UInt8], _ op: RedactionOperator, chunkSize: Int) -> [UInt8] {
    let output = MemoryOutput()
    let policy = try! RedactionPolicy(operators: Dictionary(uniqueKeysWithValues: Harness.categories.map { ($0, op) }), key: Harness.key)
    let sink = RedactingSink(patterns: Harness.patterns, policy: policy, minConfidence: .low) { _, _ in output }
    Scanner(patterns: Harness.patterns, options: ScanOptions(threads: 1, minConfidence: .low, chunkSize: chunkSize, keepsChunkBytes: true))
        .scan([.memory(InputPath("fuzz"), bytes)], into: sink)
    precondition(sink.failures == 0 && sink.copiesWritten == 1, "the copy was not written")
    return output.bytes
}

func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard size >= 2, let data else { return 0 }
    let op = RedactionOperator.allCases[Int(data[0]) % RedactionOperator.allCases.count]
    let chunkSize = 1 + Int(data[1]) * 4
    let input = Array(UnsafeBufferPointer(start: data + 2, count: size - 2))
    let once = redact(input, op, chunkSize: chunkSize)
    let twice = redact(once, op, chunkSize: 1 << 20)
    if twice != once {
        fatalError("redacting twice changed the copy (\(op)): \(String(decoding: once, as: UTF8.self).debugDescription) -> \(String(decoding: twice, as: UTF8.self).debugDescription)")
    }
    let left = Scanner(patterns: Harness.patterns, options: ScanOptions(threads: 1, minConfidence: .low)).findings(in: once)
    if !left.isEmpty {
        fatalError("found in the copy (\(op)): \(left.map { String(decoding: $0.value, as: UTF8.self) })")
    }
    return 0
}
