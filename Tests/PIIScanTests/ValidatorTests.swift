import CByteScan
#if canImport(Glibc)
import Glibc
#endif
import Foundation
import PropertyBased
import Testing
@testable import PIIScan

@Suite struct ValidatorTests {
    @Test(arguments: [
        ("4111111111111111", true), ("4111 1111 1111 1111", true), ("4111-1111-1111-1111", true),
        ("5555555555554444", true), ("2223003122003222", true), ("378282246310005", true),
        ("3782 822463 10005", true), ("6011111111111117", true), ("3530111333300000", true),
        ("30569309025904", true), ("4222222222222", true), ("6200000000000005", true),
        ("4111111111111112", false),   // Luhn
        ("1234567812345670", false),   // no issuer starts with 1
        ("4111 1111 1111 1111 1", false), // 17 digits
        ("5555 5555 5555 4444 4", false),
        ("4111 111111 11111", false),  // Amex grouping on a Visa number
        ("37828224631000", false),     // Amex is 15 digits
        ("0000000000000000", false),
    ])
    func creditCard(_ value: String, _ valid: Bool) {
        #expect(Validator.creditCard.validate(Array(value.utf8)).isValid == valid)
    }

    /// The Luhn check of digit runs (the card trigger's, 16 digits at a time up to 32) equals
    /// the validator's, for every length around the 16- and 32-digit blocks.
    @Test func luhnOfDigitRunsEqualsTheValidators() async {
        await propertyCheck(count: 2_000, input: Gen.int(in: 0...9).array(of: 0...40)) { digits in
            let bytes = digits.map { UInt8(0x30 + $0) }
            let fast = bytes.withUnsafeBufferPointer { piiscan_passes_luhn($0.baseAddress ?? UnsafePointer(bitPattern: 1)!, $0.count) }
            #expect((fast != 0) == CardValidation.luhn(digits), "\(digits)")
        }
    }

    @Test func luhn() {
        #expect(CardValidation.luhn([7, 9, 9, 2, 7, 3, 9, 8, 7, 1, 3]))
        #expect(!CardValidation.luhn([7, 9, 9, 2, 7, 3, 9, 8, 7, 1, 4]))
        #expect(!CardValidation.luhn([]))
    }

    @Test(arguments: [
        ("DE89370400440532013000", true), ("GB82WEST12345698765432", true), ("NL91ABNA0417164300", true),
        ("FR1420041010050500013M02606", true), ("BE68539007547034", true), ("CH9300762011623852957", true),
        ("DE89 3704 0044 0532 0130 00", true), ("NO9386011117947", true),
        ("DE89370400440532013001", false), ("DE8937040044053201300", false), ("QQ89370400440532013000", false),
        ("GB82WEST1234569876543", false), ("DE89-3704-0044-0532-0130-00", false),
    ])
    func iban(_ value: String, _ valid: Bool) {
        #expect(Validator.iban.validate(Array(value.utf8)).isValid == valid)
    }

    @Test func ibanTrimsToTheCountryLength() {
        let verdict = Validator.iban.validate(Array("NL91 ABNA 0417 1643 00 ABC".utf8))
        #expect(verdict == .accept(length: 22))
        #expect(!Validator.iban.validate(Array("NL91ABNA0417164300ABC".utf8)).isValid)
    }

