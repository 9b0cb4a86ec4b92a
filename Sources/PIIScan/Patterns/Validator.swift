/// The outcome of a validator on one regex match.
public struct Verdict: Equatable, Sendable {
    /// Whether the match is kept.
    public var isValid: Bool
    /// A shorter length for the match, when the valid value is a prefix of what the regex took.
    public var length: Int?
    /// A confidence that replaces the pattern's (for example `low` for a private address).
    public var confidence: Confidence?

    public static let reject = Verdict(isValid: false)
    public static let accept = Verdict(isValid: true)
    public static func accept(length: Int? = nil, confidence: Confidence? = nil) -> Verdict {
        Verdict(isValid: true, length: length, confidence: confidence)
    }
}

extension Validator {
    /// Checks the bytes of one match.
    public func validate(_ value: UnsafeBufferPointer<UInt8>) -> Verdict {
        switch self {
        case .creditCard: CardValidation.verdict(value)
        case .iban: IBANValidation.verdict(value)
        case .ipv4: IPValidation.ipv4Verdict(value)
        case .ipv6: IPValidation.ipv6Verdict(value)
        case .usSSN: SSNValidation.verdict(value)
        case .email: EmailValidation.verdict(value)
        case .phone: PhoneValidation.verdict(value)
        }
    }

    /// Checks a byte sequence; convenient for tests and tools.
    public func validate<C: Collection>(_ bytes: C) -> Verdict where C.Element == UInt8 {
        Array(bytes).withUnsafeBufferPointer { validate($0) }
    }
}

@inline(__always) func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
@inline(__always) func digitValue(_ b: UInt8) -> Int { Int(b &- 0x30) }
