/// Masks matched values for reports, so reports do not spread the personal data they find.
///
/// The shape stays recognisable (separators, lengths, a few safe characters) while the
/// identifying characters become `*`: `j***@e******.com`, `**** **** **** 1881`,
/// `203.0.***.***`.
public enum Masking {
    /// How a category's values are masked; resolved once per pattern, not per finding.
    public enum Kind: Sendable {
        case email, lastDigits(Int), iban, ipv4, ipv6, firstOfEachRun

        public init(category: String) {
            switch category {
            case "email": self = .email
            case "credit_card", "us_ssn": self = .lastDigits(4)
            case "phone": self = .lastDigits(2)
            case "iban": self = .iban
            case "ipv4": self = .ipv4
            case "ipv6": self = .ipv6
            default: self = .firstOfEachRun
            }
        }
    }

    /// Appends the masked form of `value` (a finding of `category`) to `out`.
    public static func mask<C: Collection>(_ value: C, category: String, into out: inout [UInt8]) where C.Element == UInt8 {
        Array(value).withUnsafeBufferPointer { mask($0, kind: Kind(category: category), into: &out) }
    }

    /// Appends the masked form of `bytes` to `out`.
    public static func mask(_ bytes: UnsafeBufferPointer<UInt8>, kind: Kind, into out: inout [UInt8]) {
        switch kind {
        case .email: maskEmail(bytes, into: &out)
        case .lastDigits(let count): keepLastDigits(bytes, count: count, into: &out)
        case .iban: maskIBAN(bytes, into: &out)
        case .ipv4: maskIPv4(bytes, into: &out)
        case .ipv6: maskIPv6(bytes, into: &out)
        case .firstOfEachRun: keepFirst(bytes, into: &out)
        }
    }

    /// The masked form of `value` as a string.
    public static func masked<C: Collection>(_ value: C, category: String) -> String where C.Element == UInt8 {
        var out: [UInt8] = []
        mask(value, category: category, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func isAlnum(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b >= 0x80
    }

    private static func maskEmail(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        guard let at = bytes.firstIndex(of: UInt8(ascii: "@")), at > 0 else { return keepFirst(bytes, into: &out) }
        out.append(bytes[0])
        out.append(contentsOf: repeatElement(UInt8(ascii: "*"), count: at - 1))
        out.append(UInt8(ascii: "@"))
        let domain = bytes[(at + 1)...]
        let lastDot = domain.lastIndex(of: UInt8(ascii: ".")) ?? domain.endIndex
        var labelStart = true
        for b in domain[..<lastDot] {
            if b == UInt8(ascii: ".") {
                out.append(b)
                labelStart = true
            } else {
                out.append(labelStart ? b : UInt8(ascii: "*"))
                labelStart = false
            }
        }
        out.append(contentsOf: domain[lastDot...])
    }

    /// Keeps the first character of each run of letters and digits.
    private static func keepFirst<C: Collection>(_ bytes: C, into out: inout [UInt8]) where C.Element == UInt8 {
        var first = true
        for b in bytes {
            if isAlnum(b) {
                out.append(first ? b : UInt8(ascii: "*"))
                first = false
            } else {
                out.append(b)
                first = true
            }
        }
    }

    private static func keepLastDigits(_ bytes: UnsafeBufferPointer<UInt8>, count: Int, into out: inout [UInt8]) {
        let digits = bytes.reduce(0) { $0 + (($1 >= 0x30 && $1 <= 0x39) ? 1 : 0) }
        var seen = 0
        for b in bytes {
            if b >= 0x30 && b <= 0x39 {
                seen += 1
                out.append(seen > digits - count ? b : UInt8(ascii: "*"))
            } else {
                out.append(b)
            }
        }
    }

    private static func maskIBAN(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        let alnums = bytes.reduce(0) { $0 + (isAlnum($1) ? 1 : 0) }
        var seen = 0
        for b in bytes {
            if isAlnum(b) {
                seen += 1
                out.append(seen <= 2 || seen > alnums - 4 ? b : UInt8(ascii: "*"))
            } else {
                out.append(b)
            }
        }
    }

    private static func maskIPv4(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        var dots = 0
        var starred = false
        for b in bytes {
            if b == UInt8(ascii: ".") {
                dots += 1
                starred = false
                out.append(b)
            } else if dots < 2 {
                out.append(b)
            } else if !starred {
                out.append(contentsOf: "***".utf8)
                starred = true
            }
        }
    }

    private static func maskIPv6(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        // Keep the first two groups (the routing prefix); star every other hex digit.
        var colons = 0
        var previousColon = false
        for b in bytes {
            if b == UInt8(ascii: ":") {
                if !previousColon { colons += 1 }
                previousColon = true
                out.append(b)
            } else {
                previousColon = false
                out.append(colons < 2 ? b : (isAlnum(b) ? UInt8(ascii: "*") : b))
            }
        }
    }
}
