import CByteScan
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Scans chunks of bytes that start at a line start, one line at a time. One per thread.
///
/// A match never spans a line break: each regex runs with the line as its subject. That makes
/// a chunked scan give exactly the findings of a one-chunk scan, and makes the line the
/// record within which findings are weighed together (identifier escalation, overlaps).
final class ChunkScanner {
    let set: PatternSet
    let minConfidence: Confidence
    private let scratch = MatchScratch()
    /// Findings of the current line; reused, so a line allocates nothing once it has grown.
    private let lineFindings = LineFindings()
    // A ChunkScanner is used by one thread at a time, so its state skips exclusivity checks.
    /// Table rows of the current chunk, the region of the current line, and its fields.
    @exclusivity(unchecked) private var layout: TableLayout?
    /// `layout`, for use without reference counting: the column names of its regions are
    /// shared by the chunks that threads scan at once, and counting references to them per
    /// finding makes the threads contend for them.
    @exclusivity(unchecked) private var layoutRef: Unmanaged<TableLayout>?
    @exclusivity(unchecked) private var lineRegion: Int?
    private let fieldMap = FieldMap()
    @exclusivity(unchecked) private var fieldMapBuilt = false
    /// Per region of the current chunk, the index in `out.fieldNames` of each field, or -1:
    /// the region of the last lookup is at hand, the others are parked.
    @exclusivity(unchecked) private var refsRegion = -1
    @exclusivity(unchecked) private var regionRefs: [Int] = []
    @exclusivity(unchecked) private var parkedRefs: [Int: [Int]] = [:]
    /// The column names of region `columnWordsRegion`, read once when a row of it comes up
    /// (`readColumnNames`): per column and pattern (column * patterns + pattern), bit 0 when
    /// one of the pattern's context words occurs in the name, bit 1 for a negative word; and
    /// the bits of the `LinePrefilter.contextMask` patterns with a context word in any name,
    /// which must run on every row of the region whatever its line holds.
    @exclusivity(unchecked) private var columnWordsRegion = -1
    @exclusivity(unchecked) private var columnWords: [UInt8] = []
    @exclusivity(unchecked) private var regionContextMask: UInt64 = 0
    /// `set.patterns` and `set.triggers`, for use without reference counting (`runPattern`).
    private let patternRefs: [Unmanaged<CompiledPattern>]
    private let triggerRefs: [Unmanaged<TriggerFinder>?]
    /// `isReported`, `isIdentifier` and `withIdentifier` of each of `set.patterns`.
    private let isReported: [Bool]
    private let isIdentifier: [Bool]
    private let withIdentifier: [Confidence?]
    /// The prefilter keywords in the current line, when the line pass looks for keywords.
    private let keywordHits: KeywordHits?
    /// The keyword candidates of the chunk, searched across it (`TrigramFilter`).
    private let keywordCandidates = TrigramCandidates()
    /// Digit runs of the current line, found by `digitGatesMissing` or when the first pattern
    /// with digit triggers runs, and classified for every such pattern.
    private let digitRuns: DigitRuns
    @exclusivity(unchecked) private var digitRunsBuilt = false
    /// The end of the chunk being scanned: a line's digit runs may read on to it.
    @exclusivity(unchecked) private var chunkEnd: UnsafePointer<UInt8>?
    /// The patterns whose triggers are searched for across the chunk
    /// (`TriggerFinder.searchesChunks`), with their bits: a line runs them only when it holds
    /// a candidate. `nextCandidates[k]` is the first candidate of the k-th at or after the
    /// current line's start (`Int.max`: none left).
    private let chunkTriggers: [(bit: UInt64, finder: Unmanaged<TriggerFinder>)]
    @exclusivity(unchecked) private var nextCandidates: [Int]
    /// Per pattern, its index in `chunkTriggers`, or -1: a line that runs it starts the search
    /// for its triggers at the candidate, since none lies before it.
    private let chunkTriggerIndex: [Int]
    /// The bits of the patterns whose triggers are digit runs and maybe keywords: a line runs
    /// them only when it holds one of their keywords or one of its runs is a trigger of theirs
    /// (`digitGatesMissing`). Cards, NANP and SSNs, which would run on every line; the bare
    /// phone numbers and SSNs, which would run on every row of a table with a phone or SSN
    /// column.
    private let digitGateMask: UInt64

