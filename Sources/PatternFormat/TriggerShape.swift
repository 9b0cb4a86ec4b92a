/// A named check of the text at a trigger (`prefilter.shape`), for patterns whose trigger byte
/// or digit run is common in text that is not a match: decimals and clock times for IPv4's
/// dot, clock times and JSON for IPv6's colon, dates and ids for a card's first digits.
///
/// Each shape is a promise about every match, like `lead`: one of the pattern's triggers in a
/// match, at most `lead` bytes in, passes it (the first dot of an IPv4 address, the first
/// colon of an IPv6 address, the first digit of a card number, the line number of a NANP
/// number, an SSN's serial). Triggers that fail it are skipped, so the regex is not
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
    /// As `card`, and a run of 13–19 digits must also pass the Luhn check. A promise about
    /// every *valid* match rather than every match: for a pattern whose match at such a run is
    /// the whole run and whose validator rejects numbers that fail Luhn (`credit_card`), so
    /// that ids and millisecond timestamps of card length never enter the regex.
    case cardLuhn = "card_luhn"
    /// At the first digit of a run: the run is 4 digits long (a NANP line number) and the byte
    /// before it follows exactly 3 digits (the exchange).
    case nanp
    /// At the first digit of a run: the run is 4 digits long (an SSN's serial) and the byte
    /// before it follows exactly 2 digits, the same byte and exactly 3 digits.
    case ssn
}
