/// Replacements for a value that is a whole unquoted field of a dump row and nothing but
/// digits: a SQL number (`…, 4111111111111111)`), a `COPY` field, a CSV field. Its column may
/// be numeric, so the replacement stays a number of the same length and the row still loads:
/// mask and tag write zeros, partial keeps its last digits after zeros, hash writes a keyed
/// number, remove writes the row's NULL.
extension Replacement {
    /// Whether `bytes[start..<end]` is all digits and a whole unquoted field in `syntax`.
    static func isBareNumber(_ bytes: UnsafeRawBufferPointer, _ start: Int, _ end: Int, syntax: FieldSyntax) -> Bool {
        guard start < end, (start..<end).allSatisfy({ bytes[$0] &- 0x30 < 10 }) else { return false }
        var before = start - 1, after = end
        func isLineEnd(_ i: Int) -> Bool { i < 0 || i >= bytes.count || bytes[i] == 0x0A || bytes[i] == 0x0D }
        switch syntax {
        case .sqlValues:
            while before >= 0 && bytes[before] == 0x20 { before -= 1 }
            while after < bytes.count && bytes[after] == 0x20 { after += 1 }
            guard before >= 0, after < bytes.count else { return false }
            return (bytes[before] == UInt8(ascii: "(") || bytes[before] == UInt8(ascii: ","))
                && (bytes[after] == UInt8(ascii: ")") || bytes[after] == UInt8(ascii: ","))
        case .copy:
            return (isLineEnd(before) || bytes[before] == 0x09) && (isLineEnd(after) || bytes[after] == 0x09)
        case .delimited(let separator):
            return (isLineEnd(before) || bytes[before] == separator) && (isLineEnd(after) || bytes[after] == separator)
        }
    }

    /// Appends the replacement of `value`, a bare number in a row written in `syntax`.
    func appendNumber(_ value: UnsafeRawBufferPointer, category: String, operator op: RedactionOperator,
                      syntax: FieldSyntax, into out: inout [UInt8]) {
        let zero = UInt8(ascii: "0")
        switch op {
        case .mask, .tag:
            out.append(contentsOf: repeatElement(zero, count: value.count))
        case .partial:
            let kept = switch category {
            case "credit_card", "us_ssn": 4
            case "phone": 2
            default: 0
            }
            out.append(contentsOf: repeatElement(zero, count: max(0, value.count - kept)))
            out.append(contentsOf: value.suffix(min(kept, value.count)))
        case .remove:
            switch syntax {
            case .sqlValues: out.append(contentsOf: "NULL".utf8)
            case .copy: out.append(contentsOf: #"\N"#.utf8)
            case .delimited: break
            }
        case .hash:
            guard let key else { return out.append(contentsOf: repeatElement(zero, count: value.count)) }
            let start = out.count
            hash(value, category: category, tag: [], key: key, into: &out)
            let pseudonym = out[start...]
            if pseudonym.count == value.count && pseudonym.allSatisfy({ $0 &- 0x30 < 10 }) { return }
            // Not a number (or not this long): three zeros, then digits of the value's own digest.
            out.removeSubrange(start...)
            hashDigits(value, category: category, key: key, into: &out)
        }
    }

    /// `value.count` digits: `000` (no issuer, area or exchange starts there), then digits
    /// drawn from the keyed digest of the value.
    private func hashDigits(_ value: UnsafeRawBufferPointer, category: String, key: PseudonymKey, into out: inout [UInt8]) {
        Self.withDigest(of: value, category: category, key: key) { digest in
            for i in 0..<value.count {
                out.append(UInt8(ascii: "0") + (i < 3 ? 0 : digest[i % digest.count] % 10))
            }
        }
    }
}