    /// Findings on a line that holds this marker are dropped (`ScanOptions.allowMarker`).
    let allowMarker: [UInt8]?
    /// The last search for `allowMarker` in the chunk: the first occurrence at or after the
    /// start of the line that searched (`Int.max`: none that ends by `markerSearchEnd`; -1
    /// before the first search), and where the search stopped.
    @exclusivity(unchecked) private var nextMarker = -1
    @exclusivity(unchecked) private var markerSearchEnd = -1
    /// How far past a line the search for `allowMarker` reads: a chunk without the marker is
    /// then read a window at a time just ahead of its lines, not all at once out of the
    /// caches before the lines are scanned.
    static let markerWindow = 16 << 10

    /// Values that are never reported (`ScanOptions.allowlist`).
    let allowlist: ValueAllowlist?

    /// The findings, bytes of values and bytes of the last chunk scanned: the next chunk's
    /// arrays are sized for the same density, at most a chunk's worth of values.
    @exclusivity(unchecked) private var lastDensity = (findings: 0, valueBytes: 0, bytes: 0)

    init(set: PatternSet, minConfidence: Confidence, allowMarker: [UInt8]? = nil, allowlist: ValueAllowlist? = nil) {
        self.set = set
        self.minConfidence = minConfidence
        self.allowlist = allowlist.flatMap { $0.isEmpty ? nil : $0 }
        self.allowMarker = allowMarker.flatMap { $0.isEmpty ? nil : $0 }
        patternRefs = set.patterns.map { Unmanaged.passUnretained($0) }
        triggerRefs = set.triggers.map { $0.map { Unmanaged.passUnretained($0) } }
        isReported = set.patterns.map(\.isReported)
        isIdentifier = set.patterns.map(\.definition.isIdentifier)
        withIdentifier = set.patterns.map(\.definition.withIdentifier)
        keywordHits = set.prefilter.usesTrigrams ? KeywordHits() : nil
        chunkTriggers = set.triggers.indices.compactMap { index in
            let bit = LinePrefilter.bit(of: index)
            guard bit != 0, let finder = set.triggers[index], finder.searchesChunks else { return nil }
            return (bit, Unmanaged.passUnretained(finder))
        }
        nextCandidates = Array(repeating: -1, count: chunkTriggers.count)
        var chunkTriggerIndex = [Int](repeating: -1, count: set.patterns.count)
        for (k, trigger) in chunkTriggers.enumerated() { chunkTriggerIndex[trigger.bit.trailingZeroBitCount] = k }
        self.chunkTriggerIndex = chunkTriggerIndex
        digitGateMask = set.triggers.indices.reduce(0) { gates, index in
            set.triggers[index]?.digitsOrKeywordsOnly == true ? gates | LinePrefilter.bit(of: index) : gates
        }
        digitRuns = DigitRuns(classifyingFor: set.triggers)
    }

