import CByteScan
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds where a pattern with a prefilter `lead` can match: the positions of its triggers in
/// a line (trigger bytes with the neighbours they require, keywords, starts of digit runs,
/// sequences of byte classes).
/// Every match holds a trigger that starts at most `lead` bytes after the match start, so the
/// regex only needs to try start positions in the window `[trigger - lead, trigger]` before
/// each trigger (`CompiledRegex.firstMatch(limit:)`).
final class TriggerFinder: Sendable {
    let lead: Int
    /// The shortest digit run that is a trigger, when digit runs are triggers.
    let digits: Int?
    /// Per byte value: bit 0 when the byte is a trigger, bit 1 when a keyword starts with it
    /// (either case).
    private let kinds: [UInt8]
    /// Whether any byte or keyword is a trigger (otherwise only digit runs are).
    private let scansBytes: Bool
    /// The only trigger byte, when there is one and no keyword: found with `memchr`.
    private let singleByte: UInt8?
    /// Case-folded keywords.
    private let keywords: [[UInt8]]
    /// Whether keywords are the only triggers.
    private let keywordsOnly: Bool
    /// Where the keywords may start, when they are the only triggers and the line pass does not
    /// record them (`lineBit` 0: patterns past the 64th); nil otherwise, for it is not searched.
    private let keywordFilter: TrigramFilter?
    /// The pattern's bit in the `LinePrefilter`, whose line pass records its keywords
    /// (`KeywordHits`) and classifies its digit runs (`DigitRuns.patterns`); 0 when it has none.
    private let lineBit: UInt64
    private let before: ByteClass?
    private let after: ByteClass?
    private let wordStart: Bool
    /// `TriggerShape.bit` of the shape, 0 for none.
    private let shape: UInt8
    /// `TriggerShape.runLengths` of the shape, without the lengths above `maxDigits`.
    private let runLengths: UInt64
    /// Bit L (L < 63), or bit 63 for runs of 63 digits or more, when a digit run of that
    /// length can be a trigger; 0 without digit triggers.
    let digitRunLengths: UInt64
    /// Whether the triggers are digit runs, and maybe keywords, but no bytes or sequence.
    var digitsOrKeywordsOnly: Bool { digits != nil && !hasTriggerBytes && sequence == nil }
    private let hasTriggerBytes: Bool
    /// Whether the only trigger byte is IPv6's colon with its shape, so that a colon that fails
    /// the shape lets the search skip the rest of its run (`TriggerShape.ipv6Resumption`).
    private let skipsColonRuns: Bool
    /// Whether the only trigger byte is IPv4's dot, between digits, with its shape: such dots
    /// are found 54 positions at a time (`piiscan_next_ipv4_dot`), where a dot that is not one,
    /// in a decimal or a clock time, would cost a search of its own.
    private let findsIPv4Dots: Bool
    /// Whether the only trigger is one byte without a shape but with a class for the byte
    /// before or after it, which counts a line feed as it counts a line edge: such bytes are
    /// found across a chunk with `memchr`, and a line whose bytes all fail their neighbours
    /// (a user agent's "(+http") is skipped for one comparison.
    private let findsNeighbouredBytes: Bool
    /// Per byte value, whether it is in the `lead_bytes` class; nil without one. One load per
    /// byte of the walk back from a trigger (`windowStart`), often a whole email local part.
    /// Written in `init` only, and freed in `deinit`.
    nonisolated(unsafe) private let leadBytes: UnsafeMutablePointer<Bool>?
    private let sequence: SequenceFinder?
    /// Whether the triggers can be searched for across a whole chunk (`nextInChunk`), so that
    /// a line without one is skipped (`ChunkScanner`): a sequence that stays in a line, IPv4's
    /// dots, IPv6's colons or a byte with neighbour classes (`findsNeighbouredBytes`), when they
    /// are the only triggers. None of them spans a line feed.
    let searchesChunks: Bool
    /// Whether each candidate `nextInChunk` returns is a trigger, the first of its line: a
    /// byte with neighbour classes, a sequence without a shape, or IPv4's dot (its shape reads
    /// on only through digits and dots, so a line feed ends it as the line's end does). IPv6's
    /// colons only bound where the line's first trigger lies.
    let chunkCandidatesAreTriggers: Bool