    @Test(arguments: [
        ("81.2.69.142", Confidence?.some(.medium)), ("8.8.8.8", .medium), ("10.0.0.1", .low), ("172.16.5.4", .low),
        ("172.32.0.1", .medium), ("192.168.1.1", .low), ("169.254.10.10", .low), ("100.64.0.1", .low),
        ("127.0.0.1", nil), ("0.0.0.0", nil), ("192.0.2.1", nil), ("198.51.100.1", nil), ("203.0.113.5", nil),
        ("224.0.0.1", nil), ("239.255.255.250", nil), ("255.255.255.255", nil), ("240.0.0.1", nil),
        ("256.1.1.1", nil), ("1.2.3", nil), ("01.2.3.4", nil), ("124.0.0.0", nil),
    ])
    func ipv4(_ value: String, _ confidence: Confidence?) {
        let verdict = Validator.ipv4.validate(Array(value.utf8))
        #expect(verdict.isValid == (confidence != nil))
        if let confidence, verdict.isValid { #expect((verdict.confidence ?? .medium) == confidence) }
    }

    @Test(arguments: [
        ("2a02:1810:4d02:9800::1", Confidence?.some(.medium)), ("2a00:1450:4001:829:0:0:0:200e", .medium),
        ("2a00:1450::200e", .medium), ("::ffff:81.2.69.142", .medium), ("::ffff:10.0.0.1", .low),
        ("fe80::1ff:fe23:4567:890a", .low), ("fd12:3456:789a::1", .low),
        ("::1", nil), ("::", nil), ("2001:db8::1", nil), ("ff02::1:2", nil), ("::ffff:127.0.0.1", nil),
        ("1:2:3:4:5:6:7", nil), ("1:2:3:4:5:6:7:8:9", nil), ("1::2::3", nil), ("12345::1:2", nil), ("1:2:3:4:5:6:7:", nil),
        ("add::", nil),
    ])
    func ipv6(_ value: String, _ confidence: Confidence?) {
        let verdict = Validator.ipv6.validate(Array(value.utf8))
        #expect(verdict.isValid == (confidence != nil))
        if let confidence, verdict.isValid { #expect((verdict.confidence ?? .medium) == confidence) }
    }

    /// The one-pass IPv6 parser reads every string of hex digits, colons and dots as a plain
    /// reading does (split at the colons, a group with a dot read as the IPv4 tail), and every
    /// address it accepts has the bits `inet_pton` gives it.
    @Test func ipv6ParserEqualsAPlainReading() async {
        // Up to nine groups (some too long, empty, not hex or dotted), joined by colons, with
        // "::" now and then at some group, and an ending that is nothing, a stray byte or a tail.
        let valid = ["0", "1", "a", "F", "ff", "db8", "1234", "abcd"]
        let group = Gen.element(of: valid + valid + valid + ["12345", "", "g1", "1g", "a-b", "1.2.3.4", "256.1.1.1", "01.2.3.4"])
            .map { $0 ?? "0" }
        let ending = Gen.element(of: ["", "", "", ":", ".", "1.2.3.4", ":10.0.0.1", ":"]).map { $0 ?? "" }
        let gen = zip(group.array(of: 0...9), Gen.int(in: -3...9), ending).map { groups, gap, end -> [UInt8] in
            var text = groups.joined(separator: ":")
            if gap >= 0 && gap <= groups.count {
                text = groups[..<gap].joined(separator: ":") + "::" + groups[gap...].joined(separator: ":")
            }
            return Array((text + end).utf8)
        }
        var accepted = 0
        await propertyCheck(count: 3_000, input: gen) { value in
            let parsed = value.withUnsafeBufferPointer { IPValidation.parseIPv6($0) }
            if parsed != nil { accepted += 1 }
            let expected = plainIPv6(value)
            #expect(parsed?.address == expected?.address && parsed?.groups == expected?.groups,
                    "\(String(decoding: value, as: UTF8.self))")
            if let parsed {
                var bytes = [UInt8](repeating: 0, count: 16)
                let ok = inet_pton(AF_INET6, String(decoding: value, as: UTF8.self), &bytes)
                #expect(ok == 1 && bytes == IPValidation.bytes(of: parsed.address), "\(String(decoding: value, as: UTF8.self))")
            }
        }
        #expect(accepted > 120, "\(accepted) accepted")
    }

    /// A dotted quad read plainly: four parts between dots, each 1 to 3 digits, none over 255
    /// or with a leading zero.
    private func plainIPv4(_ text: String) -> UInt32? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var address: UInt32 = 0
        for part in parts {
            guard (1...3).contains(part.utf8.count), part.utf8.allSatisfy({ (0x30...0x39).contains($0) }),
                  part == "0" || part.first != "0", let octet = UInt32(part), octet <= 255 else { return nil }
            address = address << 8 | octet
        }
        return address
    }