    /// Scans `buffer`, whose first byte is at `baseOffset` in its input and starts a line.
    /// With a `layout`, findings in table rows are given their table and column.
    func scan(_ buffer: UnsafeRawBufferPointer, baseOffset: Int, layout: TableLayout? = nil) -> ChunkFindings {
        var out = ChunkFindings()
        self.layout = layout
        layoutRef = layout.map(Unmanaged.passUnretained)
        refsRegion = -1
        columnWordsRegion = -1
        regionRefs.removeAll(keepingCapacity: true)
        parkedRefs.removeAll(keepingCapacity: true)
        guard let raw = buffer.baseAddress, buffer.count > 0 else { return out }
        let p = raw.assumingMemoryBound(to: UInt8.self)
        let n = buffer.count
        chunkEnd = p + n
        reserveRoom(&out, count: n)
        let prefilter = set.prefilter
        var lineIndex = 0
        var start = 0
        for k in nextCandidates.indices { nextCandidates[k] = -1 }
        nextMarker = -1
        markerSearchEnd = -1
        var byteSets = prefilter.byteSets ?? piiscan_nibble_sets()
        // Unretained: `set` and `self` hold them for the whole chunk, and a retain and release
        // per line (or per field and finding, below) costs more than most lines' search.
        let keywordFilter = Unmanaged.passUnretained(prefilter.keywordFilter)
        let keywordHits = keywordHits.map(Unmanaged.passUnretained)
        let keywordCandidates = Unmanaged.passUnretained(keywordCandidates)
        keywordCandidates._withUnsafeGuaranteedRef { $0.reset() }
        withUnsafePointer(to: &byteSets) { byteSets in
            prefilter.byteMasks.withUnsafeBufferPointer { byteMasks in
                // With trigger bytes in nibble sets, the line end and the sets the line touches
                // come from one pass.
                let setsFindLineEnds = prefilter.usesBytes && prefilter.byteSets != nil
                while start < n {
                    let end: Int
                    var mask = prefilter.alwaysMask
                    if setsFindLineEnds {
                        var touched: UInt8 = 0
                        end = piiscan_line_sets(byteSets, p, start, n, &touched)
                        mask |= setsMask(touched)
                    } else {
                        if let nl = memchr(p + start, 0x0A, n - start) {
                            end = UnsafeRawPointer(nl) - UnsafeRawPointer(p)
                        } else {
                            end = n
                        }
                        if prefilter.usesBytes { mask |= triggerByteMask(p, start, end, byteMasks) }
                    }
                    var keywordBits: UInt64 = 0
                    if let keywordHits {
                        keywordBits = keywordFilter._withUnsafeGuaranteedRef { filter in
                            keywordHits._withUnsafeGuaranteedRef { hits in
                                keywordCandidates._withUnsafeGuaranteedRef {
                                    keywordMask(p, start, end, count: n, filter, $0, hits: hits)
                                }
                            }
                        }
                        mask |= keywordBits
                    }
                    lineRegion = layout?.region(at: baseOffset + start)
                    if let region = lineRegion {
                        if region != columnWordsRegion { readColumnNames(of: region, in: layout!) }
                        mask |= regionContextMask
                    }
                    if !chunkTriggers.isEmpty { mask &= ~triggersMissing(p, start, end, count: n) }
                    digitRunsBuilt = false
                    let gates = mask & digitGateMask & ~keywordBits
                    if gates != 0 { mask &= ~digitGatesMissing(p, start, end, gates) }
                    if mask != 0 || !prefilter.overflow.isEmpty {
                        fieldMapBuilt = false
                        scanLine(p, start, end, count: n, mask: mask, lineIndex: lineIndex, baseOffset: baseOffset,
                                 into: &out)
                    }
                    if end < n { lineIndex += 1 }
                    start = end + 1
                }
            }
        }
        out.newlineCount = lineIndex
        lastDensity = (out.findings.count, out.valueBytes, n)
        out.trimArena()
        return out
    }

    /// Sizes the arrays of `out`, for a chunk of `n` bytes, for the density of findings of the
    /// last chunk, with an eighth more: at most one finding per 16 bytes, and only after a
    /// chunk of 64 KiB or more, whose density says something.
    @inline(__always)
    private func reserveRoom(_ out: inout ChunkFindings, count n: Int) {
        let last = lastDensity
        guard last.bytes >= 64 << 10, last.findings > 0 else { return }
        let scale = Double(n) / Double(last.bytes) * 1.125
        out.reserve(findings: min(n / 16, Int(Double(last.findings) * scale)),
                    valueBytes: min(n, Int(Double(last.valueBytes) * scale)))
    }

