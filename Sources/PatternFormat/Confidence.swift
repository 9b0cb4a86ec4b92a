/// How sure piiscan is that a finding is personal data.
public enum Confidence: UInt8, Comparable, Sendable, CaseIterable, CustomStringConvertible {
    case low = 0
    case medium = 1
    case high = 2

    /// Parses `low`, `medium` or `high`.
    public init?(name: String) {
        switch name {
        case "low": self = .low
        case "medium": self = .medium
        case "high": self = .high
        default: return nil
        }
    }

    public var description: String {
        switch self {
        case .low: "low"
        case .medium: "medium"
        case .high: "high"
        }
    }

    public static func < (a: Confidence, b: Confidence) -> Bool { a.rawValue < b.rawValue }
}