    /// The IPv4 parser (of the validator, IPv6 tails and allowlists) reads every string of
    /// digits, dots and a few other bytes as a plain reading does.
    @Test func ipv4ParserEqualsAPlainReading() async {
        let valid = ["0", "1", "9", "10", "99", "100", "199", "200", "249", "250", "255"]
        let part = Gen.element(of: valid + valid + valid + ["256", "300", "01", "001", "1000", "", "a", "1 ", "-1", "2\n"])
            .map { $0 ?? "0" }
        let gen = zip(part.array(of: 3...5), Gen.element(of: [".", ".", ".", ".", ":", ".."])).map { parts, dot in
            Array(parts.joined(separator: dot ?? ".").utf8)
        }
        var accepted = 0
        await propertyCheck(count: 3_000, input: gen) { value in
            let parsed = value.withUnsafeBufferPointer { IPValidation.parseIPv4($0) }
            if parsed != nil { accepted += 1 }
            #expect(parsed == plainIPv4(String(decoding: value, as: UTF8.self)), "\(String(decoding: value, as: UTF8.self))")
        }
        #expect(accepted > 100, "\(accepted) accepted")
        #expect([UInt8]().withUnsafeBufferPointer { IPValidation.parseIPv4($0) } == nil)
    }

    /// RFC 4291 §2.2 read plainly: the groups split at the colons, "::" at most once.
    private func plainIPv6(_ value: [UInt8]) -> (address: UInt128, groups: Int)? {
        let text = String(decoding: value, as: UTF8.self)
        let halves = text.components(separatedBy: "::")
        guard halves.count <= 2 else { return nil }
        func groups(_ half: String) -> [String]? {
            half.isEmpty ? [] : half.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        }
        guard var head = groups(halves[0]), var tail = halves.count == 2 ? groups(halves[1]) : [] else { return nil }
        var v4: UInt32?
        // A dotted IPv4 tail ends the address: the last group of the last half.
        if halves.count == 2, let last = tail.last, last.contains(".") {
            v4 = plainIPv4(last)
            guard v4 != nil else { return nil }
            tail.removeLast()
        } else if halves.count == 1, let last = head.last, last.contains(".") {
            v4 = plainIPv4(last)
            guard v4 != nil else { return nil }
            head.removeLast()
        }
        func words(_ groups: [String]) -> [UInt16]? {
            var out: [UInt16] = []
            for g in groups {
                guard (1...4).contains(g.utf8.count), g.utf8.allSatisfy({ IPValidation.hexValue($0) != nil }),
                      let w = UInt16(g, radix: 16) else { return nil }
                out.append(w)
            }
            return out
        }
        guard let h = words(head), let t = words(tail) else { return nil }
        let needed = v4 == nil ? 8 : 6
        let written = h.count + t.count
        guard halves.count == 2 ? written < needed : written == needed else { return nil }
        let all = h + [UInt16](repeating: 0, count: needed - written) + t
        var address = all.reduce(UInt128(0)) { $0 << 16 | UInt128($1) }
        if let v4 { address = address << 32 | UInt128(v4) }
        return (address, written + (v4 == nil ? 0 : 1))
    }

    @Test(arguments: [
        ("536-22-1234", true), ("536 22 1234", true), ("536221234", true), ("899-99-9999", true),
        ("000-22-1234", false), ("666-22-1234", false), ("900-22-1234", false), ("536-00-1234", false),
        ("536-22-0000", false), ("078-05-1120", false), ("53-622-1234", true) /* digits only are checked */,
    ])
    func usSSN(_ value: String, _ valid: Bool) {
        #expect(Validator.usSSN.validate(Array(value.utf8)).isValid == valid)
    }

    @Test(arguments: [("jane@example.org", true), ("logo@2x.png", false), ("a@b.JPG", false), ("x@shop.co.uk", true)])
    func email(_ value: String, _ valid: Bool) {
        #expect(Validator.email.validate(Array(value.utf8)).isValid == valid)
    }

