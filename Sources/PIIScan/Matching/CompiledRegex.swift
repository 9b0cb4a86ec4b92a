import CPCRE2

/// A PCRE2 pattern compiled once, JIT-compiled when the platform allows, and shared
/// read-only by all scanning threads.
///
/// Patterns are compiled in byte mode (no `PCRE2_UTF`, no `PCRE2_UCP`): classes are ASCII,
/// any byte sequence is a valid subject, and no UTF check runs per match.
public final class CompiledRegex: @unchecked Sendable {
    // PCRE2 compiled code is immutable after compilation and documented as safe to share
    // between threads; only match data, contexts and JIT stacks are per thread.
    let code: OpaquePointer
    /// Whether the JIT compiled the pattern.
    public let isJIT: Bool
    /// Whether matches can be limited to start before an offset (`firstMatch(limit:)`).
    let usesOffsetLimit: Bool

    /// Compiles `pattern`; throws with PCRE2's message and the offset of the error.
    /// - Parameter offsetLimit: allow `firstMatch(limit:)`.
    public init(_ pattern: String, offsetLimit: Bool = false) throws {
        var errorCode: Int32 = 0
        var errorOffset = 0
        let bytes = Array(pattern.utf8)
        let compiled = bytes.withUnsafeBufferPointer { buffer in
            pcre2_compile_8(buffer.baseAddress, buffer.count, offsetLimit ? PCRE2_USE_OFFSET_LIMIT : 0, &errorCode, &errorOffset, nil)
        }
        guard let compiled else {
            throw RegexError(message: CompiledRegex.message(for: errorCode), offset: errorOffset)
        }
        code = compiled
        usesOffsetLimit = offsetLimit
        isJIT = pcre2_jit_compile_8(compiled, UInt32(PCRE2_JIT_COMPLETE)) == 0
    }

    deinit { pcre2_code_free_8(code) }

    static func message(for code: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let n = pcre2_get_error_message_8(code, &buffer, buffer.count)
        return n > 0 ? String(decoding: buffer[0..<Int(n)], as: UTF8.self) : "PCRE2 error \(code)"
    }

    /// Searches `subject[start...]` for the first match, using the caller's scratch.
    @inline(__always)
    func firstMatch(in subject: UnsafePointer<UInt8>, length: Int, from start: Int, scratch: MatchScratch) -> MatchResult {
        let rc = isJIT
            ? pcre2_jit_match_8(code, subject, length, start, 0, scratch.matchData, scratch.context)
            : pcre2_match_8(code, subject, length, start, 0, scratch.matchData, scratch.context)
        return result(rc, scratch)
    }

    /// Searches `subject[start...]` for the first match that starts at or before `limit`.
    /// The pattern must have been compiled with `offsetLimit`.
    @inline(__always)
    func firstMatch(in subject: UnsafePointer<UInt8>, length: Int, from start: Int, limit: Int,
                    scratch: MatchScratch) -> MatchResult {
        assert(usesOffsetLimit, "an offset limit needs a pattern compiled with offsetLimit")
        pcre2_set_offset_limit_8(scratch.limitedContext, limit)
        let rc = isJIT
            ? pcre2_jit_match_8(code, subject, length, start, 0, scratch.matchData, scratch.limitedContext)
            : pcre2_match_8(code, subject, length, start, 0, scratch.matchData, scratch.limitedContext)
        return result(rc, scratch)
    }

    @inline(__always)
    private func result(_ rc: Int32, _ scratch: MatchScratch) -> MatchResult {
        if rc == PCRE2_ERROR_NOMATCH { return .none }
        if rc < 0 { return .failed(rc) }
        let ovector = scratch.ovector
        return .found(ovector[0], ovector[1])
    }

    /// Whether the pattern matches anywhere in `bytes` (a convenience, not for the hot path).
    public func matches(_ bytes: [UInt8]) -> Bool {
        let scratch = MatchScratch()
        return bytes.withUnsafeBufferPointer { buf in
            let base = buf.baseAddress ?? UnsafePointer(bitPattern: 1)!
            if case .found = firstMatch(in: base, length: buf.count, from: 0, scratch: scratch) { return true }
            return false
        }
    }
}

/// A failed compilation.
public struct RegexError: Error, CustomStringConvertible {
    public var message: String
    public var offset: Int
    public var description: String { "\(message) at offset \(offset)" }
}

enum MatchResult {
    case none
    case found(Int, Int)
    /// A PCRE2 error code, such as the match limit (`PCRE2_ERROR_MATCHLIMIT`).
    case failed(Int32)
}

/// Per-thread PCRE2 scratch: match data, a match context with limits, and a JIT stack.
/// Never shared between threads.
final class MatchScratch {
    /// Limits that stop catastrophic backtracking in a user's pattern on one line.
    static let matchLimit: UInt32 = 5_000_000
    static let depthLimit: UInt32 = 100_000

    let matchData: OpaquePointer
    let context: OpaquePointer
    /// The same limits and JIT stack, and an offset limit set per call.
    let limitedContext: OpaquePointer
    let jitStack: OpaquePointer?
    let ovector: UnsafeMutablePointer<Int>

    init() {
        matchData = pcre2_match_data_create_8(16, nil)!
        context = pcre2_match_context_create_8(nil)!
        pcre2_set_match_limit_8(context, MatchScratch.matchLimit)
        pcre2_set_depth_limit_8(context, MatchScratch.depthLimit)
        jitStack = pcre2_jit_stack_create_8(32 * 1024, 1024 * 1024, nil)
        if let jitStack { pcre2_jit_stack_assign_8(context, nil, UnsafeMutableRawPointer(jitStack)) }
        limitedContext = pcre2_match_context_copy_8(context)!
        ovector = pcre2_get_ovector_pointer_8(matchData)
    }

    deinit {
        pcre2_match_data_free_8(matchData)
        pcre2_match_context_free_8(context)
        pcre2_match_context_free_8(limitedContext)
        if let jitStack { pcre2_jit_stack_free_8(jitStack) }
    }
}
