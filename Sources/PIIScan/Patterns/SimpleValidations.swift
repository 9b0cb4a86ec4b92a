import CByteScan

/// US Social Security numbers: area, group and serial ranges that the SSA never issues.
enum SSNValidation {
    static func verdict(_ value: UnsafeBufferPointer<UInt8>) -> Verdict {
        var number = 0
        var count = 0
        for b in value where isDigit(b) {
            number = number * 10 + digitValue(b)
            count += 1
        }
        guard count == 9 else { return .reject }
        let area = number / 1_000_000
        let group = number / 10_000 % 100
        let serial = number % 10_000
        guard area != 0, area != 666, area < 900, group != 0, serial != 0 else { return .reject }
        // Well-known advertising and placeholder numbers.
        if area == 78 && group == 5 && serial == 1120 { return .reject }     // 078-05-1120
        if area == 123 && group == 45 && serial == 6789 { return .reject }
        return .accept
    }
}

/// Email addresses: rejects asset file names written like addresses (`logo@2x.png`).
enum EmailValidation {
    static let fileExtensions: [[UInt8]] = [
        "png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico", "tif", "tiff", "avif", "heic",
        "css", "js", "mjs", "map", "woff", "woff2", "ttf", "otf", "eot",
        // Top-level domains reserved never to resolve (RFC 2606, RFC 6761); piiscan's own
        // pseudonyms use .invalid.
        "invalid", "localhost",
    ].map { Array($0.utf8) }

    /// `fileExtensions` as `key(of:)` gives them, in ascending order.
    private static let rejectedKeys: [UInt128] = fileExtensions.map { $0.withUnsafeBufferPointer { key(of: $0)! } }.sorted()

    /// One bit per `filterSlot` of the rejected endings: an ending whose slot is clear is none
    /// of them, which most are (`com`, `org`, `de`), without building its key.
    private static let rejectedSlots: [UInt64] = fileExtensions.reduce(into: [0, 0, 0, 0]) { words, ending in
        let slot = filterSlot(ending.count, ending[0], ending[ending.count - 1])
        words[Int(slot >> 6)] |= 1 << UInt64(slot & 63)
    }

    /// A slot (0–255) for an ending of `length` bytes from `first` to `last`, the same in any
    /// ASCII case.
    @inline(__always)
    static func filterSlot(_ length: Int, _ first: UInt8, _ last: UInt8) -> UInt8 {
        UInt8(truncatingIfNeeded: length &* 73 &+ Int(first | 0x20) &* 5 &+ Int(last | 0x20) &* 11)
    }

    static func verdict(_ value: UnsafeBufferPointer<UInt8>) -> Verdict {
        guard let dot = value.lastIndex(of: UInt8(ascii: ".")) else { return .reject }
        let length = value.count - dot - 1
        guard length > 0 else { return .accept }
        let slot = filterSlot(length, value[dot + 1], value[value.count - 1])
        if rejectedSlots[Int(slot >> 6)] >> UInt64(slot & 63) & 1 == 0 { return .accept }
        guard let tld = key(of: UnsafeBufferPointer(rebasing: value[(dot + 1)...])) else { return .accept }
        // A binary search: five comparisons rather than one per ending.
        var low = 0
        var high = rejectedKeys.count
        while low < high {
            let mid = (low + high) >> 1
            if rejectedKeys[mid] < tld { low = mid + 1 } else { high = mid }
        }
        return low < rejectedKeys.count && rejectedKeys[low] == tld ? .reject : .accept
    }

    /// The length and the ASCII-lower-cased bytes of `ending` in one integer, equal for two
    /// endings exactly when they are equal ignoring ASCII case; nil when it is longer than 15
    /// bytes (no rejected ending is).
    @inline(__always)
    static func key(of ending: UnsafeBufferPointer<UInt8>) -> UInt128? {
        guard ending.count < 16 else { return nil }
        var key = UInt128(ending.count)
        for b in ending { key = key << 8 | UInt128(b | ((b &- 0x41) < 26 ? 0x20 : 0)) }
        return key
    }
}

/// Phone numbers: the count of digits must fit E.164 (at most 15, plus a written trunk 0).
enum PhoneValidation {
    static func verdict(_ value: UnsafeBufferPointer<UInt8>) -> Verdict {
        guard let p = value.baseAddress else { return .reject }
        // Values up to 32 bytes (all real numbers) from masks of their bytes, 16 at a time.
        switch piiscan_phone_verdict(p, value.count) {
        case -2: return verdictByteByByte(p, value.count)
        case -1: return .reject
        case let length where length == value.count: return .accept
        case let length: return .accept(length: Int(length))
        }
    }

    /// The same verdict in one pass over the bytes: the digits, the distinct digits, the first
    /// digit groups, and the spaces before a dot.
    static func verdictByteByByte(_ p: UnsafePointer<UInt8>, _ n: Int) -> Verdict {
        var digits = 0
        var distinct: UInt16 = 0
        // The number of digit groups, and the lengths of the first three, a byte each: the
        // 3-2-4 shape is the one that matters.
        var groups = 0
        var shape = 0
        var run = 0
        var firstSpace = -1
        var lastSpace = -1
        for i in 0..<n {
            let b = p[i]
            let digit = b &- 0x30
            if digit < 10 {
                digits &+= 1
                run &+= 1
                distinct |= 1 << UInt16(digit)
                continue
            }
            if run > 0 {
                if groups < 3 { shape = shape << 8 | min(run, 255) }
                groups &+= 1
                run = 0
            }
            if b == UInt8(ascii: " ") {
                if firstSpace < 0 { firstSpace = i }
                lastSpace = i
            } else if b == UInt8(ascii: ".") && firstSpace >= 0 {
                // Groups joined by spaces and then by dots are a number followed by something
                // else (an IP address, a version, a decimal): "+44 20 7946 0958 10.1.2.3". The
                // number is what comes before the space that starts the dotted part.
                return verdictByteByByte(p, lastSpace).isValid ? .accept(length: lastSpace) : .reject
            }
        }
        if run > 0 {
            if groups < 3 { shape = shape << 8 | min(run, 255) }
            groups &+= 1
        }
        guard (8...16).contains(digits), distinct.nonzeroBitCount > 1 else { return .reject }
        // 3-2-4 is the shape of a US SSN, not of a phone number.
        if groups == 3 && shape == 3 << 16 | 2 << 8 | 4 && p[0] != UInt8(ascii: "+") { return .reject }
        return .accept
    }
}
