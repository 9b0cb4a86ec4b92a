/// Values that are never reported: exact values, globs (`*@example.com`), CIDR ranges for IP
/// addresses, and well-known test card numbers. Checked on each finding before it is kept, so
/// an allowed value is neither reported nor redacted.
public struct ValueAllowlist: Sendable {
    private var exact: Set<[UInt8]> = []
    private var globs: [[UInt8]] = []
    private var ranges: [(network: [UInt8], prefix: Int)] = []
    private var cards: Set<[UInt8]> = []

    public init() {}

    /// Whether nothing is allowed.
    public var isEmpty: Bool { exact.isEmpty && globs.isEmpty && ranges.isEmpty && cards.isEmpty }

    /// Adds one entry: `10.0.0.0/8` or `2001:db8::/32` is a range, a string with `*` or `?` a
    /// glob, anything else an exact value. Matching ignores ASCII case.
    public mutating func add(_ entry: String) {
        let bytes = Array(entry.utf8)
        if let range = Self.parseCIDR(bytes) {
            ranges.append(range)
        } else if bytes.contains(UInt8(ascii: "*")) || bytes.contains(UInt8(ascii: "?")) {
            globs.append(bytes.map(Self.lower))
        } else {
            exact.insert(bytes.map(Self.lower))
        }
    }

    /// Allows the test card numbers that payment providers publish for their sandboxes.
    public mutating func addTestCards() {
        for number in Self.testCardNumbers { cards.insert(Array(number.utf8)) }
    }

    /// Whether `value`, a finding of `category`, is allowed.
    public func allows(_ value: UnsafeBufferPointer<UInt8>, category: String) -> Bool {
        if !exact.isEmpty || !globs.isEmpty {
            var lowered = [UInt8](repeating: 0, count: value.count)
            for i in 0..<value.count { lowered[i] = Self.lower(value[i]) }
            if exact.contains(lowered) { return true }
            for glob in globs where Self.glob(glob[...], matches: lowered[...]) { return true }
        }
        if !ranges.isEmpty && (category == "ipv4" || category == "ipv6"), let address = Self.address(value) {
            for range in ranges where range.network.count == address.count && Self.inRange(address, range) { return true }
        }
        if !cards.isEmpty && category == "credit_card" {
            let digits = value.filter { $0 &- 0x30 < 10 }
            if cards.contains(digits) { return true }
        }
        return false
    }

    // MARK: Matching

    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { b &- 0x41 < 26 ? b | 0x20 : b }

    /// `*` any run of bytes, `?` one byte; iterative, with one backtrack point.
    static func glob(_ pattern: ArraySlice<UInt8>, matches subject: ArraySlice<UInt8>) -> Bool {
        var p = pattern.startIndex, s = subject.startIndex
        var star: (p: Int, s: Int)?
        while s < subject.endIndex {
            if p < pattern.endIndex && (pattern[p] == UInt8(ascii: "?") || pattern[p] == subject[s]) {
                p += 1
                s += 1
            } else if p < pattern.endIndex && pattern[p] == UInt8(ascii: "*") {
                star = (p, s)
                p += 1
            } else if let backtrack = star {
                p = backtrack.p + 1
                s = backtrack.s + 1
                star = (backtrack.p, backtrack.s + 1)
            } else {
                return false
            }
        }
        while p < pattern.endIndex && pattern[p] == UInt8(ascii: "*") { p += 1 }
        return p == pattern.endIndex
    }

    /// An IPv4 (4 bytes) or IPv6 (16 bytes) address.
    static func address(_ value: some Collection<UInt8>) -> [UInt8]? {
        if let v4 = IPValidation.parseIPv4(value) {
            return [UInt8(v4 >> 24), UInt8(v4 >> 16 & 0xFF), UInt8(v4 >> 8 & 0xFF), UInt8(v4 & 0xFF)]
        }
        return Array(value).withUnsafeBufferPointer { IPValidation.parseIPv6($0) }.map { IPValidation.bytes(of: $0.address) }
    }

    static func parseCIDR(_ bytes: [UInt8]) -> (network: [UInt8], prefix: Int)? {
        guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")),
              let prefix = Int(String(decoding: bytes[(slash + 1)...], as: UTF8.self)),
              let network = address(bytes[..<slash]), prefix >= 0, prefix <= network.count * 8 else { return nil }
        return (network, prefix)
    }

    static func inRange(_ address: [UInt8], _ range: (network: [UInt8], prefix: Int)) -> Bool {
        var bits = range.prefix
        for i in 0..<address.count where bits > 0 {
            let mask: UInt8 = bits >= 8 ? 0xFF : ~(0xFF >> UInt8(bits))
            if address[i] & mask != range.network[i] & mask { return false }
            bits -= 8
        }
        return true
    }

    /// Published sandbox numbers of the major card networks.
    static let testCardNumbers = [
        "4111111111111111", "4242424242424242", "4012888888881881", "4000056655665556", "4000000000000002",
        "4000000000000077", "4000000000009995", "4222222222222", "4917610000000000", "4444333322221111",
        "5555555555554444", "5105105105105100", "5200828282828210", "2223003122003222", "2222420000001113",
        "5425233430109903", "378282246310005", "371449635398431", "378734493671000", "6011111111111117",
        "6011000990139424", "6011000000000004", "3530111333300000", "3566002020360505", "30569309025904",
        "38520000023237", "36227206271667", "6200000000000005",
    ]
}