    /// Reads the column names of `region` for every pattern's context and negative words
    /// (`columnWords`, `regionContextMask`).
    private func readColumnNames(of region: Int, in layout: TableLayout) {
        columnWordsRegion = region
        columnWords.removeAll(keepingCapacity: true)
        var mask: UInt64 = 0
        for name in layout.regions[region].lowercasedColumns {
            for (index, pattern) in set.patterns.enumerated() {
                var words: UInt8 = 0
                if pattern.definition.context != nil && pattern.contextWords.occurs(in: name) { words |= 1 }
                if pattern.definition.negativeContext != nil && pattern.negativeWords.occurs(in: name) { words |= 2 }
                columnWords.append(words)
                if words & 1 != 0 { mask |= LinePrefilter.bit(of: index) }
            }
        }
        regionContextMask = mask & set.prefilter.contextMask
    }

    /// The bits of the `chunkTriggers` patterns without a candidate in the line from `start`
    /// to `end`. Each search runs on from the line start to the next candidate in the chunk, so
    /// the lines up to it cost one comparison each.
    @inline(__always)
    private func triggersMissing(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int, count n: Int) -> UInt64 {
        var missing: UInt64 = 0
        for k in chunkTriggers.indices {
            var candidate = nextCandidates[k]
            if candidate < start {
                candidate = chunkTriggers[k].finder._withUnsafeGuaranteedRef { $0.nextInChunk(p, from: start, count: n) } ?? Int.max
                nextCandidates[k] = candidate
            }
            if candidate >= end { missing |= chunkTriggers[k].bit }
        }
        return missing
    }

    /// Builds the `digitRuns` of `line`, a line of the chunk being scanned.
    @inline(__always)
    private func buildDigitRuns(_ line: UnsafeBufferPointer<UInt8>) {
        let readable = chunkEnd! - line.baseAddress!
        digitRuns.build(line, readable: readable, minimum: set.shortestDigitTrigger)
        digitRunsBuilt = true
    }

    /// The bits of `gates` (of `digitGateMask`) whose patterns have no trigger among the digit
    /// runs of the line from `start` to `end`. Builds the line's `digitRuns`: each run is looked
    /// at once for all of them, where each pattern would walk them all.
    @inline(__always)
    private func digitGatesMissing(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int, _ gates: UInt64) -> UInt64 {
        let line = UnsafeBufferPointer(start: p + start, count: end - start)
        buildDigitRuns(line)
        var missing = gates
        var k = 0
        while k < digitRuns.count && missing != 0 {
            // The run's bits say that its length and the byte before it fit.
            var bits = missing & digitRuns.patterns(k)
            while bits != 0 {
                let index = bits.trailingZeroBitCount
                bits &= bits &- 1
                let found = triggerRefs[index]!._withUnsafeGuaranteedRef {
                    $0.fitsAfterAndShape(run: digitRuns.start(k), end: digitRuns.end(k), in: line)
                }
                if found { missing &= ~(1 << UInt64(index)) }
            }
            k += 1
        }
        return missing
    }

    /// The bits of the patterns whose trigger bytes are in the nibble sets of `touched`.
    @inline(__always)
    private func setsMask(_ touched: UInt8) -> UInt64 {
        var mask: UInt64 = 0
        var touched = touched
        while touched != 0 {
            mask |= set.prefilter.byteSetMasks[touched.trailingZeroBitCount]
            touched &= touched &- 1
        }
        return mask
    }

    /// The bits of the patterns whose trigger bytes occur in the line, byte by byte (more
    /// trigger bytes than nibble sets hold).
    @inline(__always)
    private func triggerByteMask(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int,
                                 _ byteMasks: UnsafeBufferPointer<UInt64>) -> UInt64 {
        var mask: UInt64 = 0
        for i in start..<end { mask |= byteMasks[Int(p[i])] }
        return mask
    }

    /// The bits of the patterns whose keywords occur in the line; each keyword found is
    /// recorded in `hits` (with its position in the line).
    @inline(__always)
    private func keywordMask(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int, count n: Int,
                             _ filter: TrigramFilter, _ candidates: TrigramCandidates, hits: KeywordHits) -> UInt64 {
        var mask: UInt64 = 0
        hits.removeAll()
        // A candidate near the line end may spell its trigram with the line feed; no keyword
        // fits there, so none is verified.
        while let at = candidates.next(before: end, in: p, count: n, filter: filter) {
            let slot = TrigramFilter.slot(p[at], p[at + 1], p[at + 2])
            let bits = verifiedKeywords(slot, p, from: at, lineStart: start, end: end)
            if bits != 0 {
                hits.append(at - start, bits: bits)
                mask |= bits
            }
        }
        return mask
    }

