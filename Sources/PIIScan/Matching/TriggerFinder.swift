#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds where a pattern with a prefilter `lead` can match: the positions of its trigger
/// bytes and keywords in a line. Every match holds a trigger that starts at most `lead` bytes
/// after the match start, so the regex only needs to try start positions in the window
/// `[trigger - lead, trigger]` before each trigger (`CompiledRegex.firstMatch(limit:)`).
struct TriggerFinder: Sendable {
    let lead: Int
    /// Per byte value: bit 0 when the byte is a trigger, bit 1 when a keyword starts with it
    /// (either case).
    private let kinds: [UInt8]
    /// The only trigger byte, when there is one and no keyword: found with `memchr`.
    private let singleByte: UInt8?
    /// Case-folded keywords.
    private let keywords: [[UInt8]]

    init?(_ spec: PrefilterSpec?) {
        guard let spec, let lead = spec.lead else { return nil }
        self.lead = lead
        var kinds = [UInt8](repeating: 0, count: 256)
        for b in spec.bytes { kinds[Int(b)] |= 1 }
        keywords = spec.keywords.map { $0.utf8.map { LinePrefilter.fold[Int($0)] } }
        for keyword in keywords {
            let first = keyword[0]
            kinds[Int(first)] |= 2
            if (0x61...0x7A).contains(first) { kinds[Int(first - 0x20)] |= 2 }
        }
        self.kinds = kinds
        singleByte = spec.bytes.count == 1 && keywords.isEmpty ? spec.bytes[0] : nil
    }

    /// The position of the first trigger at or after `from` in `line`, or nil.
    func next(in line: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard from < line.count, let base = line.baseAddress else { return nil }
        if let singleByte {
            guard let hit = memchr(base + from, Int32(singleByte), line.count - from) else { return nil }
            return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
        }
        return kinds.withUnsafeBufferPointer { kinds in
            var i = from
            while i < line.count {
                let kind = kinds[Int(base[i])]
                if kind != 0 {
                    if kind & 1 != 0 || keyword(at: i, in: line) { return i }
                }
                i += 1
            }
            return nil
        }
    }

    /// Whether one of the keywords starts at `i`, ignoring ASCII case.
    private func keyword(at i: Int, in line: UnsafeBufferPointer<UInt8>) -> Bool {
        let base = line.baseAddress!
        return keywords.contains { $0.count <= line.count - i && LinePrefilter.foldedMatch($0, at: i, in: base) }
    }
}
