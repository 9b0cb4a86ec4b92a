import CByteScan
import Foundation
@testable import PIIScan

/// The repository root, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A fixture file or folder shipped with the tests.
func fixture(_ name: String) -> URL {
    Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent(name)
}

/// A fresh temporary directory, removed by the caller.
func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("piiscan-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// The default pattern set, compiled once for all tests.
let defaultPatterns = try! PatternSet.load()

/// Scans `text` in memory with the default patterns.
func scan(_ text: String, minConfidence: Confidence = .low, patterns: PatternSet = defaultPatterns,
          chunkSize: Int = 4 << 20, threads: Int = 1) -> [ReportedFinding] {
    Scanner(patterns: patterns, options: ScanOptions(threads: threads, minConfidence: minConfidence, chunkSize: chunkSize))
        .findings(in: Array(text.utf8))
}

/// Every position a finder of the shape `next(in:from:count:)` reports in `line`, asking again
/// from one past each.
func allPositions(in line: [UInt8], _ next: (UnsafePointer<UInt8>, Int, Int) -> Int?) -> [Int] {
    line.withUnsafeBufferPointer { buffer in
        guard let base = buffer.baseAddress else { return [] }
        var found: [Int] = []
        var from = 0
        while let i = next(base, from, buffer.count) {
            found.append(i)
            from = i + 1
        }
        return found
    }
}

/// `allPositions` for a C search that returns `n` when it finds nothing.
func allPositions(in line: [UInt8], untilEnd search: (UnsafePointer<UInt8>, Int, Int) -> Int) -> [Int] {
    allPositions(in: line) { p, from, n in
        let i = search(p, from, n)
        return i < n ? i : nil
    }
}

extension ReportedFinding {
    var text: String { String(decoding: value, as: UTF8.self) }
    var category: String { defaultPatterns.patterns[finding.patternIndex].definition.category }
}

/// Text with one span marked `⟦…⟧`: the text without markers and the byte range of the span.
func unmark(_ marked: String) -> (text: String, span: Range<Int>?) {
    guard let open = marked.range(of: "⟦"), let close = marked.range(of: "⟧") else { return (marked, nil) }
    let before = marked[..<open.lowerBound]
    let inside = marked[open.upperBound..<close.lowerBound]
    let text = String(before) + inside + marked[close.upperBound...]
    let start = before.utf8.count
    return (text, start..<(start + inside.utf8.count))
}

/// The code paths of the byte scans this processor can run: plain C, SSSE3, AVX2
/// (`piiscan_simd_level`).
let simdLevels: [Int32] = Array(0...piiscan_simd_level())
