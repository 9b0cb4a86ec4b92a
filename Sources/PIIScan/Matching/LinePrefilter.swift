import CByteScan

/// Decides, from a line's bytes, which patterns can match in it.
///
/// Each prefiltered pattern owns one bit. A trigger byte sets the bits of the patterns that
/// declared it; up to eight trigger bytes are looked for 16 bytes at a time (`byteSets`).
/// Keywords are found through their first three bytes (`TrigramFilter`), whose slot in a
/// 64 Ki-entry table holds the bits of their patterns; at a hit, the whole keyword is compared
/// before its pattern's bit is set, so common prefixes ("pro", "che") do not run a regex for
/// nothing. Patterns without a prefilter, with only digit-run or sequence triggers (see
/// `TriggerFinder`) or past the 64th run on every line.
/// A prefilter may only skip lines where its regex cannot match: a line without `@` holds no
/// email address.
struct LinePrefilter: Sendable {
    /// Bits of the patterns triggered by each byte value.
    let byteMasks: [UInt64]
    /// The trigger bytes, one to a set, when there are at most eight; nil otherwise.
    let byteSets: piiscan_nibble_sets?
    /// Bits of the patterns triggered by the byte of each of `byteSets`.
    let byteSetMasks: [UInt64]
    /// Bits of the patterns with a keyword whose hashed, case-folded 3-byte prefix is the slot
    /// (`TrigramFilter.slot`).
    let trigramMasks: [UInt64]
    /// Where the keywords may start in a line.
    let keywordFilter: TrigramFilter
    /// Keywords of each trigram slot: `slotKeywords[slotStart[s]..<slotStart[s + 1]]`.
    let slotStart: [Int32]
    let slotKeywords: [Keyword]

    /// A case-folded keyword, the bit of its pattern, and whether it counts only at a word start.
    struct Keyword: Sendable {
        let bytes: [UInt8]
        let bit: UInt64
        let wordStart: Bool
    }
    /// Bits of the patterns that run on every line.
    let alwaysMask: UInt64
    /// Patterns without a bit (past the 64th); they run on every line.
    let overflow: [Int]
    /// Bits of the prefiltered patterns with context words: in a table row the context can be
    /// the column name, which is not in the line, so these run on every row of a table with
    /// such a column.
    let contextMask: UInt64
    let usesBytes: Bool
    let usesTrigrams: Bool

    /// ASCII case folding for keyword prefixes.
    static let fold: [UInt8] = (0...255).map { b in (0x41...0x5A).contains(b) ? UInt8(b + 0x20) : UInt8(b) }

    /// `b` in lower case, if it is an ASCII letter.
    @inline(__always)
    static func foldByte(_ b: UInt8) -> UInt8 { b | ((b &- 0x41) < 26 ? 0x20 : 0) }

    /// Whether the lower-case `word` is at `p[at...]`, ignoring ASCII case. The caller checks
    /// that the word fits.
    @inline(__always)
    static func foldedMatch(_ word: [UInt8], at: Int, in p: UnsafePointer<UInt8>) -> Bool {
        var j = 0
        while j < word.count {
            if foldByte(p[at + j]) != word[j] { return false }
            j += 1
        }
        return true
    }

    /// Whether `b` is a word byte for PCRE2's `\b` in byte mode: an ASCII letter, digit or `_`.
    @inline(__always)
    static func isWordByte(_ b: UInt8) -> Bool {
        (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10 || b == 0x5F
    }

    /// The bit of the pattern at `index`, 0 past the 64th.
    static func bit(of index: Int) -> UInt64 { index < 64 ? 1 << UInt64(index) : 0 }

    init(_ specs: [PrefilterSpec?], hasContext: [Bool]) {
        var byteMasks = [UInt64](repeating: 0, count: 256)
        var trigramMasks = [UInt64](repeating: 0, count: 1 << 16)
        var always: UInt64 = 0
        var overflow: [Int] = []
        var usesBytes = false, usesTrigrams = false
        var keywordsBySlot: [Int: [Keyword]] = [:]
        var keywords: [[UInt8]] = []
        var contextMask: UInt64 = 0
        for (index, spec) in specs.enumerated() {
            guard index < 64 else {
                overflow.append(index)
                continue
            }
            let bit = LinePrefilter.bit(of: index)
            // Digit runs and sequences are not seen here: a pattern with only those triggers runs
            // on every line and leaves them to its trigger finder.
            guard let spec, spec.digits == nil && spec.sequence.isEmpty || !spec.bytes.isEmpty || !spec.keywords.isEmpty else {
                always |= bit
                continue
            }
            if hasContext[index] { contextMask |= bit }
            for b in spec.bytes {
                byteMasks[Int(b)] |= bit
                usesBytes = true
            }
            for keyword in spec.keywords {
                let k = keyword.utf8.map { LinePrefilter.fold[Int($0)] }
                let slot = TrigramFilter.slot(k[0], k[1], k[2])
                trigramMasks[slot] |= bit
                keywords.append(k)
                keywordsBySlot[slot, default: []].append(Keyword(bytes: k, bit: bit, wordStart: spec.wordStart))
                usesTrigrams = true
            }
        }
        self.byteMasks = byteMasks
        let triggerBytes = (0...255).filter { byteMasks[$0] != 0 }.map(UInt8.init)
        byteSets = piiscan_nibble_sets(exactly: triggerBytes)
        byteSetMasks = byteSets == nil ? [] : triggerBytes.map { byteMasks[Int($0)] }
        keywordFilter = TrigramFilter(foldedKeywords: keywords)
        self.trigramMasks = trigramMasks
        // Slot s holds slotKeywords[slotStart[s]..<slotStart[s + 1]]: counts, then running sums.
        var slotStart = [Int32](repeating: 0, count: (1 << 16) + 1)
        var slotKeywords: [Keyword] = []
        for slot in keywordsBySlot.keys.sorted() {
            slotKeywords += keywordsBySlot[slot]!
            slotStart[slot + 1] = Int32(keywordsBySlot[slot]!.count)
        }
        for s in 1..<slotStart.count { slotStart[s] += slotStart[s - 1] }
        self.slotStart = slotStart
        self.slotKeywords = slotKeywords
        self.alwaysMask = always
        self.contextMask = contextMask
        self.overflow = overflow
        self.usesBytes = usesBytes
        self.usesTrigrams = usesTrigrams
    }
}
