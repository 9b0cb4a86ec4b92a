/// US Social Security numbers: area, group and serial ranges that the SSA never issues.
enum SSNValidation {
    static func verdict(_ value: UnsafeBufferPointer<UInt8>) -> Verdict {
        let digits = value.filter(isDigit).map(digitValue)
        guard digits.count == 9 else { return .reject }
        let area = digits[0] * 100 + digits[1] * 10 + digits[2]
        let group = digits[3] * 10 + digits[4]
        let serial = digits[5...].reduce(0) { $0 * 10 + $1 }
        guard area != 0, area != 666, area < 900, group != 0, serial != 0 else { return .reject }
        // Well-known advertising and placeholder numbers.
        if area == 78 && group == 5 && serial == 1120 { return .reject }     // 078-05-1120
        if area == 123 && group == 45 && serial == 6789 { return .reject }
        return .accept
    }
}

/// Email addresses: rejects asset file names written like addresses (`logo@2x.png`).
enum EmailValidation {
    static let fileExtensions: Set<String> = [
        "png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico", "tif", "tiff", "avif", "heic",
        "css", "js", "mjs", "map", "woff", "woff2", "ttf", "otf", "eot",
    ]

    static func verdict(_ value: UnsafeBufferPointer<UInt8>) -> Verdict {
        guard let dot = value.lastIndex(of: UInt8(ascii: ".")) else { return .reject }
        let tld = String(decoding: value[(dot + 1)...], as: UTF8.self).lowercased()
        return fileExtensions.contains(tld) ? .reject : .accept
    }
}

/// Phone numbers: the count of digits must fit E.164 (at most 15, plus a written trunk 0).
enum PhoneValidation {
    static func verdict(_ value: UnsafeBufferPointer<UInt8>) -> Verdict {
        var digits = 0
        var groups: [Int] = []
        var run = 0
        var distinct = Set<UInt8>()
        for b in value {
            if isDigit(b) {
                digits += 1
                run += 1
                distinct.insert(b)
            } else if run > 0 {
                groups.append(run)
                run = 0
            }
        }
        if run > 0 { groups.append(run) }
        guard (8...16).contains(digits), distinct.count > 1 else { return .reject }
        // 3-2-4 is the shape of a US SSN, not of a phone number.
        if groups == [3, 2, 4] && value.first != UInt8(ascii: "+") {
            return .reject
        }
        return .accept
    }
}
