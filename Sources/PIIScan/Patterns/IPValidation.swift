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

    /// Parses an IPv6 address in any of its textual forms (RFC 4291 §2.2) into 16 bytes.
    /// Also returns how many groups were written out.
    static func parseIPv6(_ bytes: [UInt8]) -> (address: [UInt8], groups: Int)? {
        guard bytes.count >= 2 else { return nil }
        var head: [UInt16] = [], tail: [UInt16] = []
        var sawDoubleColon = false
        var i = 0
        var written = 0
        if bytes.starts(with: [0x3A, 0x3A]) {
            sawDoubleColon = true
            i = 2
            if i == bytes.count { return ([UInt8](repeating: 0, count: 16), 0) }
        } else if bytes[0] == 0x3A {
            return nil
        }
        var ipv4Tail: [UInt8]? = nil
        while i < bytes.count {
            // One group, or a dotted IPv4 tail.
            var j = i
            while j < bytes.count && bytes[j] != 0x3A { j += 1 }
            let group = bytes[i..<j]
            if group.contains(UInt8(ascii: ".")) {
                guard j == bytes.count, let quad = parseIPv4(group) else { return nil }
                ipv4Tail = [UInt8(quad >> 24), UInt8(quad >> 16 & 0xFF), UInt8(quad >> 8 & 0xFF), UInt8(quad & 0xFF)]
            } else {
                guard (1...4).contains(group.count) else { return nil }
                var v: UInt16 = 0
                for c in group {
                    guard let h = hexValue(c) else { return nil }
                    v = v << 4 | UInt16(h)
                }
                if sawDoubleColon { tail.append(v) } else { head.append(v) }
            }
            written += 1
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
        var groups = head + tail
        let needed = ipv4Tail == nil ? 8 : 6
        if sawDoubleColon {
            guard groups.count < needed else { return nil }
            groups = head + [UInt16](repeating: 0, count: needed - groups.count) + tail
        } else {
            guard groups.count == needed else { return nil }
        }
        var address: [UInt8] = []
        for g in groups { address += [UInt8(g >> 8), UInt8(g & 0xFF)] }
        if let ipv4Tail { address += ipv4Tail }
        return (address, written)
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
        guard let (a, written) = parseIPv6(Array(value)) else { return .reject }
        // Fewer than three written groups is more often a word such as "add::" or a time
        // than an address worth reporting.
        let hasIPv4Tail = value.contains(UInt8(ascii: "."))
        guard written >= 3 || hasIPv4Tail else { return .reject }
        if a[0..<10].allSatisfy({ $0 == 0 }) && a[10] == 0xFF && a[11] == 0xFF {
            return classifyIPv4(a[12..<16].reduce(0) { $0 << 8 | UInt32($1) }) // IPv4-mapped
        }
        if a.allSatisfy({ $0 == 0 }) { return .reject }                      // unspecified
        if a[0..<15].allSatisfy({ $0 == 0 }) && a[15] == 1 { return .reject } // loopback
        if a[0] == 0x20 && a[1] == 0x01 && a[2] == 0x0D && a[3] == 0xB8 { return .reject } // 2001:db8::/32
        if a[0] == 0xFF { return .reject }                                   // multicast
        if a[0] == 0xFE && a[1] & 0xC0 == 0x80 { return .accept(confidence: .low) } // link-local
        if a[0] & 0xFE == 0xFC { return .accept(confidence: .low) }          // unique local
        return .accept
    }
}