    /// The bits of the keywords of a trigram slot that occur in full at `p[from...]` (and
    /// start a word there, for keywords that must).
    private func verifiedKeywords(_ slot: Int, _ p: UnsafePointer<UInt8>, from: Int, lineStart: Int, end: Int) -> UInt64 {
        let midWord = from > lineStart && LinePrefilter.isWordByte(p[from - 1])
        var bits: UInt64 = 0
        for k in set.prefilter.keywordRange(ofSlot: slot) {
            let keyword = set.prefilter.slotKeywords[k]
            guard bits & keyword.bit == 0, keyword.bytes.count <= end - from,
                  !(midWord && keyword.wordStart) else { continue }
            if LinePrefilter.foldedMatch(keyword.bytes, at: from, in: p) { bits |= keyword.bit }
        }
        return bits
    }

    private func scanLine(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int, count n: Int, mask: UInt64,
                          lineIndex: Int, baseOffset: Int, into out: inout ChunkFindings) {
        lineFindings.removeAll()
        let line = UnsafeBufferPointer(start: p + start, count: end - start)
        var bits = mask
        while bits != 0 {
            let index = bits.trailingZeroBitCount
            bits &= bits &- 1
            let k = chunkTriggerIndex[index]
            runPattern(index, line, firstTrigger: k < 0 ? 0 : nextCandidates[k] - start, lineOffset: baseOffset + start,
                       lineIndex: lineIndex, into: &out)
        }
        for index in set.prefilter.overflow {
            runPattern(index, line, firstTrigger: 0, lineOffset: baseOffset + start, lineIndex: lineIndex, into: &out)
        }
        guard !lineFindings.isEmpty else { return }
        if let marker = allowMarker, holdsMarker(marker, p, start, end, count: n) { return }
        if lineFindings.count > 1 { weighTogether() }
        // By index: iterating would retain the array for the loop.
        for i in 0..<lineFindings.count {
            var finding = lineFindings[i]
            guard isReported[finding.patternIndex], finding.confidence >= minConfidence else { continue }
            finding.valueStart = out.appendValue(line.baseAddress! + (finding.column - 1), count: finding.length)
            out.findings.append(finding)
        }
    }

    /// Whether the line from `start` to `end` of the chunk `p[0..<n]` holds `marker` (not
    /// empty). A search runs from the line start through the line and at least a window past
    /// it, and its answer stands for the lines up to its first occurrence (or to where it
    /// stopped, when it found none): those lines cost a comparison or two each.
    @inline(__always)
    private func holdsMarker(_ marker: [UInt8], _ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int, count n: Int) -> Bool {
        if nextMarker < start || (nextMarker == Int.max && markerSearchEnd < end) {
            let limit = min(n, max(end, start + ChunkScanner.markerWindow))
            let found = marker.withUnsafeBufferPointer { piiscan_find(p, start, limit, $0.baseAddress!, $0.count) }
            nextMarker = found < limit ? found : Int.max
            markerSearchEnd = limit
        }
        // The first occurrence from the line start lies in the line if any does. One that
        // starts in the line but runs past its end holds the line break: no later one starts
        // and ends in the line either.
        return nextMarker != Int.max && nextMarker + marker.count <= end
    }

