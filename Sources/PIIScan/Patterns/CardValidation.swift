/// Payment card numbers: issuer prefix (IIN) and length must agree, the grouping must be the
/// issuer's, and the Luhn check digit must be right.
enum CardValidation {
    /// The Luhn (mod 10) check over a sequence of digits.
    static func luhn<C: BidirectionalCollection>(_ digits: C) -> Bool where C.Element == Int {
        guard !digits.isEmpty else { return false }
        var sum = 0
        for (i, d) in digits.reversed().enumerated() {
            if i % 2 == 1 {
                let doubled = d * 2
                sum += doubled > 9 ? doubled - 9 : doubled
            } else {
                sum += d
            }
        }
        return sum % 10 == 0
    }

    /// The digit that, appended to `digits` (values 0–9), makes the number pass Luhn.
    static func luhnCheckDigit<C: BidirectionalCollection>(_ digits: C) -> UInt8 where C.Element == UInt8 {
        var sum = 0
        for (i, d) in digits.reversed().enumerated() {
            let d = Int(d)
            sum += i % 2 == 0 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d
        }
        return UInt8((10 - sum % 10) % 10)
    }

    /// The lengths valid for a number's issuer prefix, or nil for an unknown issuer.
    static func validLengths<C: Collection>(_ d: C) -> ClosedRange<Int>?? where C.Element == Int {
        func prefix(_ n: Int) -> Int { d.prefix(n).reduce(0) { $0 * 10 + $1 } }
        let p1 = prefix(1), p2 = prefix(2), p3 = prefix(3), p4 = prefix(4), p6 = prefix(6)
        if p1 == 4 { return .some(nil) }                                 // Visa: 13, 16, 19
        if (51...55).contains(p2) || (2221...2720).contains(p4) { return 16...16 } // Mastercard
        if p2 == 34 || p2 == 37 { return 15...15 }                       // American Express
        if p4 == 6011 || (644...649).contains(p3) || p2 == 65 || (622126...622925).contains(p6) {
            return 16...19                                               // Discover
        }
        if (3528...3589).contains(p4) { return 16...19 }                 // JCB
        if p2 == 36 || (300...305).contains(p3) || p2 == 38 || p2 == 39 { return 14...19 } // Diners
        if p2 == 62 || p2 == 81 { return 16...19 }                       // UnionPay
        if (2200...2204).contains(p4) { return 16...19 }                 // Mir
        if [5018, 5020, 5038, 5893, 6304, 6759, 6761, 6762, 6763].contains(p4) { return 12...19 } // Maestro
        return nil
    }

    static func verdict(_ value: UnsafeBufferPointer<UInt8>) -> Verdict {
        // At most 19 digits and 5 groups: stack buffers, no allocation per match.
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 24) { digitBuffer in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: 8) { groupBuffer in
                var count = 0, groupCount = 0, run = 0
                for b in value {
                    if isDigit(b) {
                        guard count < 20 else { return .reject }
                        digitBuffer[count] = digitValue(b)
                        count += 1
                        run += 1
                    } else if run > 0 {
                        guard groupCount < 8 else { return .reject }
                        groupBuffer[groupCount] = run
                        groupCount += 1
                        run = 0
                    }
                }
                if run > 0 && groupCount < 8 {
                    groupBuffer[groupCount] = run
                    groupCount += 1
                }
                let digits = UnsafeBufferPointer(rebasing: digitBuffer[0..<count])
                let groups = UnsafeBufferPointer(rebasing: groupBuffer[0..<groupCount])
                return verdict(digits: digits, groups: groups)
            }
        }
    }

    static func verdict(digits: UnsafeBufferPointer<Int>, groups: UnsafeBufferPointer<Int>) -> Verdict {
        guard (12...19).contains(digits.count), let lengths = validLengths(digits) else { return .reject }
        if let lengths {
            guard lengths.contains(digits.count) else { return .reject }
        } else if ![13, 16, 19].contains(digits.count) {
            return .reject
        }
        if groups.count > 1 {
            // Grouped numbers must use the issuer's grouping: 4-6-5 (Amex), 4-6-4 (Diners),
            // 4-4-5 (13-digit Visa), otherwise fours with a short last group.
            let amexLike = digits[0] == 3
            if groups.elementsEqual([4, 6, 5]) || groups.elementsEqual([4, 6, 4]) {
                guard amexLike else { return .reject }
            } else if groups.elementsEqual([4, 4, 5]) {
                guard digits[0] == 4 else { return .reject }
            } else {
                guard !amexLike || digits[1] == 5,
                      groups.dropLast().allSatisfy({ $0 == 4 }), (1...4).contains(groups.last!)
                else { return .reject }
            }
        }
        // A number made of one repeated digit is a placeholder, not a card.
        guard digits.contains(where: { $0 != digits[0] }), luhn(digits) else { return .reject }
        return .accept
    }
}
