import Foundation
import Testing
@testable import PIIScan

/// Every input that once crashed a fuzz harness (Fuzz/, scripts/fuzz) scans to a normal outcome.
@Suite struct FuzzRegressionTests {
    static let inputs: [String] = (try? FileManager.default.contentsOfDirectory(
        atPath: fixture("fuzz-crashes").path).sorted()) ?? []

    @Test func thereAreRegressionInputs() {
        #expect(!Self.inputs.isEmpty)
    }

    @Test(arguments: inputs)
    func crashInputScansToAnOutcome(_ name: String) {
        for chunkSize in [64, 4 << 20] {
            let sink = scanFile(fixture("fuzz-crashes/\(name)"), chunkSize: chunkSize)
            #expect(sink.outcomes.count == 1, "one outcome for the input, chunk size \(chunkSize)")
            #expect(sink.summary != nil)
        }
    }

    /// A pax record whose length is shorter than its own length field ("01 mtime=…").
    @Test func paxRecordsWithImpossibleLengthsAreIgnored() {
        for text in ["01 mtime=1\n", "3 a=b\n", "5 a=b\n", "99 path=x\n", "0 a=\n", "6 a=bc"] {
            #expect(TarReader.paxRecords(Array(text.utf8)).isEmpty, "\(text.debugDescription)")
        }
        #expect(TarReader.paxRecords(Array("12 path=a/b\n6 a=b\n".utf8)) == ["path": "a/b", "a": "b"])
    }
}
