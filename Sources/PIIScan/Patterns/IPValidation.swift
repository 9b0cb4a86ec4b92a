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
    /// Also returns how many groups were written out. Allocates nothing.
    static func parseIPv6(_ bytes: UnsafeBufferPointer<UInt8>) -> (address: UInt128, groups: Int)? {
        guard bytes.count >= 2 else { return nil }
        // The groups before and after "::", each shifted in as it is read.
        var head: UInt128 = 0, tail: UInt128 = 0
        var headCount = 0, tailCount = 0
        var sawDoubleColon = false
        var i = 0
        if bytes[0] == 0x3A && bytes[1] == 0x3A {
            sawDoubleColon = true
            i = 2
            if i == bytes.count { return (0, 0) }
        } else if bytes[0] == 0x3A {
            return nil
        }
        var ipv4Tail: UInt32? = nil
        while i < bytes.count {
            // One group, or a dotted IPv4 tail.
            var j = i
            while j < bytes.count && bytes[j] != 0x3A { j += 1 }
            let group = UnsafeBufferPointer(rebasing: bytes[i..<j])
            if group.contains(UInt8(ascii: ".")) {
                guard j == bytes.count, let quad = parseIPv4(group) else { return nil }
                ipv4Tail = quad
            } else {
                guard (1...4).contains(group.count), headCount + tailCount < 8 else { return nil }
                var v: UInt128 = 0
                for c in group {
                    guard let h = hexValue(c) else { return nil }
                    v = v << 4 | UInt128(h)
                }
                if sawDoubleColon {
                    tail = tail << 16 | v
                    tailCount += 1
                } else {
                    head = head << 16 | v
                    headCount += 1
                }
            }
            if j == bytes.count { break }
            // j is at ':'
            if j + 1 < bytes.count && bytes[j + 1] == 0x3A {
                guard !sawDoubleColon else { return nil }
                sawDoubleColon = true
                i = j + 2
                if i == bytes.count { break }
            } else {
                i = j + 1
                guard i < bytes.count else { return nil }   // trailing single ':'
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

    static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case 0x30...0x39: c - 0x30
        case 0x41...0x46: c - 0x41 + 10
        case 0x61...0x66: c - 0x61 + 10
        default: nil
        }
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