    init?(_ spec: PrefilterSpec?, lineBit: UInt64 = 0) {
        guard let spec, let lead = spec.lead else { return nil }
        self.lead = lead
        self.lineBit = lineBit
        digits = spec.digits
        var kinds = [UInt8](repeating: 0, count: 256)
        for b in spec.bytes { kinds[Int(b)] |= 1 }
        keywords = spec.keywords.map { $0.utf8.map { LinePrefilter.fold[Int($0)] } }
        for keyword in keywords {
            let first = keyword[0]
            kinds[Int(first)] |= 2
            if (0x61...0x7A).contains(first) { kinds[Int(first - 0x20)] |= 2 }
        }
        self.kinds = kinds
        scansBytes = !spec.bytes.isEmpty || !keywords.isEmpty
        hasTriggerBytes = !spec.bytes.isEmpty
        singleByte = spec.bytes.count == 1 && keywords.isEmpty ? spec.bytes[0] : nil
        keywordsOnly = spec.bytes.isEmpty && !keywords.isEmpty
        keywordFilter = keywordsOnly && lineBit == 0
            ? TrigramFilter(foldedKeywords: keywords, atWordStart: keywords.map { _ in spec.wordStart }) : nil
        before = spec.before
        after = spec.after
        wordStart = spec.wordStart
        shape = spec.shape?.bit ?? 0
        // Runs longer than `maxDigits` are not triggers; bit 63 stands for 63 digits or more.
        let longest = spec.maxDigits.map { $0 >= 63 ? UInt64.max : (1 << UInt64($0 + 1)) - 1 } ?? .max
        let runLengths = TriggerShape.runLengths(shape) & longest
        self.runLengths = runLengths
        digitRunLengths = spec.digits.map { digits in runLengths & (digits >= 63 ? 1 << 63 : ~0 << UInt64(digits)) } ?? 0
        skipsColonRuns = spec.shape == .ipv6 && spec.bytes == [UInt8(ascii: ":")] && keywords.isEmpty
        let digitClass = ByteClass("0-9")
        findsIPv4Dots = spec.shape == .ipv4 && spec.bytes == [UInt8(ascii: ".")] && keywords.isEmpty
            && spec.before == digitClass && (spec.after == nil || spec.after == digitClass)
        leadBytes = spec.leadBytes.map { leadBytes in
            let table = UnsafeMutablePointer<Bool>.allocate(capacity: 256)
            for b in 0...255 { (table + b).initialize(to: leadBytes.contains(UInt8(b))) }
            return table
        }
        let sequence = spec.sequence.isEmpty ? nil : SequenceFinder(spec.sequence, before: spec.before, after: spec.after)
        self.sequence = sequence
        let onlySequence = sequence?.staysInLine == true && !scansBytes && digits == nil
        // `piiscan_next_ipv6_colon` wants a hex digit or colon after the colon: a pattern that
        // lets other bytes follow would have triggers it does not find.
        let hexOrColon = ByteClass("0-9A-Fa-f:")!
        let colonsFound = skipsColonRuns && spec.after.map { after in
            (0...255).allSatisfy { !after.contains(UInt8($0)) || hexOrColon.contains(UInt8($0)) }
        } == true
        let onlyBytes = sequence == nil && digits == nil
        let lineFeed = UInt8(ascii: "\n")
        let edgeLike = { (neighbour: ByteClass?) in neighbour.map { $0.contains(lineFeed) == $0.isNegated } ?? true }
        findsNeighbouredBytes = onlyBytes && singleByte != nil && singleByte != lineFeed && spec.shape == nil
            && (spec.before != nil || spec.after != nil) && edgeLike(spec.before) && edgeLike(spec.after)
        searchesChunks = onlySequence || findsNeighbouredBytes || onlyBytes && (findsIPv4Dots || colonsFound)
        chunkCandidatesAreTriggers = onlySequence && shape == 0 || findsNeighbouredBytes || findsIPv4Dots
    }

    deinit { leadBytes?.deallocate() }

    /// The first position at or after `from` in `p[0..<n]`, a chunk of lines, that may hold a
    /// trigger: each trigger of every line in it is at or after the position returned for the
    /// line's start (nil: none left). For a finder that `searchesChunks`.
    @inline(__always)
    func nextInChunk(_ p: UnsafePointer<UInt8>, from: Int, count n: Int) -> Int? {
        if let sequence { return sequence.next(in: p, from: from, count: n) }
        if findsNeighbouredBytes { return nextNeighbouredByte(p, from: from, count: n) }
        let i = findsIPv4Dots ? piiscan_next_ipv4_dot(p, from, n) : piiscan_next_ipv6_colon(p, from, n)
        return i < n ? i : nil
    }

