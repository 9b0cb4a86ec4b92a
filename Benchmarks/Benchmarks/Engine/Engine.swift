// Scan-engine microbenchmarks. Every scan benchmark scans one MiB per iteration, so its
// throughput (# / s) reads as MiB/s and its malloc count as allocations per MiB.
import Benchmark
import Foundation
import PIIScan

/// The repository's Samples folder.
let samples = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Samples")

/// One MiB of whole lines of a sample file, repeated (a last partial line is cut at a newline).
func mebibyte(of name: String) -> [UInt8] {
    let sample = try! [UInt8](Data(contentsOf: samples.appendingPathComponent(name)))
    var bytes: [UInt8] = []
    while bytes.count < 1 << 20 { bytes += sample }
    bytes.removeSubrange((1 << 20)...)
    return bytes
}

/// Counts findings; keeps nothing.
final class CountingSink: FindingSink, @unchecked Sendable {
    var count = 0
    func findings(_ findings: ChunkFindings, in input: InputPath, member: String?) { count += findings.findings.count }
    func endInput(_ input: InputPath, outcome: InputOutcome) {}
    func finish(_ summary: ScanSummary) {}
}

/// Scans `bytes` once on one thread with `patterns`; returns the number of findings.
func scanOnce(_ bytes: [UInt8], _ patterns: PatternSet) -> Int {
    let sink = CountingSink()
    Scanner(patterns: patterns, options: ScanOptions(threads: 1, minConfidence: .low))
        .scan([.memory(InputPath("bench"), bytes)], into: sink)
    return sink.count
}

let scanMetrics: [BenchmarkMetric] = [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident]

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: scanMetrics, maxDuration: .seconds(3), maxIterations: 1000)
    let logs = mebibyte(of: "app.log")
    let dump = mebibyte(of: "pgdump.sql")
    let defaults = try! PatternSet.load()

    // The whole default set, as `piiscan scan` runs it.
    Benchmark("scan default set, log lines") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(scanOnce(logs, defaults)) }
    }
    Benchmark("scan default set, pg_dump") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(scanOnce(dump, defaults)) }
    }

    // The floor: line splitting and the line prefilter pass, with a pattern that never runs.
    let floor = try! PatternSet(try! PatternFileParser.parse("""
    - id: never
      category: never
      description: a byte that is not in the samples
      regex: '\\x01'
      prefilter: {bytes: "\\u0001"}
    """, file: "floor.yaml"))
    Benchmark("scan floor (lines and prefilter only), log lines") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(scanOnce(logs, floor)) }
    }

    // Each default pattern alone: its prefilter, regex and validator.
    for definition in try! PatternLibrary.definitions(userPaths: []) {
        let single = try! PatternSet([definition])
        Benchmark("pattern \(definition.id), log lines") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(scanOnce(logs, single)) }
        }
    }

    // Validators on the values they are made for, 1000 per iteration.
    let values: [(Validator, [String])] = [
        (.creditCard, ["4111 1111 1111 1111", "5500-0000-0000-0004", "378282246310005", "4111111111111112"]),
        (.iban, ["DE89 3704 0044 0532 0130 00", "GB82WEST12345698765432", "FR1420041010050500013M02606"]),
        (.ipv4, ["81.2.69.142", "10.1.2.3", "203.0.113.7", "256.1.1.1"]),
        (.ipv6, ["2a02:1810:4d02:9800::1", "fe80::1ff:fe23:4567:890a", "2001:db8::1"]),
        (.usSSN, ["536-22-1234", "078-05-1121", "666-12-3456"]),
        (.email, ["jane.doe@example.org", "user@localhost", "logo@2x.png"]),
        (.phone, ["+44 20 7946 0958", "+1 (415) 555-2671", "030 901820"]),
    ]
    for (validator, samples) in values {
        let bytes = samples.map { Array($0.utf8) }
        Benchmark("validator \(validator.rawValue), 1000 values",
                  configuration: .init(metrics: [.wallClock, .throughput, .mallocCountTotal])) { benchmark in
            for _ in benchmark.scaledIterations {
                for i in 0..<1000 {
                    bytes[i % bytes.count].withUnsafeBufferPointer { blackHole(validator.validate($0).isValid) }
                }
            }
        }
    }
}
