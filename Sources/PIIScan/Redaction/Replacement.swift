/// Writes the replacement of one finding's value under an operator.
///
/// Every replacement is made of the value's own separators, `*`, letters, digits and
/// `[]:@.-_`: nothing that ends a quoted SQL or CSV field, so dumps stay loadable.
/// Replacements never match the default patterns again, so redacting twice changes nothing.
struct Replacement {
    let key: PseudonymKey?

    /// Appends the replacement of `value`, a finding of `category` whose tag is `tag`, to `out`.
    func append(_ value: UnsafeRawBufferPointer, category: String, tag: [UInt8],
                operator op: RedactionOperator, into out: inout [UInt8]) {
        switch op {
        case .mask: Self.mask(value, into: &out)
        case .tag: out.append(contentsOf: tag)
        case .remove: break
        case .partial: Self.partial(value, category: category, tag: tag, into: &out)
        case .hash:
            guard let key else { return Self.mask(value, into: &out) }   // RedactionPolicy requires a key
            hash(value, category: category, tag: tag, key: key, into: &out)
        }
    }

    /// The tag of a category: `[EMAIL]`, `[SPECIAL_CATEGORY:HEALTH]`.
    static func tag(category: String, subcategory: String?) -> [UInt8] {
        var name = category.uppercased()
        if let subcategory { name += ":" + subcategory.uppercased() }
        return Array("[\(name)]".utf8)
    }

    // MARK: mask

    /// ASCII letters and digits become `*`, each non-ASCII character one `*`; the rest stays.
    static func mask(_ value: UnsafeRawBufferPointer, into out: inout [UInt8]) {
        for b in value { maskByte(b, into: &out) }
    }

    @inline(__always) private static func maskByte(_ b: UInt8, into out: inout [UInt8]) {
        if b >= 0x80 {
            if b & 0xC0 != 0x80 { out.append(star) }   // a lead byte; continuation bytes vanish
        } else {
            out.append(isAlnum(b) ? star : b)
        }
    }

    @inline(__always) static func isAlnum(_ b: UInt8) -> Bool {
        b &- 0x30 < 10 || (b | 0x20) &- 0x61 < 26
    }

    static let star = UInt8(ascii: "*")

    // MARK: partial

    static func partial(_ value: UnsafeRawBufferPointer, category: String, tag: [UInt8], into out: inout [UInt8]) {
        switch category {
        case "email":
            // The domain stays.
            let at = value.lastIndex(of: UInt8(ascii: "@")) ?? value.count
            mask(UnsafeRawBufferPointer(rebasing: value[..<at]), into: &out)
            out.append(contentsOf: value[at...])
        case "credit_card", "us_ssn": keepLastDigits(value, 4, into: &out)
        case "phone": keepLastDigits(value, 2, into: &out)
        case "iban":
            // The country code and the last four characters stay.
            var alnumSeen = 0
            let total = value.reduce(0) { $0 + (isAlnum($1) ? 1 : 0) }
            for b in value {
                guard isAlnum(b) else { out.append(b); continue }
                out.append(alnumSeen < 2 || alnumSeen >= total - 4 ? b : star)
                alnumSeen += 1
            }
        case "ipv4": keepAfterSeparators(value, separator: UInt8(ascii: "."), count: 2, into: &out)
        case "ipv6": keepAfterSeparators(value, separator: UInt8(ascii: ":"), count: 2, into: &out)
        case "special_category": out.append(contentsOf: tag)
        default: mask(value, into: &out)
        }
    }

    /// Masks every digit but the last `count`.
    private static func keepLastDigits(_ value: UnsafeRawBufferPointer, _ count: Int, into out: inout [UInt8]) {
        var digits = value.reduce(0) { $0 + ($1 &- 0x30 < 10 ? 1 : 0) }
        for b in value {
            if b &- 0x30 < 10 {
                out.append(digits <= count ? b : star)
                digits -= 1
            } else {
                maskByte(b, into: &out)
            }
        }
    }

    /// Keeps the value up to its `count`-th separator and masks the rest.
    private static func keepAfterSeparators(_ value: UnsafeRawBufferPointer, separator: UInt8, count: Int,
                                            into out: inout [UInt8]) {
        var seen = 0
        for b in value {
            if seen >= count { maskByte(b, into: &out) } else { out.append(b) }
            if b == separator { seen += 1 }
        }
    }

    // MARK: hash

    /// A keyed pseudonym shaped like the value, in a range that no real value uses, so the
    /// same value gives the same pseudonym across files and runs and joins still work:
    /// `user-3f9a2c1b4d5e@pseudo.invalid`; a card number with issuer prefix 000000 (ISO/IEC
    /// 7812 assigns no issuer there) that passes Luhn; an SSN with area 000 (never issued);
    /// an IBAN for country `XX`; IPv4 in 240.0.0.0/4 (reserved), IPv6 in 2001:db8::/32
    /// (documentation); a phone number with country code +000.
    func hash(_ value: UnsafeRawBufferPointer, category: String, tag: [UInt8], key: PseudonymKey,
              into out: inout [UInt8]) {
        Self.withDigest(of: value, category: category, key: key) { digest in
            Self.shape(digest, like: value, category: category, tag: tag, into: &out)
        }
    }

