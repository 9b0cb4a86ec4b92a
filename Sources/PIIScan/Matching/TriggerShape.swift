/// A named check of the text at a trigger (`prefilter.shape`), for patterns whose trigger byte
/// or digit run is common in text that is not a match: decimals and clock times for IPv4's
/// dot, clock times and JSON for IPv6's colon, dates and ids for a card's first digits.
///
/// Each shape is a promise about every match, like `lead`: the pattern's first trigger in a
/// match (the first dot of an IPv4 address, the first colon of an IPv6 address, the first
/// digit of a card number) passes it. Triggers that fail it are skipped, so the regex is not
/// entered there.
public enum TriggerShape: String, Sendable, CaseIterable {
    /// At a dot: 1–3 digits, a dot, 1–3 digits, a dot and a digit follow.
    case ipv4
    /// At a colon: the run of hex digits, colons and dots from it holds `::` or at least six
    /// colons within 64 bytes.
    case ipv6
    /// At the first digit of a run: the run is 13–19 digits long, or it is 4 digits followed by
    /// a space or dash, 4 or 6 digits and the same separator.
    case card

    /// Whether the text of `line` at the trigger `i` has the shape.
    @inline(__always)
    func fits(at i: Int, in line: UnsafeBufferPointer<UInt8>) -> Bool {
        // Compares rather than a switch: the trigger finder is shared by all patterns, and a
        // jump table there mispredicts.
        if self == .card { return Self.card(at: i, line) }
        return self == .ipv4 ? Self.ipv4(at: i, line) : Self.ipv6(at: i, line)
    }

    /// The end of the digit run at `i` (`i` itself when there is no digit there).
    @inline(__always)
    private static func digitRunEnd(from i: Int, _ line: UnsafeBufferPointer<UInt8>) -> Int {
        var j = i
        while j < line.count && isDigit(line[j]) { j += 1 }
        return j
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
        let limit = min(line.count, colon + 64)
        var colons = 0
        var previousWasColon = false
        var j = colon
        while j < limit {
            let b = line[j]
            if b == UInt8(ascii: ":") {
                if previousWasColon { return true }
                colons += 1
                if colons >= 6 { return true }
                previousWasColon = true
            } else if isDigit(b) || (b | 0x20) &- 0x61 < 6 || b == UInt8(ascii: ".") {
                previousWasColon = false
            } else {
                return false
            }
            j += 1
        }
        return false
    }

    private static func card(at start: Int, _ line: UnsafeBufferPointer<UInt8>) -> Bool {
        let end = digitRunEnd(from: start, line)
        let length = end - start
        if (13...19).contains(length) { return true }
        guard length == 4, end + 1 < line.count else { return false }
        let separator = line[end]
        guard separator == UInt8(ascii: " ") || separator == UInt8(ascii: "-") else { return false }
        let groupEnd = digitRunEnd(from: end + 1, line)
        let group = groupEnd - end - 1
        return (group == 4 || group == 6) && groupEnd < line.count && line[groupEnd] == separator
    }
}
