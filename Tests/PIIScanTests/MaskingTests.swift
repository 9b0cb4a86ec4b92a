import PropertyBased
import Testing
@testable import PIIScan

@Suite struct MaskingTests {
    @Test(arguments: [
        ("jane@example.com", "email", "j***@e******.com"),
        ("p.novak@mail.example.co.jp", "email", "p******@m***.e******.c*.jp"),
        ("4111 1111 1111 1881", "credit_card", "**** **** **** 1881"),
        ("4111111111111881", "credit_card", "************1881"),
        ("203.0.113.7", "ipv4", "203.0.***.***"),
        ("2a02:1810:4d02:9800::1", "ipv6", "2a02:1810:****:****::*"),
        ("+46 70 602 19 62", "phone", "+** ** *** ** 62"),
        ("536-22-1234", "us_ssn", "***-**-1234"),
        ("DE89 3704 0044 0532 0130 00", "iban", "DE** **** **** **** **30 00"),
        ("sexual orientation", "special_category", "s***** o**********"),
        ("1.2.3.4", "ipv4", "1.2.***.***"),
        ("jane@", "email", "j***@"),
        ("a@localhost", "email", "a@l********"),
        ("@example.com", "email", "@e******.c**"),
        ("Zoë Müller", "special_category", "Z*** M******"),
        ("", "phone", ""),
    ])
    func masks(_ value: String, _ category: String, _ expected: String) {
        #expect(Masking.masked(Array(value.utf8), category: category) == expected)
    }

    /// Phone numbers, cards and SSNs keep their last digits and every other byte; all other
    /// digits become `*`, for values shorter and longer than the 64 bytes read as one mask.
    @Test func lastDigitsStayAndOtherDigitsAreStarred() async {
        let byteGen = Gen.element(of: Array("0123456789 -+().x".utf8)).map { $0 ?? 0x20 }
        await propertyCheck(count: 400, input: byteGen.array(of: 0...90), Gen.int(in: 0...5)) { value, count in
            let digits = value.indices.filter { value[$0] >= 0x30 && value[$0] <= 0x39 }
            var expected = value
            for i in digits.dropLast(count) { expected[i] = UInt8(ascii: "*") }
            var out: [UInt8] = []
            value.withUnsafeBufferPointer { Masking.mask($0, kind: .lastDigits(count), into: &out) }
            #expect(out == expected, "\(String(decoding: value, as: UTF8.self)) \(count)")
        }
    }

    /// Email addresses of up to 64 bytes, masked from the masks of their bytes, come out as
    /// one byte at a time masks them: every length, '@' and dots anywhere, more than one '@'.
    @Test func emailMasksEqualAByteByByteReading() async {
        let byteGen = Gen.element(of: Array("ab.@-_Z9".utf8) + [0x80, 0x2A]).map { $0 ?? 0x61 }
        await propertyCheck(count: 1500, input: byteGen.array(of: 0...80)) { value in
            var expected = [UInt8](repeating: 0, count: max(1, value.count))
            var out: [UInt8] = []
            value.withUnsafeBufferPointer { v in
                if let base = v.baseAddress, !v.isEmpty {
                    let count = Masking.writeEmailByteByByte(base, v.count, to: &expected)
                    expected.removeLast(expected.count - count)
                } else {
                    expected = []
                }
                Masking.mask(v, kind: .email, into: &out)
            }
            #expect(out == expected, "\(String(decoding: value, as: UTF8.self))")
        }
    }

    @Test func maskedValuesFitTheRoomReportersReserve() {
        let alphabet = Array("0123456789.:@-+ abcXYZé".utf8)
        let kinds: [Masking.Kind] = [.email, .lastDigits(4), .lastDigits(2), .iban, .ipv4, .ipv6, .firstOfEachRun]
        for _ in 0..<2000 {
            let value = (0..<Int.random(in: 0...40)).map { _ in alphabet.randomElement()! }
            for kind in kinds {
                var out: [UInt8] = []
                value.withUnsafeBufferPointer { Masking.mask($0, kind: kind, into: &out) }
                #expect(out.count <= Masking.maximumLength(of: value.count), "\(kind) \(value)")
                if case .ipv4 = kind { continue }
                #expect(out.count == value.count, "\(kind) \(value)")
            }
        }
    }
}
