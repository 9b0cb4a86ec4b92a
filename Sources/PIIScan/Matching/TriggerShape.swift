import CByteScan

extension TriggerShape {
    /// Whether the text of `line` at the trigger `i` has the shape.
    @inline(__always)
    func fits(at i: Int, in line: UnsafeBufferPointer<UInt8>) -> Bool {
        Self.fits(bit, at: i, in: line)
    }

    /// One bit per shape, for `fits(_:at:in:)`.
    var bit: UInt8 {
        switch self {
        case .card: return 1
        case .ipv4: return 2
        case .ipv6: return 4
        case .nanp: return 8
        case .ssn: return 16
        case .cardLuhn: return 32
        }
    }

    /// Whether the text at `i` has the shape whose `bit` is given; true for 0 (no shape).
    /// Bit tests rather than a switch: the trigger finder is shared by all patterns, and the
    /// jump table a switch compiles to mispredicts there.
    @inline(__always)
    static func fits(_ bit: UInt8, at i: Int, in line: UnsafeBufferPointer<UInt8>) -> Bool {
        if bit == 0 { return true }
        if bit & 2 != 0 { return ipv4(at: i, line) }
        if bit & 4 != 0 { return ipv6(at: i, line) }
        // The shapes that start at a digit run: from the end of the run at `i`.
        return fits(bit, run: i, end: digitRunEnd(from: i, line), in: line)
    }

    /// `fits(_:at:in:)` at the first digit of the whole digit run `start..<end` of `line`: the
    /// shapes that start at a digit run take its end as given instead of reading it again.
    @inline(__always)
    static func fits(_ bit: UInt8, run start: Int, end: Int, in line: UnsafeBufferPointer<UInt8>) -> Bool {
        if bit == 0 { return true }
        if bit & (1 | 32) != 0 { return card(run: start, end: end, line, luhn: bit & 32 != 0) }
        if bit & 2 != 0 { return ipv4(at: start, line) }
        if bit & 4 != 0 { return ipv6(at: start, line) }
        if bit & 8 != 0 { return nanp(run: start, end: end, line) }
        return ssn(run: start, end: end, line)
    }

    /// The lengths of a digit run at whose first digit the shape whose `bit` is given can fit:
    /// bit L for a run of L digits (bit 63 for 63 or more). All bits for shapes that do not
    /// begin at a digit run, and for no shape. A test of the run's length that spares the call
    /// of `fits` for most runs (dates, times and ids of other lengths).
    static func runLengths(_ bit: UInt8) -> UInt64 {
        if bit & (1 | 32) != 0 { return (1 << 4) | ((1 << 20) - (1 << 13)) }  // card: 4, or 13...19
        if bit & (8 | 16) != 0 { return 1 << 4 }                                // nanp, ssn: 4
        return ~0
    }

    /// The end of the digit run at `i` (`i` itself when there is no digit there).
    @inline(__always)
    private static func digitRunEnd(from i: Int, _ line: UnsafeBufferPointer<UInt8>) -> Int {
        var j = i
        while j < line.count && isDigit(line[j]) { j += 1 }
        return j
    }

    /// How many digits end at `end` (exclusive), not past the line start.
    @inline(__always)
    private static func digitsBefore(_ end: Int, _ line: UnsafeBufferPointer<UInt8>) -> Int {
        var j = end
        while j > 0 && isDigit(line[j - 1]) { j -= 1 }
        return end - j
    }

    private static func nanp(run start: Int, end: Int, _ line: UnsafeBufferPointer<UInt8>) -> Bool {
        start >= 4 && end - start == 4 && digitsBefore(start - 1, line) == 3
    }

    private static func ssn(run start: Int, end: Int, _ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard start >= 7, end - start == 4, digitsBefore(start - 1, line) == 2 else { return false }
        return line[start - 4] == line[start - 1] && digitsBefore(start - 4, line) == 3
    }

    private static func ipv4(at dot: Int, _ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = dot + 1
        for _ in 0..<2 {
            let end = digitRunEnd(from: i, line)
            guard (1...3).contains(end - i), end < line.count, line[end] == UInt8(ascii: ".") else { return false }
            i = end + 1
        }
        return i < line.count && isDigit(line[i])
    }

    private static func ipv6(at colon: Int, _ line: UnsafeBufferPointer<UInt8>) -> Bool {
        ipv6Resumption(at: colon, line) < 0
    }

    /// -1 when the IPv6 shape fits at `colon`; otherwise where the search for the next colon
    /// that can fit may resume. The walk from `colon` stops at the first byte that is not a hex
    /// digit, colon or dot: every colon before that byte starts a walk over part of the same
    /// run, with fewer colons and no `::` the first walk did not see, so it fails too. When the
    /// walk stops at its 64-byte limit instead, a later colon may see further: resume at the
    /// next byte.
    static func ipv6Resumption(at colon: Int, _ line: UnsafeBufferPointer<UInt8>) -> Int {
        let limit = min(line.count, colon + 64)
        var colons = 0
        var previousWasColon = false
        var j = colon
        while j < limit {
            let b = line[j]
            if b == UInt8(ascii: ":") {
                if previousWasColon { return -1 }
                colons += 1
                if colons >= 6 { return -1 }
                previousWasColon = true
            } else if isDigit(b) || (b | 0x20) &- 0x61 < 6 || b == UInt8(ascii: ".") {
                previousWasColon = false
            } else {
                return j
            }
            j += 1
        }
        return j < line.count ? colon + 1 : j
    }

    private static func card(run start: Int, end: Int, _ line: UnsafeBufferPointer<UInt8>, luhn: Bool) -> Bool {
        let length = end - start
        if (13...19).contains(length) { return !luhn || passesLuhn(start, end, line) }
        guard length == 4, end + 1 < line.count else { return false }
        let separator = line[end]
        guard separator == UInt8(ascii: " ") || separator == UInt8(ascii: "-") else { return false }
        let groupEnd = digitRunEnd(from: end + 1, line)
        let group = groupEnd - end - 1
        return (group == 4 || group == 6) && groupEnd < line.count && line[groupEnd] == separator
    }

    /// Whether the digits `start..<end` of `line` pass the Luhn check (`piiscan_passes_luhn`).
    @inline(__always)
    static func passesLuhn(_ start: Int, _ end: Int, _ line: UnsafeBufferPointer<UInt8>) -> Bool {
        piiscan_passes_luhn(line.baseAddress! + start, end - start) != 0
    }
}
