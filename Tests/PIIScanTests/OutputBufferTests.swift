import CByteScan
import Foundation
import PropertyBased
import Testing
@testable import PIIScan

@Suite struct OutputBufferTests {
    /// The eight-digits-at-a-time decimal writer agrees with Swift's own formatting at every
    /// width boundary, at every value below 100,000 and at random values, and writes nothing
    /// past the 20 bytes of room it is given.
    @Test func decimalsMatchSwiftFormatting() {
        var values: [Int] = [0, 1, -1, Int.max, Int.min, Int.max - 1, Int.min + 1] + Array(0..<100_000)
        var power = 1
        for _ in 0..<18 {
            power *= 10
            values += [power - 1, power, power + 1, -power, -(power - 1), 2 * power - 1, 5 * power + 3]
        }
        var generator = SystemRandomNumberGenerator()
        values += (0..<20_000).map { _ in Int.random(in: Int.min...Int.max, using: &generator) >> Int.random(in: 0..<63) }
        let room = UnsafeMutablePointer<UInt8>.allocate(capacity: 24)
        defer { room.deallocate() }
        for n in values {
            room.update(repeating: 0xAA, count: 24)
            let written = OutputBuffer.writeDecimal(n, to: room)
            #expect(String(decoding: UnsafeBufferPointer(start: room, count: written), as: UTF8.self) == String(n))
            #expect((20..<24).allSatisfy { room[$0] == 0xAA }, "\(n) wrote past its room")
        }
        for n: UInt in [UInt.max, UInt.max - 1, 10_000_000_000_000_000_000, 9_999_999_999_999_999_999, 12_345_678_901_234_567_890] {
            room.update(repeating: 0xAA, count: 24)
            let written = OutputBuffer.writeDecimal(n, to: room)
            #expect(String(decoding: UnsafeBufferPointer(start: room, count: written), as: UTF8.self) == String(n))
            #expect((20..<24).allSatisfy { room[$0] == 0xAA }, "\(n) wrote past its room")
        }
    }

    /// The plain prefix of a value, found 16 bytes at a time, ends at the first byte that needs
    /// a JSON escape (or that is not ASCII), as `JSONText.isPlain` says byte by byte.
    @Test func jsonPlainPrefixEndsAtTheFirstByteToEscape() async {
        // Plain bytes mostly, so that long plain prefixes and every block position are seen.
        let plain: [UInt8] = Array(repeating: [0x20, 0x21, 0x61, 0x7E], count: 12).flatMap { $0 }
        let byteGen = Gen.element(of: plain + [0x00, 0x1F, 0x22, 0x5C, 0x7F, 0x80, 0xC3, 0xFF]).map { $0 ?? 0x61 }
        await propertyCheck(count: 500, input: byteGen.array(of: 0...70)) { value in
            let expected = value.firstIndex { !JSONText.isPlain($0) } ?? value.count
            let found = value.withUnsafeBufferPointer { piiscan_json_plain_prefix($0.baseAddress, $0.count) }
            #expect(found == expected, "\(value)")
        }
    }

    /// Everything appended reaches the file, in order, across the flushes a large output takes.
    @Test func appendsReachTheFileInOrder() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("out").path
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        #expect(fd >= 0)
        let out = OutputBuffer(fd: fd)
        var expected = ""
        for i in 0..<30_000 {
            out.append(i)
            out.append(UInt8(ascii: ","))
            out.append("x\(i % 7)")
            out.append(atMost: 3) { p in
                p[0] = UInt8(ascii: "[")
                p[1] = UInt8(ascii: "]")
                return 2
            }
            out.appendJSONString("q\"\(i % 3)")
            expected += "\(i),x\(i % 7)[]\"q\\\"\(i % 3)\""
        }
        out.append(Array(repeating: UInt8(ascii: "z"), count: 200_000))
        expected += String(repeating: "z", count: 200_000)
        out.flush()
        close(fd)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == expected)
        #expect(!out.failed)
    }
}