    /// Runs one pattern over a line and appends its validated findings to `lineFindings`. No
    /// trigger of the pattern lies before `firstTrigger`.
    private func runPattern(_ index: Int, _ line: UnsafeBufferPointer<UInt8>, firstTrigger: Int, lineOffset: Int,
                            lineIndex: Int, into out: inout ChunkFindings) {
        // `set` holds its patterns for the whole scan: borrow them without the atomic retain
        // and release per line and pattern that loading them from their arrays costs.
        patternRefs[index]._withUnsafeGuaranteedRef { pattern in
            if let triggers = triggerRefs[index] {
                triggers._withUnsafeGuaranteedRef {
                    runPattern(pattern, $0, index, line, firstTrigger: firstTrigger, lineOffset: lineOffset,
                               lineIndex: lineIndex, into: &out)
                }
            } else {
                runPattern(pattern, nil, index, line, firstTrigger: 0, lineOffset: lineOffset, lineIndex: lineIndex,
                           into: &out)
            }
        }
    }

    private func runPattern(_ pattern: CompiledPattern, _ triggers: TriggerFinder?, _ index: Int,
                            _ line: UnsafeBufferPointer<UInt8>, firstTrigger: Int, lineOffset: Int, lineIndex: Int,
                            into out: inout ChunkFindings) {
        if triggers?.digits != nil && !digitRunsBuilt { buildDigitRuns(line) }
        var trigger = firstTrigger
        var cursor = TriggerCursor()
        // The chunk search's candidate, when it is a trigger, is not searched for again.
        if let triggers, triggers.chunkCandidatesAreTriggers && chunkTriggerIndex[index] >= 0 {
            triggers.resume(&cursor, atTrigger: firstTrigger)
        }
        var position = 0
        while position < line.count {
            let (start, matchEnd): (Int, Int)
            let result = triggers.map { nextMatch(pattern.regex, $0, line, from: position, trigger: &trigger, cursor: &cursor) }
                ?? pattern.regex.firstMatch(in: line.baseAddress!, length: line.count, from: position, scratch: scratch)
            switch result {
            case .none:
                return
            case .failed:
                // The match or depth limit stopped a runaway pattern; report it, keep scanning.
                out.limitHits.append(index)
                return
            case .found(let s, let e):
                (start, matchEnd) = (s, e)
            }
            guard matchEnd > start else {
                position = start + 1
                continue
            }
            var end = matchEnd
            var confidence = pattern.definition.confidence
            if let validator = pattern.definition.validator {
                let verdict = validator.validate(UnsafeBufferPointer(rebasing: line[start..<matchEnd]))
                guard verdict.isValid else {
                    // Retry one byte further: a shorter valid value may start inside this match.
                    position = start + 1
                    continue
                }
                if let length = verdict.length { end = start + length }
                if let c = verdict.confidence { confidence = c }
            }
            position = end
            // In a table row: the table and column, whose name is context too.
            var field = -1
            var inColumn: UInt8 = 0
            if let regionIndex = lineRegion, let layoutRef {
                layoutRef._withUnsafeGuaranteedRef { layout in
                    if !fieldMapBuilt {
                        fieldMap.build(line, syntax: layout.regions[regionIndex].syntax)
                        fieldMapBuilt = true
                    }
                    if let column = fieldMap.field(at: start), column >= 0 {
                        inColumn = columnWords(column: column, pattern: index)
                        field = fieldReference(region: regionIndex, index: column, into: &out)
                    }
                }
            }
            if let rule = pattern.definition.negativeContext,
               inColumn & 2 != 0 || pattern.negativeWords.occurs(in: line.baseAddress!, from: max(0, start - rule.window), to: start) {
                continue
            }
            if let rule = pattern.definition.context {
                let found = inColumn & 1 != 0
                    || pattern.contextWords.occurs(in: line.baseAddress!, from: max(0, start - rule.window),
                                                   to: min(line.count, end + rule.window))
                if found {
                    confidence = max(confidence, rule.confidence)
                } else if rule.isRequired {
                    continue
                }
            }
            if let allowlist, allowlist.allows(UnsafeBufferPointer(rebasing: line[start..<end]), category: pattern.definition.category) {
                continue
            }
            lineFindings.append(Finding(offset: lineOffset + start, length: end - start, line: lineIndex,
                                        column: start + 1, patternIndex: index, confidence: confidence, valueStart: 0,
                                        field: field))
        }
    }