    /// Calls `body` with the keyed digest of the normalised value.
    static func withDigest(of value: UnsafeRawBufferPointer, category: String, key: PseudonymKey,
                           _ body: (UnsafeRawBufferPointer) -> Void) {
        var normalised: [UInt8] = []
        normalised.reserveCapacity(value.count)
        normalise(value, category: category, into: &normalised)
        var categoryName = category
        categoryName.withUTF8 { categoryBytes in
            normalised.withUnsafeBytes { normalisedBytes in
                key.withDigest(category: UnsafeRawBufferPointer(categoryBytes), value: normalisedBytes, body)
            }
        }
    }

    /// The form that is hashed: equal values in different spellings give one pseudonym.
    static func normalise(_ value: UnsafeRawBufferPointer, category: String, into out: inout [UInt8]) {
        switch category {
        case "phone", "credit_card", "us_ssn":
            for b in value where b &- 0x30 < 10 { out.append(b) }
        case "iban":
            for b in value where isAlnum(b) { out.append(b >= 0x61 ? b - 0x20 : b) }
        case "ipv6":
            if let (address, _) = IPValidation.parseIPv6(value.assumingMemoryBound(to: UInt8.self)) {
                out.append(contentsOf: IPValidation.bytes(of: address))
            } else {
                out.append(contentsOf: value)
            }
        default:
            for b in value { out.append(b &- 0x41 < 26 ? b | 0x20 : b) }
        }
    }

    private static let hex = Array("0123456789abcdef".utf8)

    static func appendHex(_ bytes: UnsafeRawBufferPointer.SubSequence, into out: inout [UInt8]) {
        for b in bytes {
            out.append(hex[Int(b >> 4)])
            out.append(hex[Int(b & 0xF)])
        }
    }

    static func shape(_ digest: UnsafeRawBufferPointer, like value: UnsafeRawBufferPointer, category: String,
                      tag: [UInt8], into out: inout [UInt8]) {
        // A digit stream from the digest: two decimal digits per byte are biased, so one per byte.
        func digit(_ i: Int) -> UInt8 { UInt8(ascii: "0") + digest[i % 32] % 10 }
        func nonZeroDigit(_ i: Int) -> UInt8 { UInt8(ascii: "1") + digest[i % 32] % 9 }
        switch category {
        case "email":
            out.append(contentsOf: "user-".utf8)
            appendHex(digest[0..<6], into: &out)
            out.append(contentsOf: "@pseudo.invalid".utf8)
        case "phone":
            // +000 and three groups of four digits; no group starts with 0, so no national
            // (trunk-prefix) pattern sees a number in it.
            out.append(contentsOf: "+000".utf8)
            for group in 0..<3 {
                out.append(UInt8(ascii: " "))
                out.append(nonZeroDigit(group * 4))
                for i in 1..<4 { out.append(digit(group * 4 + i)) }
            }
        case "credit_card":
            let count = value.reduce(0) { $0 + ($1 &- 0x30 < 10 ? 1 : 0) }
            var digits = [UInt8](repeating: 0, count: max(count, 12))
            for i in 6..<(digits.count - 1) { digits[i] = digest[i] % 10 }
            digits[digits.count - 1] = CardValidation.luhnCheckDigit(digits.dropLast())
            layOut(digits, over: value, into: &out)
        case "us_ssn":
            var digits = [UInt8](repeating: 0, count: 9)
            for i in 3..<9 { digits[i] = digest[i] % 10 }
            layOut(digits, over: value, into: &out)
        case "iban":
            var position = 0
            for b in value {
                guard isAlnum(b) else { out.append(b); continue }
                out.append(position < 2 ? UInt8(ascii: "X") : digit(position))
                position += 1
            }
        case "ipv4":
            out.append(contentsOf: "240".utf8)
            for i in 0..<3 {
                out.append(UInt8(ascii: "."))
                out.append(contentsOf: String(digest[i] | (i == 2 ? 1 : 0)).utf8)   // a host, not a .0 network
            }
        case "ipv6":
            out.append(contentsOf: "2001:db8".utf8)
            for i in 0..<6 {
                out.append(UInt8(ascii: ":"))
                appendHex(digest[(2 * i)..<(2 * i + 2)], into: &out)
            }
        default:
            // The tag with a pseudonym: [SPECIAL_CATEGORY:HEALTH:3f9a2c1b].
            out.append(contentsOf: tag.dropLast())
            out.append(UInt8(ascii: ":"))
            appendHex(digest[0..<4], into: &out)
            out.append(UInt8(ascii: "]"))
        }
    }

    /// Writes `digits` (values 0–9) into the digit positions of `value`, keeping its
    /// separators; digits left over are appended.
    private static func layOut(_ digits: [UInt8], over value: UnsafeRawBufferPointer, into out: inout [UInt8]) {
        var next = 0
        for b in value {
            if b &- 0x30 < 10, next < digits.count {
                out.append(UInt8(ascii: "0") + digits[next])
                next += 1
            } else if b &- 0x30 >= 10 {
                out.append(b)
            }
        }
        while next < digits.count {
            out.append(UInt8(ascii: "0") + digits[next])
            next += 1
        }
    }
}