    /// An address is rejected exactly when its ending after the last dot is one of the asset
    /// extensions or reserved names, ignoring ASCII case: against a plain set lookup, for every
    /// ending in several cases, one byte longer and one byte shorter, and a few odd ones.
    @Test func emailEndingsAgainstASetLookup() {
        let rejected = Set(EmailValidation.fileExtensions)
        var endings: [[UInt8]] = [[], Array("x".utf8), Array("localhostx".utf8), [0xC3, 0x89], [0x00, 0x70, 0x6E, 0x67],
                                  Array("abcdefghijklmno".utf8), Array("abcdefghijklmnop".utf8)]
        for ext in EmailValidation.fileExtensions {
            let upper = ext.map { (0x61...0x7A).contains($0) ? $0 - 0x20 : $0 }
            let mixed = ext.indices.map { $0 % 2 == 0 ? upper[$0] : ext[$0] }
            for ending in [ext, upper, mixed] {
                endings += [ending, ending + [0x78], ending + [0x32], ending + [0x66], Array(ending.dropLast()), [0x41] + ending]
            }
        }
        for ending in endings {
            let folded = ending.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
            let value = Array("jane@example.".utf8) + ending
            #expect(Validator.email.validate(value).isValid == !rejected.contains(folded),
                    "ending \(ending)")
        }
    }

    @Test(arguments: [
        ("+46 70 602 19 62", true), ("+1 (312) 555-0182", true), ("030 1234 5678", true),
        ("+1234567", false), ("+1111111111", false), ("+1234567890123456789", false), ("093 50 5563", false),
    ])
    func phone(_ value: String, _ valid: Bool) {
        #expect(Validator.phone.validate(Array(value.utf8)).isValid == valid)
    }

    /// The phone check gives the verdict and length of a plain reading of its rules: cut at
    /// the last space before the first dot after a space, then count the digits, distinct
    /// digits and groups of what comes before; for values made of digits, spaces, dots,
    /// dashes, parentheses and plus signs.
    @Test func phoneCheckEqualsACutThenCountReading() async {
        func reference(_ value: [UInt8]) -> (Bool, Int?) {
            if let space = value.firstIndex(of: UInt8(ascii: " ")),
               let dot = value[space...].firstIndex(of: UInt8(ascii: ".")),
               let cut = value[..<dot].lastIndex(of: UInt8(ascii: " ")) {
                return reference(Array(value[..<cut])).0 ? (true, cut) : (false, nil)
            }
            let digits = value.filter { (0x30...0x39).contains($0) }
            let groups = value.split { !(0x30...0x39).contains($0) }.map(\.count)
            guard (8...16).contains(digits.count), Set(digits).count > 1 else { return (false, nil) }
            if groups.count == 3 && groups == [3, 2, 4] && value.first != UInt8(ascii: "+") { return (false, nil) }
            return (true, nil)
        }
        let pieceGen = Gen.element(of: ["1", "2", "55", "123", "0182", "45", " ", " ", ".", "-", "(", ")", "+", "10.1"])
            .map { $0 ?? " " }
        await propertyCheck(count: 2_000, input: pieceGen.array(of: 0...14)) { pieces in
            let value = Array(pieces.joined().utf8)
            let verdict = value.withUnsafeBufferPointer { PhoneValidation.verdict($0) }
            let expected = reference(value)
            #expect(verdict.isValid == expected.0 && verdict.length == expected.1, "\(pieces.joined())")
        }
        for (value, length) in [("+44 20 7946 0958 10.1.2.3", 16), ("030 1234 5678 v1.2", 13), ("123-45-6789", nil)] {
            let verdict = Array(value.utf8).withUnsafeBufferPointer { PhoneValidation.verdict($0) }
            #expect(verdict.isValid == (value != "123-45-6789") && verdict.length == length, "\(value)")
        }
    }

    /// Values up to 32 bytes take the masks path (`piiscan_phone_verdict`), longer ones the
    /// byte walk; both give the same verdicts, on any bytes.
    @Test func phoneMasksEqualAByteByByteReading() async {
        let byteGen = Gen.element(of: Array("0123456789 .-+(x".utf8) + [0x80, 0xB9, 0x00]).map { $0 ?? 0x31 }
        await propertyCheck(count: 3_000, input: byteGen.array(of: 1...40)) { value in
            value.withUnsafeBufferPointer { v in
                let verdict = PhoneValidation.verdict(v)
                let expected = PhoneValidation.verdictByteByByte(v.baseAddress!, v.count)
                #expect(verdict == expected, "\(value)")
            }
        }
    }
}