    /// Sets `cursor`, new for a line, to the line's first trigger, at `first`: a candidate of
    /// `nextInChunk` when `chunkCandidatesAreTriggers`.
    @inline(__always)
    func resume(_ cursor: inout TriggerCursor, atTrigger first: Int) {
        if sequence != nil { cursor.sequence = first } else { cursor.byte = first }
    }

    /// The first trigger byte at or after `from` in the chunk `p[0..<n]` whose neighbours are
    /// in their classes; the chunk's edges and line feeds count as line edges.
    private func nextNeighbouredByte(_ p: UnsafePointer<UInt8>, from: Int, count n: Int) -> Int? {
        let chunk = UnsafeBufferPointer(start: p, count: n)
        var i = from
        while i < n, let hit = memchr(p + i, Int32(singleByte!), n - i) {
            let position = UnsafeRawPointer(hit) - UnsafeRawPointer(p)
            if neighboursFit(at: position, after: position + 1, chunk) { return position }
            i = position + 1
        }
        return nil
    }

    /// The first position where a match whose trigger is at `found` can start: `lead` bytes
    /// before it, or later, where the run of `leadBytes` bytes that ends at the trigger starts.
    @inline(__always)
    func windowStart(before found: Int, in line: UnsafeBufferPointer<UInt8>) -> Int {
        let earliest = max(0, found - lead)
        guard let leadBytes else { return earliest }
        var i = found
        while i > earliest && leadBytes[Int(line[i - 1])] { i -= 1 }
        return i
    }

    /// The position of the first trigger at or after `from` in `line`, or nil. `runs` are the
    /// line's digit runs when `digits` is set; `hits` are the keywords the line pass found in
    /// it, if it ran; `cursor` is where the search resumes (a new one for each line; `from`
    /// never decreases along one cursor).
    @inline(__always)
    func next(in line: UnsafeBufferPointer<UInt8>, from: Int, runs: DigitRuns, hits: KeywordHits?,
              cursor: inout TriggerCursor) -> Int? {
        // A byte, keyword or sequence found for an earlier `from` is still the first one if it
        // lies at or after this `from`: with several kinds, the rest of the line is searched once.
        var first = Int.max
        if scansBytes {
            if cursor.byte < from {
                if keywordsOnly && lineBit != 0, let hits {
                    cursor.byte = hits.next(from: from, bit: lineBit, cursor: &cursor.hit) ?? Int.max
                } else {
                    cursor.byte = nextByteOrKeyword(in: line, from: from) ?? Int.max
                }
            }
            first = cursor.byte
        }
        if let sequence {
            if cursor.sequence < from { cursor.sequence = nextSequence(sequence, in: line, from: from) ?? Int.max }
            first = min(first, cursor.sequence)
        }
        if let digits {
            var k = runs.index(from: from, hint: cursor.run)
            cursor.run = k
            if runs.classifies && lineBit != 0 {
                // The runs' bits tell which of them fit by their length and the byte before.
                while true {
                    k = runs.next(from: k, holding: lineBit, through: first)
                    guard k < runs.count, runs.start(k) <= first else { break }
                    if fitsAfterAndShape(run: runs.start(k), end: runs.end(k), in: line) {
                        // The next search starts at or after this run: no need to walk here again.
                        cursor.run = k
                        return runs.start(k)
                    }
                    k += 1
                }
            } else {
                while k < runs.count {
                    let start = runs.start(k)
                    if first < start { break }
                    if isTrigger(run: start, end: runs.end(k), digits: digits, in: line) {
                        cursor.run = k
                        return start
                    }
                    k += 1
                }
            }
        }
        return first == Int.max ? nil : first
    }

    /// Whether a trigger byte or digit run may follow the byte `before` (0...255), or start a
    /// line (256): the byte before a trigger is in the `before` class, if there is one.
    func allows(before byte: Int) -> Bool {
        guard let before else { return true }
        return byte < 256 ? before.contains(UInt8(byte)) : before.isNegated
    }

    /// Whether the digit run from `start` to `end` (exclusive) of `line` is a trigger, for a
    /// pattern whose digit runs are triggers (`digits` is its `digits`).
    @inline(__always)
    func isTrigger(run start: Int, end: Int, digits: Int, in line: UnsafeBufferPointer<UInt8>) -> Bool {
        let length = end - start
        return length >= digits && runLengths >> UInt64(min(length, 63)) & 1 != 0
            && neighboursFit(at: start, after: end, line) && TriggerShape.fits(shape, run: start, end: end, in: line)
    }