    /// The leftmost match starting at or after `position`, searched only in the windows before
    /// the pattern's triggers. `trigger` is where the search for triggers resumes: a trigger
    /// whose window held no match holds none for a later `position` either.
    @inline(__always)
    private func nextMatch(_ regex: CompiledRegex, _ triggers: TriggerFinder, _ line: UnsafeBufferPointer<UInt8>,
                           from position: Int, trigger: inout Int, cursor: inout TriggerCursor) -> MatchResult {
        var t = max(trigger, position)
        while let found = triggers.next(in: line, from: t, runs: digitRuns, hits: keywordHits, cursor: &cursor) {
            let result = regex.firstMatch(in: line.baseAddress!, length: line.count,
                                          from: max(position, triggers.windowStart(before: found, in: line)),
                                          limit: found, scratch: scratch)
            if case .none = result {
                t = found + 1
                continue
            }
            trigger = found
            return result
        }
        trigger = line.count
        return .none
    }

    /// Raises findings that escalate when the line holds a direct identifier, then drops
    /// findings that lie inside another finding (a keyword inside an email address, an IPv4
    /// address inside an IPv6 one, the same span from two patterns).
    private func weighTogether() {
        let count = lineFindings.count
        guard count > 1 else { return }
        var f = lineFindings.buffer
        if set.escalates && f.contains(where: { isIdentifier[$0.patternIndex] && $0.confidence >= .medium }) {
            for i in 0..<count {
                if let raised = withIdentifier[f[i].patternIndex] { f[i].confidence = max(f[i].confidence, raised) }
            }
        }
        if count > 16 {
            // Many, in a few sorted runs (one per pattern): merged.
            lineFindings.sort(by: Self.precedes)
            f = lineFindings.buffer
        } else {
            // A handful, each pattern's already in offset order: an insertion sort.
            for i in 1..<count {
                let x = f[i]
                var j = i
                while j > 0 && Self.precedes(x, f[j - 1]) {
                    f[j] = f[j - 1]
                    j -= 1
                }
                f[j] = x
            }
        }
        var keptEnd = Int.min
        var kept = 0
        for i in 0..<count {
            let end = f[i].offset + f[i].length
            if end <= keptEnd { continue }
            keptEnd = end
            f[kept] = f[i]
            kept += 1
        }
        lineFindings.removeLast(from: kept)
    }

    /// The order of a line's findings: by offset, then the longer, the more confident, the
    /// pattern listed first.
    @inline(__always)
    private static func precedes(_ a: Finding, _ b: Finding) -> Bool {
        if a.offset != b.offset { return a.offset < b.offset }
        if a.length != b.length { return a.length > b.length }
        if a.confidence != b.confidence { return a.confidence > b.confidence }
        return a.patternIndex < b.patternIndex
    }

    /// Whether the context words (bit 0) and the negative words (bit 1) of the pattern at
    /// `pattern` occur in the name of `column` of the current row's region (read by the line
    /// loop); 0 for a field past the named columns.
    @inline(__always)
    private func columnWords(column: Int, pattern: Int) -> UInt8 {
        let index = column * set.patterns.count + pattern
        return index < columnWords.count ? columnWords[index] : 0
    }

    /// The index in `out.fieldNames` of a region's field, added on first use.
    private func fieldReference(region: Int, index: Int, into out: inout ChunkFindings) -> Int {
        if region != refsRegion {
            if refsRegion >= 0 { parkedRefs[refsRegion] = regionRefs }
            regionRefs = parkedRefs.removeValue(forKey: region) ?? []
            refsRegion = region
        }
        let slot = min(index, 0xFFFF)
        if slot < regionRefs.count && regionRefs[slot] >= 0 { return regionRefs[slot] }
        let r = layout!.regions[region]
        out.fieldNames.append(FieldName(table: r.table, column: index < r.columns.count ? r.columns[index] : nil))
        out.fieldSyntaxes.append(r.syntax.fieldSyntax)
        if slot >= regionRefs.count { regionRefs += repeatElement(-1, count: slot + 1 - regionRefs.count) }
        regionRefs[slot] = out.fieldNames.count - 1
        return out.fieldNames.count - 1
    }
}
