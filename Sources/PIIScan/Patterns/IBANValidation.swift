/// International Bank Account Numbers: the country's length and the ISO 7064 mod-97 check.
enum IBANValidation {
    /// IBAN lengths by country code (ISO 13616 registry).
    static let lengths: [String: Int] = [
        "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
        "BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27,
        "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27,
        "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22,
        "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32,
        "LI": 21, "LT": 20, "LU": 20, "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19,
        "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23, "PK": 24,
        "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24, "SC": 31,
        "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28, "TL": 23,
        "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
    ]

    /// IBAN lengths keyed by the two country letters as one number, for lookups without
    /// building a string.
    static let lengthsByKey: [UInt16: Int] = Dictionary(uniqueKeysWithValues: lengths.map { country, length in
        let u = Array(country.utf8)
        return (UInt16(u[0]) << 8 | UInt16(u[1]), length)
    })

    /// The mod-97 remainder of the rearranged IBAN (country and check digits moved to the end).
    static func mod97(_ chars: UnsafeBufferPointer<UInt8>) -> Int {
        var remainder = 0
        func add(_ c: UInt8) {
            if isDigit(c) {
                remainder = (remainder * 10 + digitValue(c)) % 97
            } else {
                remainder = (remainder * 100 + Int(c - 0x41 + 10)) % 97
            }
        }
        for c in chars[4...] { add(c) }
        for c in chars[..<4] { add(c) }
        return remainder
    }

    /// Accepts the longest prefix of the match that holds exactly the country's length of
    /// characters; the regex may have taken a following group of letters or digits.
    static func verdict(_ value: UnsafeBufferPointer<UInt8>) -> Verdict {
        guard value.count >= 4, let expected = lengthsByKey[UInt16(value[0]) << 8 | UInt16(value[1])] else {
            return .reject
        }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 40) { chars in
            var count = 0
            var end = 0
            for (i, b) in value.enumerated() where b != UInt8(ascii: " ") {
                let upper = b >= 0x61 && b <= 0x7A ? b - 0x20 : b
                guard isDigit(upper) || (upper >= 0x41 && upper <= 0x5A) else { return .reject }
                chars[count] = upper
                count += 1
                if count == expected {
                    end = i + 1
                    break
                }
            }
            guard count == expected, mod97(UnsafeBufferPointer(rebasing: chars[0..<count])) == 1 else { return .reject }
            // A shorter value must end at a group boundary, not inside a longer token.
            if end < value.count && value[end] != UInt8(ascii: " ") { return .reject }
            return .accept(length: end == value.count ? nil : end)
        }
    }
}
