import FuzzDriver
@testable import PIIScan

enum Harness {
    static let patterns = try! PatternSet.load()
}

/// Scans random bytes as a file would be scanned: format detection (gzip, tar), table
/// tracking (SQL, CSV) and chunking. Checks the chunk invariant: a scan in small chunks finds
/// exactly what a one-chunk scan finds.
@main
enum FuzzScanner {
    static func main() { runFuzzer { data, size in fuzzOne(data, size) } }
}

func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    func run(_ chunkSize: Int) -> [String] {
        let sink = CollectingSink()
        Scanner(patterns: Harness.patterns, options: ScanOptions(threads: 1, minConfidence: .low, chunkSize: chunkSize))
            .scan([.memory(InputPath("fuzz"), bytes)], into: sink)
        return sink.findings.map { "\($0.finding.offset) \($0.finding.length) \($0.finding.line) \($0.field?.description ?? "-")" }
    }
    let whole = run(1 << 20)
    let chunked = run(7)
    if whole != chunked {
        fatalError("chunked scan differs: \(whole) vs \(chunked)")
    }
    return 0
}
