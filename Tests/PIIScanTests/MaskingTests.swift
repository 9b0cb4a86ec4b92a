import Testing
@testable import PIIScan

@Suite struct MaskingTests {
    @Test(arguments: [
        ("jane@example.com", "email", "j***@e******.com"),
        ("p.novak@mail.example.co.jp", "email", "p******@m***.e******.c*.jp"),
        ("4111 1111 1111 1881", "credit_card", "**** **** **** 1881"),
        ("4111111111111881", "credit_card", "************1881"),
        ("203.0.113.7", "ipv4", "203.0.***.***"),
        ("2a02:1810:4d02:9800::1", "ipv6", "2a02:1810:****:****::*"),
        ("+46 70 602 19 62", "phone", "+** ** *** ** 62"),
        ("536-22-1234", "us_ssn", "***-**-1234"),
        ("DE89 3704 0044 0532 0130 00", "iban", "DE** **** **** **** **30 00"),
        ("sexual orientation", "special_category", "s***** o**********"),
    ])
    func masks(_ value: String, _ category: String, _ expected: String) {
        #expect(Masking.masked(Array(value.utf8), category: category) == expected)
    }

    @Test func maskingKeepsLengthOfEveryCategoryButIPv4() {
        for (value, category) in [("jane@example.com", "email"), ("4111111111111881", "credit_card"), ("+1 312 555 0182", "phone")] {
            #expect(Masking.masked(Array(value.utf8), category: category).utf8.count == value.utf8.count)
        }
    }
}