    /// `isTrigger` for a run whose length and byte before are known to fit (`digitRunLengths`,
    /// `allows(before:)`): whether the byte after it and the shape do. Not inlined: where the
    /// line pass calls it for each pattern a run may trigger, the inlined checks of every
    /// shape were set up for each run, most of them needing one.
    @inline(never)
    func fitsAfterAndShape(run start: Int, end: Int, in line: UnsafeBufferPointer<UInt8>) -> Bool {
        (after?.holds(at: end, in: line) ?? true) && TriggerShape.fits(shape, run: start, end: end, in: line)
    }

    /// The next sequence (its `before` and `after` bytes checked in the finder) with the shape.
    private func nextSequence(_ sequence: SequenceFinder, in line: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard let base = line.baseAddress else { return nil }
        var i = from
        while let candidate = sequence.next(in: base, from: i, count: line.count) {
            if TriggerShape.fits(shape, at: candidate, in: line) { return candidate }
            i = candidate + 1
        }
        return nil
    }

    private func nextByteOrKeyword(in line: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard from < line.count, let base = line.baseAddress else { return nil }
        if findsIPv4Dots {
            let i = piiscan_next_ipv4_dot(base, from, line.count)
            return i < line.count ? i : nil
        }
        if let singleByte {
            var i = from
            while i < line.count, let hit = memchr(base + i, Int32(singleByte), line.count - i) {
                let position = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                if skipsColonRuns {
                    // The IPv6 shape: a colon that fails it rules out the rest of its run.
                    i = position + 1
                    guard neighboursFit(at: position, after: position + 1, line) else { continue }
                    let resumption = TriggerShape.ipv6Resumption(at: position, line)
                    if resumption < 0 { return position }
                    i = resumption
                    continue
                }
                if triggerFits(at: position, after: position + 1, line) { return position }
                i = position + 1
            }
            return nil
        }
        if let keywordFilter {
            var i = from
            while let candidate = keywordFilter.next(in: base, from: i, count: line.count) {
                if keyword(at: candidate, in: line) { return candidate }
                i = candidate + 1
            }
            return nil
        }
        return kinds.withUnsafeBufferPointer { kinds in
            var i = from
            while i < line.count {
                let kind = kinds[Int(base[i])]
                if kind != 0 {
                    if kind & 1 != 0 && triggerFits(at: i, after: i + 1, line) || kind & 2 != 0 && keyword(at: i, in: line) { return i }
                }
                i += 1
            }
            return nil
        }
    }

    /// Whether a trigger byte or digit run at `i` counts: the byte before it and the byte at
    /// `after` (just past it) are in their classes, and the text at `i` has the shape.
    @inline(__always)
    private func triggerFits(at i: Int, after j: Int, _ line: UnsafeBufferPointer<UInt8>) -> Bool {
        neighboursFit(at: i, after: j, line) && TriggerShape.fits(shape, at: i, in: line)
    }

    /// Whether the byte before `i` and the byte at `after` are in their classes.
    @inline(__always)
    private func neighboursFit(at i: Int, after j: Int, _ line: UnsafeBufferPointer<UInt8>) -> Bool {
        (before?.holds(at: i - 1, in: line) ?? true) && (after?.holds(at: j, in: line) ?? true)
    }

    /// Whether one of the keywords starts at `i`, ignoring ASCII case.
    private func keyword(at i: Int, in line: UnsafeBufferPointer<UInt8>) -> Bool {
        let base = line.baseAddress!
        if wordStart && i > 0 && LinePrefilter.isWordByte(base[i - 1]) { return false }
        return keywords.contains { $0.count <= line.count - i && LinePrefilter.foldedMatch($0, at: i, in: base) }
    }
}

/// Where the search for one pattern's triggers in one line resumes.
struct TriggerCursor {
    /// The digit run where the search resumes.
    var run = 0
    /// The first trigger byte or keyword at or after an earlier `from`: `Int.max` when there
    /// is none, -1 before the first search.
    var byte = -1
    /// The same for sequences.
    var sequence = -1
    /// The keyword hit where the walk through `KeywordHits` resumes.
    var hit = 0
}

extension ByteClass {
    /// Whether the byte at `i` of `line` is in the class; outside the line, whether the class
    /// is negated.
    @inline(__always)
    func holds(at i: Int, in line: UnsafeBufferPointer<UInt8>) -> Bool {
        i >= 0 && i < line.count ? contains(line[i]) : isNegated
    }
}
