import CByteScan

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
        let start = out.count
        let room = maximumLength(of: bytes.count)
        out.append(contentsOf: repeatElement(0, count: room))
        let written = out.withUnsafeMutableBufferPointer { write(bytes, kind: kind, to: $0.baseAddress! + start) }
        out.removeLast(room - written)
    }

    /// The most bytes `write` produces for a value of `length` bytes: an IPv4 octet becomes
    /// `***`, three bytes for a one-digit octet; every other kind keeps the length.
    static func maximumLength(of length: Int) -> Int { 3 * length }

    /// Writes the masked form of `bytes` to `out`, which has room for
    /// `maximumLength(of: bytes.count)` bytes, and returns how many bytes it wrote.
    static func write(_ bytes: UnsafeBufferPointer<UInt8>, kind: Kind, to out: UnsafeMutablePointer<UInt8>) -> Int {
        guard let value = bytes.baseAddress, !bytes.isEmpty else { return 0 }
        let n = bytes.count
        switch kind {
        case .email: return writeEmail(value, n, to: out)
        case .lastDigits(let count): return keepLastDigits(value, n, count: count, to: out)
        case .iban: return writeIBAN(value, n, to: out)
        case .ipv4: return writeIPv4(value, n, to: out)
        case .ipv6: return writeIPv6(value, n, to: out)
        case .firstOfEachRun: return keepFirst(value, n, to: out)
        }
    }

    /// The masked form of `value` as a string.
    public static func masked<C: Collection>(_ value: C, category: String) -> String where C.Element == UInt8 {
        var out: [UInt8] = []
        mask(value, category: category, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    @inline(__always) static func isAlnum(_ b: UInt8) -> Bool {
        b &- 0x30 < 10 || (b | 0x20) &- 0x61 < 26 || b >= 0x80
    }

    private static let star = UInt8(ascii: "*")

    /// The first byte of the local part, the first of each domain label but the last, which
    /// stays whole: from the bytes' masks (`piiscan_mask_email`) for addresses of up to 64
    /// bytes, byte by byte for longer ones.
    private static func writeEmail(_ v: UnsafePointer<UInt8>, _ n: Int, to out: UnsafeMutablePointer<UInt8>) -> Int {
        let written = piiscan_mask_email(v, n, out)
        return written == n ? n : writeEmailByteByByte(v, n, to: out)
    }

    /// `writeEmail` one byte at a time.
    static func writeEmailByteByByte(_ v: UnsafePointer<UInt8>, _ n: Int, to out: UnsafeMutablePointer<UInt8>) -> Int {
        var at = 0
        while at < n && v[at] != UInt8(ascii: "@") { at += 1 }
        guard at > 0 && at < n else { return keepFirst(v, n, to: out) }
        out[0] = v[0]
        (out + 1).update(repeating: star, count: at - 1)
        out[at] = v[at]
        var lastDot = n
        var i = n - 1
        while i > at {
            if v[i] == UInt8(ascii: ".") {
                lastDot = i
                break
            }
            i -= 1
        }
        var labelStart = true
        for i in (at + 1)..<lastDot {
            let b = v[i]
            if b == UInt8(ascii: ".") {
                out[i] = b
                labelStart = true
            } else {
                out[i] = labelStart ? b : star
                labelStart = false
            }
        }
        (out + lastDot).update(from: v + lastDot, count: n - lastDot)
        return n
    }

    /// Keeps the first character of each run of letters and digits.
    private static func keepFirst(_ v: UnsafePointer<UInt8>, _ n: Int, to out: UnsafeMutablePointer<UInt8>) -> Int {
        var first = true
        for i in 0..<n {
            let b = v[i]
            if isAlnum(b) {
                out[i] = first ? b : star
                first = false
            } else {
                out[i] = b
                first = true
            }
        }
        return n
    }

    private static func keepLastDigits(_ v: UnsafePointer<UInt8>, _ n: Int, count: Int,
                                       to out: UnsafeMutablePointer<UInt8>) -> Int {
        if n <= 64 {
            // The digits as bits, 16 bytes at a time; the last `count` of them stay.
            var starred = piiscan_digit_mask(v, n)
            for _ in 0..<count where starred != 0 { starred &= ~(1 << UInt64(63 - starred.leadingZeroBitCount)) }
            out.update(from: v, count: n)
            while starred != 0 {
                out[starred.trailingZeroBitCount] = star
                starred &= starred &- 1
            }
            return n
        }
        var digits = 0
        for i in 0..<n where isDigit(v[i]) { digits += 1 }
        var starred = digits - count   // digits still to star
        for i in 0..<n {
            let b = v[i]
            if isDigit(b) && starred > 0 {
                out[i] = star
                starred -= 1
            } else {
                out[i] = b
            }
        }
        return n
    }

    /// The country code and the last four characters stay.
    private static func writeIBAN(_ v: UnsafePointer<UInt8>, _ n: Int, to out: UnsafeMutablePointer<UInt8>) -> Int {
        var alnums = 0
        for i in 0..<n where isAlnum(v[i]) { alnums += 1 }
        var seen = 0
        for i in 0..<n {
            let b = v[i]
            if isAlnum(b) {
                seen += 1
                out[i] = seen <= 2 || seen > alnums - 4 ? b : star
            } else {
                out[i] = b
            }
        }
        return n
    }

    /// The first two octets stay; each later one becomes `***`.
    private static func writeIPv4(_ v: UnsafePointer<UInt8>, _ n: Int, to out: UnsafeMutablePointer<UInt8>) -> Int {
        var written = 0
        var dots = 0
        var starred = false
        for i in 0..<n {
            let b = v[i]
            if b == UInt8(ascii: ".") {
                dots += 1
                starred = false
                out[written] = b
                written += 1
            } else if dots < 2 {
                out[written] = b
                written += 1
            } else if !starred {
                (out + written).update(repeating: star, count: 3)
                written += 3
                starred = true
            }
        }
        return written
    }

    /// The first two groups (the routing prefix) stay; every later hex digit becomes `*`.
    private static func writeIPv6(_ v: UnsafePointer<UInt8>, _ n: Int, to out: UnsafeMutablePointer<UInt8>) -> Int {
        var colons = 0
        var previousColon = false
        for i in 0..<n {
            let b = v[i]
            if b == UInt8(ascii: ":") {
                if !previousColon { colons += 1 }
                previousColon = true
                out[i] = b
            } else {
                previousColon = false
                out[i] = colons < 2 || !isAlnum(b) ? b : star
            }
        }
        return n
    }
}
