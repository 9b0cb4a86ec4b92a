/// A named check, implemented in Swift, that a pattern's matches must pass.
///
/// Pattern files name validators with `validator:`; the names are part of the pattern-file
/// contract.
public enum Validator: String, Sendable, CaseIterable {
    case creditCard = "credit_card"
    case iban
    case ipv4
    case ipv6
    case usSSN = "us_ssn"
    case email
    case phone
}
