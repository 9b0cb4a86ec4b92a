import CByteScan

/// Decides, from a line's bytes, which patterns can match in it.
///
/// Each prefiltered pattern owns one bit. A trigger byte sets the bits of the patterns that
/// declared it; up to eight trigger bytes are looked for 16 bytes at a time (`byteSets`).
/// Keywords are found through their first three and four bytes and whether a word starts there
/// (`TrigramFilter`, searched across the chunk by `ChunkScanner`); the three bytes are hashed
/// to one of 64 Ki slots, and at a hit the keywords of the slot are compared whole before their
/// patterns' bits are set, so common prefixes ("pro", "che") do not run a regex for nothing.
/// Patterns without a prefilter, with only digit-run or sequence triggers (see
/// `TriggerFinder`) or past the 64th run on every line as far as this pass goes; `ChunkScanner`
/// then skips the lines where the digit runs or sequences hold no trigger of theirs, and the
/// lines with a dot or colon but no IPv4 or IPv6 trigger, or a `+` before no digit
/// (`TriggerFinder.searchesChunks`).
/// A prefilter may only skip lines where its regex cannot match: a line without `@` holds no
/// email address.
struct LinePrefilter: Sendable {
    /// Bits of the patterns triggered by each byte value.
    let byteMasks: [UInt64]
    /// The trigger bytes, one to a set, when there are at most eight; nil otherwise.
    let byteSets: piiscan_nibble_sets?
    /// Bits of the patterns triggered by the byte of each of `byteSets`.
    let byteSetMasks: [UInt64]
    /// Where the keywords may start in a line.
    let keywordFilter: TrigramFilter
    /// The slots (`TrigramFilter.slot` of a keyword's case-folded 3-byte prefix) that hold
    /// keywords: bit s & 63 of `slotWords[s >> 6]`; `slotRankBase[w]` counts those in the
    /// words before w. A slot's rank among them indexes `rankStart`: its keywords are
    /// `slotKeywords[rankStart[r]..<rankStart[r + 1]]`. 10 KB in all, where tables of 64 Ki
    /// entries missed the cache at nearly every hit.
    let slotWords: [UInt64]
    let slotRankBase: [UInt16]
    let rankStart: [Int32]
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

    /// The range in `slotKeywords` of the keywords of `slot` (empty when it holds none).
    @inline(__always)
    func keywordRange(ofSlot slot: Int) -> Range<Int> {
        let word = slotWords[slot >> 6]
        guard word >> UInt64(slot & 63) & 1 != 0 else { return 0..<0 }
        let rank = Int(slotRankBase[slot >> 6]) + (word & ((1 << UInt64(slot & 63)) &- 1)).nonzeroBitCount
        return Int(rankStart[rank])..<Int(rankStart[rank + 1])
    }

    /// The bit of the pattern at `index`, 0 past the 64th.
    static func bit(of index: Int) -> UInt64 { index < 64 ? 1 << UInt64(index) : 0 }

    init(_ specs: [PrefilterSpec?], hasContext: [Bool]) {
        var byteMasks = [UInt64](repeating: 0, count: 256)
        var always: UInt64 = 0
        var overflow: [Int] = []
        var usesBytes = false, usesTrigrams = false
        var keywordsBySlot: [Int: [Keyword]] = [:]
        var keywords: [[UInt8]] = []
        var atWordStart: [Bool] = []
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
                keywords.append(k)
                atWordStart.append(spec.wordStart)
                keywordsBySlot[slot, default: []].append(Keyword(bytes: k, bit: bit, wordStart: spec.wordStart))
                usesTrigrams = true
            }
        }
        self.byteMasks = byteMasks
        let triggerBytes = (0...255).filter { byteMasks[$0] != 0 }.map(UInt8.init)
        byteSets = piiscan_nibble_sets(exactly: triggerBytes)
        byteSetMasks = byteSets == nil ? [] : triggerBytes.map { byteMasks[Int($0)] }
        keywordFilter = TrigramFilter(foldedKeywords: keywords, atWordStart: atWordStart)
        // The slots in order, so that a slot's rank is the number of slots with keywords
        // before it.
        var slotWords = [UInt64](repeating: 0, count: (1 << 16) / 64)
        var rankStart: [Int32] = [0]
        var slotKeywords: [Keyword] = []
        for slot in keywordsBySlot.keys.sorted() {
            slotWords[slot >> 6] |= 1 << UInt64(slot & 63)
            slotKeywords += keywordsBySlot[slot]!
            rankStart.append(Int32(slotKeywords.count))
        }
        var slotRankBase = [UInt16](repeating: 0, count: slotWords.count)
        for w in 1..<slotWords.count {
            slotRankBase[w] = slotRankBase[w - 1] + UInt16(slotWords[w - 1].nonzeroBitCount)
        }
        self.slotWords = slotWords
        self.slotRankBase = slotRankBase
        self.rankStart = rankStart
        self.slotKeywords = slotKeywords
        self.alwaysMask = always
        self.contextMask = contextMask
        self.overflow = overflow
        self.usesBytes = usesBytes
        self.usesTrigrams = usesTrigrams
    }
}
