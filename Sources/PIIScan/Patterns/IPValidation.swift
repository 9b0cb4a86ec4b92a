/// IP addresses: exact syntax, and the address ranges that identify nobody.
///
/// Loopback, unspecified, documentation (RFC 5737, RFC 3849), multicast, broadcast and
/// reserved addresses are rejected; private, shared (CGNAT) and link-local addresses are
/// kept with confidence `low`; everything else keeps the pattern's confidence.
enum IPValidation {
    /// Parses a dotted-quad IPv4 address (no leading zeros) into its four octets, big-endian.
    static func parseIPv4<C: Collection>(_ bytes: C) -> UInt32? where C.Element == UInt8 {
        var address: UInt32 = 0
        var octets = 0
        var value = 0
        var digits = 0
        for b in bytes {
            if isDigit(b) {
                if digits > 0 && value == 0 { return nil }   // leading zero
                value = value * 10 + digitValue(b)
                digits += 1
                if value > 255 { return nil }
            } else if b == UInt8(ascii: "."), digits > 0, octets < 3 {
                address = address << 8 | UInt32(value)
                octets += 1
                value = 0
                digits = 0
            } else {
                return nil
            }
        }
        guard digits > 0, octets == 3 else { return nil }
        return address << 8 | UInt32(value)
    }

    static func classifyIPv4(_ address: UInt32) -> Verdict {
        let o = (UInt8(address >> 24), UInt8(address >> 16 & 0xFF), UInt8(address >> 8 & 0xFF))
        switch (o.0, o.1) {
        case (0, _), (127, _): return .reject                               // this network, loopback
        case (192, 0) where o.2 == 2, (198, 51) where o.2 == 100, (203, 0) where o.2 == 113:
            return .reject                                                  // documentation
        case (224...255, _): return .reject                                 // multicast, reserved, broadcast
        case (10, _), (172, 16...31), (192, 168), (100, 64...127), (169, 254):
            return .accept(confidence: .low)                                // private, shared, link-local
        default: return .accept
        }
    }

    static func ipv4Verdict(_ value: UnsafeBufferPointer<UInt8>) -> Verdict {
        guard let address = parseIPv4(value) else { return .reject }
        // A last octet of 0 names a network, not a host; it is also the shape of version
        // strings such as "Chrome/124.0.0.0".
        guard address & 0xFF != 0 else { return .reject }
        return classifyIPv4(address)
    }

    /// Parses an IPv6 address in any of its textual forms (RFC 4291 §2.2) into its 128 bits.
    /// Also returns how many groups were written out. One pass over the bytes, allocating
    /// nothing: each group's hex digits are read into a word as they come, and a dot in a
    /// group makes it the dotted IPv4 tail, which must end the address.
    static func parseIPv6(_ bytes: UnsafeBufferPointer<UInt8>) -> (address: UInt128, groups: Int)? {
        let n = bytes.count
        guard n >= 2, let p = bytes.baseAddress else { return nil }
        // The groups before and after "::", each shifted in as it is read.
        var head: UInt128 = 0, tail: UInt128 = 0
        var headCount = 0, tailCount = 0
        var sawDoubleColon = false
        var i = 0
        if p[0] == 0x3A {
            guard p[1] == 0x3A else { return nil }
            sawDoubleColon = true
            i = 2
            if i == n { return (0, 0) }
        }
        var ipv4Tail: UInt32? = nil
        while i < n {
            // One group of 1–4 hex digits, up to a colon or the end.
            var value: UInt32 = 0
            var j = i
            while j < n, let h = hexValue(p[j]) {
                value = value &<< 4 | UInt32(h)
                j += 1
            }
            if j < n && p[j] == 0x2E {
                // A dot: the group starts the dotted IPv4 tail, which runs to the end (a colon
                // after it is no byte of a dotted quad).
                guard let quad = parseIPv4(UnsafeBufferPointer(start: p + i, count: n - i)) else { return nil }
                ipv4Tail = quad
                break
            }
            guard (1...4).contains(j - i), headCount + tailCount < 8, j == n || p[j] == 0x3A else { return nil }
            if sawDoubleColon {
                tail = tail << 16 | UInt128(value)
                tailCount += 1
            } else {
                head = head << 16 | UInt128(value)
                headCount += 1
            }
            if j == n { break }
            // j is at ':'
            if j + 1 < n && p[j + 1] == 0x3A {
                guard !sawDoubleColon else { return nil }
                sawDoubleColon = true
                i = j + 2
                if i == n { break }
            } else {
                i = j + 1
                guard i < n else { return nil }   // trailing single ':'
            }
        }
        let needed = ipv4Tail == nil ? 8 : 6
        let count = headCount + tailCount
        guard sawDoubleColon ? count < needed : count == needed else { return nil }
        let v4Bits = ipv4Tail == nil ? 0 : 32
        let address = head << UInt128(16 * (needed - headCount) + v4Bits) | tail << UInt128(v4Bits)
            | UInt128(ipv4Tail ?? 0)
        return (address, count + (ipv4Tail == nil ? 0 : 1))
    }

    /// The 16 bytes of an IPv6 address, most significant first.
    static func bytes(of address: UInt128) -> [UInt8] {
        (0..<16).map { UInt8(truncatingIfNeeded: address >> UInt128(8 * (15 - $0))) }
    }

    @inline(__always)
    static func hexValue(_ c: UInt8) -> UInt8? {
        let digit = c &- 0x30
        if digit < 10 { return digit }
        let letter = (c | 0x20) &- 0x61
        return letter < 6 ? letter + 10 : nil
    }

    static func ipv6Verdict(_ value: UnsafeBufferPointer<UInt8>) -> Verdict {
        guard let (a, written) = parseIPv6(value) else { return .reject }
        // Fewer than three written groups is more often a word such as "add::" or a time
        // than an address worth reporting.
        let hasIPv4Tail = value.contains(UInt8(ascii: "."))
        guard written >= 3 || hasIPv4Tail else { return .reject }
        if a >> 32 == 0xFFFF { return classifyIPv4(UInt32(truncatingIfNeeded: a)) } // IPv4-mapped
        if a == 0 { return .reject }                                      // unspecified
        if a == 1 { return .reject }                                      // loopback
        if a >> 96 == 0x2001_0DB8 { return .reject }                      // 2001:db8::/32
        if a >> 120 == 0xFF { return .reject }                            // multicast
        if a >> 118 == 0x3FA { return .accept(confidence: .low) }         // link-local fe80::/10
        if a >> 121 == 0x7E { return .accept(confidence: .low) }          // unique local fc00::/7
        return .accept
    }
}
