import Testing
@testable import PIIScan

@Suite struct ConfigurationTests {
    @Test func readsEveryKey() throws {
        let config = try Configuration.parse("""
            min_confidence: high
            categories: [email, phone]
            exclude_categories: ipv4
            include_paths: ["*.log"]
            exclude_paths: [vendor, "fixtures/*"]
            operators: {email: hash, "*": mask}
            allow:
              - "*@example.com"
              - 10.0.0.0/8
            allow_test_cards: true
            """, file: ".piiscan.yaml")
        #expect(config.minConfidence == .high)
        #expect(config.categories == ["email", "phone"])
        #expect(config.excludeCategories == ["ipv4"])
        #expect(config.includePaths == ["*.log"])
        #expect(config.excludePaths == ["vendor", "fixtures/*"])
        #expect(config.operatorSpecs == ["email=hash", "*=mask"])
        #expect(!config.allowlist.isEmpty)
    }

    @Test func errorsNameFileAndLine() {
        func error(_ text: String) -> String {
            do {
                _ = try Configuration.parse(text, file: "cfg.yaml")
                return "no error"
            } catch {
                return "\(error)"
            }
        }
        #expect(error("min_confidence: high\nallow_list: [x]\n").hasPrefix("cfg.yaml:2: unknown key 'allow_list'"))
        #expect(error("min_confidence: sure\n") == "cfg.yaml:1: 'min_confidence' must be low, medium or high")
        #expect(error("operators:\n  email: blur\n").hasPrefix("cfg.yaml:2: an operator is one of mask"))
        #expect(error("allow_test_cards: maybe\n") == "cfg.yaml:1: 'allow_test_cards' must be true or false")
        #expect(error("allow:\n  - {a: b}\n") == "cfg.yaml:2: 'allow' must be a list of strings")
        #expect(error("- a\n- b\n") == "cfg.yaml:1: the configuration is a mapping of keys to values")
        #expect(error("allow: [x\n").hasPrefix("cfg.yaml:"))
    }

    @Test func allowlistForms() {
        var allow = ValueAllowlist()
        allow.add("*@Example.com")
        allow.add("support@shop.example")
        allow.add("10.0.0.0/8")
        allow.add("2001:db8::/32")
        allow.add("+44 20 7946 0958")
        func allows(_ value: String, _ category: String) -> Bool {
            Array(value.utf8).withUnsafeBufferPointer { allow.allows($0, category: category) }
        }
        #expect(allows("jane@example.com", "email"))
        #expect(allows("JANE@EXAMPLE.COM", "email"), "ASCII case is ignored")
        #expect(!allows("jane@example.com.evil.org", "email"))
        #expect(allows("support@shop.example", "email"))
        #expect(!allows("sales@shop.example", "email"))
        #expect(allows("10.20.30.40", "ipv4"))
        #expect(!allows("11.0.0.1", "ipv4"))
        #expect(allows("2001:db8:0:1::5", "ipv6"))
        #expect(!allows("2001:db9::5", "ipv6"))
        #expect(allows("+44 20 7946 0958", "phone"))
        #expect(!allows("4111 1111 1111 1111", "credit_card"))
        allow.addTestCards()
        #expect(allows("4111 1111 1111 1111", "credit_card"))
        #expect(allows("4242-4242-4242-4242", "credit_card"))
        #expect(!allows("4539 1488 0343 6467", "credit_card"))
        #expect(ValueAllowlist.glob(Array("a*b?c".utf8)[...], matches: Array("axxbyc".utf8)[...]))
        #expect(!ValueAllowlist.glob(Array("a*b?c".utf8)[...], matches: Array("axxbc".utf8)[...]))
        #expect(ValueAllowlist.glob(Array("**".utf8)[...], matches: Array("".utf8)[...]))
    }

    @Test func allowedValuesAreNeitherReportedNorRedacted() throws {
        var allow = ValueAllowlist()
        allow.add("*@example.com")
        allow.addTestCards()
        let text = "a jane@example.com b bob@corp.example c 4111 1111 1111 1111 d 4539 1488 0343 6467\n"
        var options = ScanOptions(minConfidence: .low)
        options.allowlist = allow
        let found = Scanner(patterns: defaultPatterns, options: options).findings(in: Array(text.utf8))
        #expect(found.map { String(decoding: $0.value, as: UTF8.self) } == ["bob@corp.example", "4539 1488 0343 6467"])
    }
}
