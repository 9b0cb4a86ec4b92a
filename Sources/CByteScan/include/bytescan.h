#ifndef PIISCAN_BYTESCAN_H
#define PIISCAN_BYTESCAN_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#if defined(__SSE2__)
/// Bit i is set when p[i] is an ASCII digit, for the 16 bytes at p.
static inline uint64_t piiscan_digit_mask16(const uint8_t *p) {
    // v - '0' <= 9 as unsigned bytes: min(v - '0', 9) == v - '0'.
    __m128i v = _mm_sub_epi8(_mm_loadu_si128((const __m128i *)p), _mm_set1_epi8('0'));
    return (uint16_t)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(9)), v));
}
#endif

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
/// Bit i is set when byte i of x (from the lowest) is an ASCII digit: within each byte, its
/// low seven bits are at least '0' and at most '9', and its top bit is clear.
static inline uint64_t piiscan_digit_bits8(uint64_t x) {
    const uint64_t ones = 0x0101010101010101ull;
    uint64_t low = x & (0x7F * ones);
    uint64_t digits = (low + (0x80 - '0') * ones) & ((0x80 + '9') * ones - low) & ~x & (0x80 * ones);
    // Each byte's top bit to bit i of the top byte.
    return ((digits >> 7) * 0x0102040810204080ull) >> 56;
}
#endif

/// Bit i of the result is set when p[i] is an ASCII digit, for i < n; n is at most 64 and
/// only p[0..<n] is read. Inline, so that Swift callers get SSE2 code on x86-64; fewer than
/// 16 bytes are read as two overlapping words.
static inline uint64_t piiscan_digit_mask(const uint8_t *p, size_t n) {
    uint64_t mask = 0;
    size_t k = 0;
#if defined(__SSE2__)
    if (n == 64) {
        return piiscan_digit_mask16(p) | piiscan_digit_mask16(p + 16) << 16
            | piiscan_digit_mask16(p + 32) << 32 | piiscan_digit_mask16(p + 48) << 48;
    }
    for (; k + 16 <= n; k += 16) mask |= piiscan_digit_mask16(p + k) << k;
    if (k < n && n >= 16) {
        // The last 16 bytes, overlapping those done: keep the bits of bytes k..<n.
        return mask | (piiscan_digit_mask16(p + n - 16) >> (k - (n - 16))) << k;
    }
#endif
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (n < 16 && n >= 4) {
        // The first and the last eight (or four) bytes; where they overlap, their bits agree.
        uint64_t first = 0, last = 0;
        size_t w = n >= 8 ? 8 : 4;
        memcpy(&first, p, w);
        memcpy(&last, p + n - w, w);
        return piiscan_digit_bits8(first) | piiscan_digit_bits8(last) << (n - w);
    }
#endif
    for (; k < n; k++) {
        if ((uint8_t)(p[k] - '0') < 10) mask |= (uint64_t)1 << k;
    }
    return mask;
}

/// Up to eight bytes to find at once (list a byte more than once to find fewer).
typedef struct {
    uint8_t bytes[8];
} piiscan_byte_list;

#if defined(__SSE2__)
/// Bit i is set when p[i] is one of the bytes of `list`, for the 16 bytes at p.
static inline uint64_t piiscan_byte_mask16(const uint8_t *p, const piiscan_byte_list *list) {
    __m128i v = _mm_loadu_si128((const __m128i *)p);
    __m128i hits = _mm_cmpeq_epi8(v, _mm_set1_epi8((char)list->bytes[0]));
    for (int k = 1; k < 8; k++) hits = _mm_or_si128(hits, _mm_cmpeq_epi8(v, _mm_set1_epi8((char)list->bytes[k])));
    return (uint16_t)_mm_movemask_epi8(hits);
}
#endif

/// Bit i of the result is set when p[i] is one of the bytes of `list`, for i < n; n is at most
/// 64 and only p[0..<n] is read. Inline, like `piiscan_digit_mask`: the structural bytes of a
/// row (quotes, separators) found 16 bytes at a time.
static inline uint64_t piiscan_byte_mask(const uint8_t *p, size_t n, const piiscan_byte_list *list) {
    uint64_t mask = 0;
    size_t k = 0;
#if defined(__SSE2__)
    for (; k + 16 <= n; k += 16) mask |= piiscan_byte_mask16(p + k, list) << k;
    if (k < n && n >= 16) {
        return mask | (piiscan_byte_mask16(p + n - 16, list) >> (k - (n - 16))) << k;
    }
#endif
    for (; k < n; k++) {
        for (int j = 0; j < 8; j++) {
            if (p[k] == list->bytes[j]) { mask |= (uint64_t)1 << k; break; }
        }
    }
    return mask;
}

#if defined(__SSE2__)
/// `piiscan_tuple_masks` for the 16 bytes at p.
static inline void piiscan_tuple_masks16(const uint8_t *p, unsigned *single, unsigned *rare, unsigned *structure) {
    __m128i v = _mm_loadu_si128((const __m128i *)p);
    *single = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('\'')));
    *rare = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
                                                     _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
    __m128i parens = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('(')), _mm_cmpeq_epi8(v, _mm_set1_epi8(')')));
    *structure = (unsigned)_mm_movemask_epi8(_mm_or_si128(parens, _mm_cmpeq_epi8(v, _mm_set1_epi8(','))));
}
#endif

/// The bytes of SQL tuples, for i < n (n at most 64; only p[0..<n] is read): bit i of *single
/// when p[i] is `'`, of *rare when it is `"` or a backslash, of *structure when it is `(`, `)`
/// or `,`. Inline; 16 bytes at a time with SSE2.
static inline void piiscan_tuple_masks(const uint8_t *p, size_t n, uint64_t *single, uint64_t *rare,
                                       uint64_t *structure) {
    uint64_t s = 0, r = 0, t = 0;
    size_t k = 0;
#if defined(__SSE2__)
    unsigned s16, r16, t16;
    for (; k + 16 <= n; k += 16) {
        piiscan_tuple_masks16(p + k, &s16, &r16, &t16);
        s |= (uint64_t)s16 << k;
        r |= (uint64_t)r16 << k;
        t |= (uint64_t)t16 << k;
    }
    if (k < n && n >= 16) {
        // The last 16 bytes, overlapping those done: keep the bits of bytes k..<n.
        piiscan_tuple_masks16(p + n - 16, &s16, &r16, &t16);
        unsigned drop = (unsigned)(k - (n - 16));
        *single = s | (uint64_t)(s16 >> drop) << k;
        *rare = r | (uint64_t)(r16 >> drop) << k;
        *structure = t | (uint64_t)(t16 >> drop) << k;
        return;
    }
#endif
    for (; k < n; k++) {
        uint8_t b = p[k];
        s |= (uint64_t)(b == '\'') << k;
        r |= (uint64_t)(b == '"' || b == '\\') << k;
        t |= (uint64_t)(b == '(' || b == ')' || b == ',') << k;
    }
    *single = s;
    *rare = r;
    *structure = t;
}

/// `piiscan_tuple_masks` for the 64 bytes at p, with AVX2 where the CPU has it: a call, where
/// the inline version takes four 16-byte steps.
void piiscan_tuple_masks64(const uint8_t *p, uint64_t *single, uint64_t *rare, uint64_t *structure);
/// `piiscan_tuple_masks64` through the code path of `level` (see `piiscan_simd_level`).
void piiscan_tuple_masks64_at(int level, const uint8_t *p, uint64_t *single, uint64_t *rare, uint64_t *structure);

#if defined(__SSE2__)
/// Bit i is set when byte i of `v` needs a JSON escape or is not ASCII.
static inline unsigned piiscan_json_special16(__m128i v) {
    // Signed compares: bytes from 0x80 up are negative, so neither above 0x1F nor plain.
    __m128i plain = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(0x1F)), _mm_cmplt_epi8(v, _mm_set1_epi8(0x7F)));
    __m128i special = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\\')));
    return (unsigned)_mm_movemask_epi8(_mm_andnot_si128(special, plain)) ^ 0xFFFF;
}
#endif

/// The number of decimal digits of n (1 for 0). 1233 / 4096 is just over log10(2), so the
/// estimate from the bit length is the width or one less, and one comparison tells which.
static inline size_t piiscan_decimal_width(uint64_t n) {
    static const uint64_t powers[20] = {
        1ull, 10ull, 100ull, 1000ull, 10000ull, 100000ull, 1000000ull, 10000000ull, 100000000ull,
        1000000000ull, 10000000000ull, 100000000000ull, 1000000000000ull, 10000000000000ull,
        100000000000000ull, 1000000000000000ull, 10000000000000000ull, 100000000000000000ull,
        1000000000000000000ull, 10000000000000000000ull,
    };
    unsigned estimate = ((unsigned)(64 - __builtin_clzll(n | 1)) * 1233) >> 12;
    return estimate + ((n | 1) >= powers[estimate]);
}

/// The eight ASCII digits of n (n < 10^8, with leading zeros), the first in the lowest byte:
/// the halves of n in two 32-bit lanes, each split into two 2-digit numbers in 16-bit lanes,
/// each of those into two digits in bytes, with multiplications by reciprocals (10486 / 2^20
/// for / 100 below 10^4, 103 / 2^10 for / 10 below 100).
static inline __attribute__((always_inline)) uint64_t piiscan_eight_digits(uint64_t n) {
    uint64_t x = n / 10000 | (n % 10000) << 32;
    uint64_t hundreds = ((x * 10486) >> 20) & 0x0000007F0000007Full;
    x = hundreds | (x - hundreds * 100) << 16;
    uint64_t tens = ((x * 103) >> 10) & 0x000F000F000F000Full;
    x = tens | (x - tens * 10) << 8;
    return x | 0x3030303030303030ull;
}

/// Writes the last `width` of the eight digits of n (n < 10^width) at out, storing eight
/// bytes: those past `width` are left for the caller to overwrite.
static inline __attribute__((always_inline)) void piiscan_store_digits(uint64_t n, size_t width, uint8_t *out) {
    uint64_t digits = piiscan_eight_digits(n) >> (8 * (8 - width));
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    digits = __builtin_bswap64(digits);
#endif
    memcpy(out, &digits, 8);
}

/// Writes n in decimal at out, which has room for 20 bytes, and returns the number of digits:
/// one or two digits directly, more eight at a time (`piiscan_eight_digits`). Bytes past the
/// digits, up to the 20, may be written too. Inlined into its callers, where the constants
/// stay in registers.
static inline __attribute__((always_inline)) size_t piiscan_write_decimal(uint64_t n, uint8_t *out) {
    if (n < 100) {
        const uint64_t tens = (n * 103) >> 10;
        if (n < 10) {
            out[0] = (uint8_t)('0' + n);
            return 1;
        }
        out[0] = (uint8_t)('0' + tens);
        out[1] = (uint8_t)('0' + n - tens * 10);
        return 2;
    }
    const size_t width = piiscan_decimal_width(n);
    if (width <= 8) {
        piiscan_store_digits(n, width, out);
    } else if (width <= 16) {
        piiscan_store_digits(n / 100000000, width - 8, out);
        piiscan_store_digits(n % 100000000, 8, out + width - 8);
    } else {
        const uint64_t rest = n % 10000000000000000ull;
        piiscan_store_digits(n / 10000000000000000ull, width - 16, out);
        piiscan_store_digits(rest / 100000000, 8, out + width - 16);
        piiscan_store_digits(rest % 100000000, 8, out + width - 8);
    }
    return width;
}

/// How many bytes at the start of p[0..<n] stand for themselves inside a JSON string (0x20 to
/// 0x7E, but `"` and `\`): n when all do. Inline; 16 bytes at a time with SSE2, a shorter
/// value copied into a block of plain bytes first.
static inline size_t piiscan_json_plain_prefix(const uint8_t *p, size_t n) {
#if defined(__SSE2__)
    if (n < 16) {
        uint8_t block[16];
        memset(block, 'a', sizeof block);
        memcpy(block, p, n);
        unsigned bad = piiscan_json_special16(_mm_loadu_si128((const __m128i *)block));
        return bad ? (size_t)__builtin_ctz(bad) : n;
    }
    for (size_t k = 0;; k += 16) {
        if (k + 16 > n) k = n - 16;  // the last bytes, in a block overlapping those done
        unsigned bad = piiscan_json_special16(_mm_loadu_si128((const __m128i *)(p + k)));
        if (bad) return k + (size_t)__builtin_ctz(bad);
        if (k + 16 == n) return n;
    }
#else
    for (size_t k = 0; k < n; k++) {
        uint8_t b = p[k];
        if (b < 0x20 || b >= 0x7F || b == '"' || b == '\\') return k;
    }
    return n;
#endif
}

/// Finds the runs of at least `minimum` (1 to 64) ASCII digits in p[0..<n]: writes the start and
/// end (exclusive) of the first `capacity` of them, in order, to bounds[2k] and bounds[2k + 1],
/// and returns how many there are (more than `capacity`: call again with room for them all).
/// Shorter runs are passed over 64 bytes at a time, from the masks of their digits. The bytes
/// p[0..<readable] (readable >= n) may be read, so that the last block is read whole too;
/// those past n never count.
size_t piiscan_digit_runs(const uint8_t *p, size_t n, size_t readable, size_t minimum, size_t *bounds,
                          size_t capacity);

/// Bit sets by a digit run's length (`length[63]` for 63 digits or more) and by the byte
/// before it (`before[256]` at p[0]).
typedef struct {
    uint64_t length[64];
    uint64_t before[257];
} piiscan_run_classes;

/// `piiscan_digit_runs` with the digit masks made 32 bytes at a time (level 2) or 16 (below).
/// With `classes`, also writes for each run k written to `bounds` the AND of its length's and
/// its byte before's sets to bits[k].
size_t piiscan_digit_runs_at(int level, const uint8_t *p, size_t n, size_t readable, size_t minimum, size_t *bounds,
                             size_t capacity, const piiscan_run_classes *classes, uint64_t *bits);

/// Up to eight sets of bytes, told apart by their two nibbles: byte b is in set k when bit k
/// is set in both `low[b & 15]` and `high[b >> 4]`. A set of one byte is exact; a larger set
/// also holds the other combinations of its bytes' nibbles.
typedef struct {
    uint8_t low[16];
    uint8_t high[16];
} piiscan_nibble_sets;

/// Up to eight groups of three-byte sequences: position i is a candidate of group k when p[i],
/// p[i + 1] and p[i + 2] are in set k of `at[0]`, `at[1]` and `at[2]`.
typedef struct {
    piiscan_nibble_sets at[3];
} piiscan_trigram_sets;

/// The end of the line that starts at p[from]: the position of the first newline at or after
/// `from`, or n. Sets *touched to the sets that the line's bytes (before its end) touch: the
/// OR, over those bytes, of the sets each byte is in. One pass, where `memchr` and a pass over
/// the line's bytes would read them twice.
size_t piiscan_line_sets(const piiscan_nibble_sets *sets, const uint8_t *p, size_t from, size_t n, uint8_t *touched);
/// `piiscan_line_sets` through the code path of `level` (see `piiscan_simd_level`).
size_t piiscan_line_sets_at(int level, const piiscan_nibble_sets *sets, const uint8_t *p, size_t from, size_t n,
                            uint8_t *touched);

/// The slot of a three-byte key (b0 << 16 | b1 << 8 | b2), or of a four-byte one, in a table of
/// 65,536. Its bytes are ORed with 0x20 first: ASCII letters fold to lower case, and the few
/// other bytes that meet another that way ('@' and '`', say) only add candidates, which the
/// caller confirms.
static inline uint32_t piiscan_trigram_slot(uint32_t key) {
    return (uint32_t)(key * 0x9E3779B1u) >> 16;
}

/// The first position i, from <= i and i + 3 <= n, that is a candidate of `sets` and may start
/// a keyword by `present`, three tables of 65,536 bits (1,024 words each); n when there is none.
/// The first table holds the slots of the keywords' case-folded first three bytes, p[i..<i + 3]
/// must have its slot there; the second and third hold those of their first four bytes
/// (every fourth byte for a keyword of three), for keywords that may start anywhere and for
/// those that must start a word. p[i..<i + 4] must have its slot in the second, or in the third
/// when the byte before i is not a word byte (an ASCII letter or digit, or '_'). A line feed
/// stands in for p[n], and i = 0 starts a line. Reads only p[from - 1 (if from > 0)..<n].
size_t piiscan_next_trigram(const piiscan_trigram_sets *sets, const uint64_t *present,
                            const uint8_t *p, size_t from, size_t n);

/// The positions that `piiscan_next_trigram` finds in p[from..<n], in order, found in one
/// search: writes the first `capacity` (at least 1) of them to `out` and returns how many it
/// wrote. Fewer than `capacity`: there are no more; otherwise the search goes on after the last.
size_t piiscan_trigram_candidates(const piiscan_trigram_sets *sets, const uint64_t *present, const uint8_t *p,
                                  size_t from, size_t n, size_t *out, size_t capacity);

/// A byte class for `piiscan_sequence`: its members (bit b of members[b >> 6]) and, for the
/// 16-bytes-at-a-time test, either a range low...low + span (kind 1, or its complement: kind 2)
/// or nibble sets (kind 3, or their complement: kind 4). Kind 0: any byte. The test must hold
/// exactly the members: a position that passes it is a match, not confirmed again.
typedef struct {
    uint64_t members[4];
    piiscan_nibble_sets sets;
    uint8_t kind;
    uint8_t low;
    uint8_t span;
    uint8_t edge;  // whether a line edge (no byte) counts as in the class
} piiscan_byte_class;

/// A class of a sequence made ready for 16 or 32 bytes at a time (`piiscan_prepare_sequence`).
typedef struct {
    uint8_t a[32], b[32];  // kinds 1 and 2: low and span in every byte; kinds 3 and 4: the nibble sets, twice
    uint32_t flip;         // all ones for kinds 2 and 4 (the complement of the range or sets), else 0
    int32_t kind;
    int32_t offset;        // where its byte lies from the position tested
} piiscan_class_test;

/// One to four byte classes that follow one another (classes[1...count]), with the class of the
/// byte before them (classes[0]) and after them (classes[count + 1]). `tests` are filled in by
/// `piiscan_prepare_sequence`.
typedef struct {
    piiscan_byte_class classes[6];
    uint32_t count;
    piiscan_class_test tests[6];
    uint32_t tests_count;
    uint8_t shares[6];  // per test, the first test with the same class: its bytes are classified once
    // The 64-byte windows of the AVX2 search classify bytes with nibble tables alone: per
    // distinct class of the tests, exact nibble sets of the class or of its complement (twice,
    // for both lanes), and `window_flip` all ones for the class itself, 0 for the complement.
    // A byte is in the sets when its low nibble's entry has the bit of its high nibble, which
    // `window_high` gives (the same for every class: its lookup is made once per window).
    // `window_class[k]` is test k's distinct class; `window_classes` is their number, 0 when
    // some class has no such sets (no `ByteClass`: then 32-byte blocks do the whole search).
    uint8_t window_low[6][32], window_high[32];
    uint32_t window_flip[6];
    uint8_t window_class[6];
    uint32_t window_classes;
} piiscan_sequence;

/// Fills in the `tests` (and the window tables) of a sequence whose classes are set: the
/// classes other than kind 0, in the order they are tried.
void piiscan_prepare_sequence(piiscan_sequence *sequence);

/// The first position i >= from with i + count <= n where p[i + k] is in class k + 1 for
/// every k, and the bytes before and after are in their classes (a line edge counting as
/// `edge` says); n when there is none.
size_t piiscan_next_sequence(const piiscan_sequence *sequence, const uint8_t *p, size_t from, size_t n);

/// The first position i, from <= i < n, of a dot that starts the IPv4 shape in p[0..<n]: a
/// digit before it, then twice 1-3 digits and a dot, then a digit (the trigger of the IPv4
/// pattern, `TriggerShape.ipv4`); n when there is none. Dots are searched for one by one up
/// to the first between digits, then 54 positions at a time from masks of the digits and dots
/// of 64 bytes. Reads only p[0..<n].
size_t piiscan_next_ipv4_dot(const uint8_t *p, size_t from, size_t n);

/// The first position i, from <= i < n, of a colon that starts the IPv6 shape in p[0..<n]: a
/// hex digit or colon after it, and the run of hex digits, colons and dots from it holds "::"
/// or six colons within 64 bytes (the trigger of the IPv6 pattern, `TriggerShape.ipv6`); n
/// when there is none. Colons with a hex digit or colon after them are found 32 at a time
/// with AVX2; a colon whose run fails the shape rules out the other colons of the run.
size_t piiscan_next_ipv6_colon(const uint8_t *p, size_t from, size_t n);

/// The first position i >= from with i + m <= n where p[i..<i + m] equals needle[0..<m]; n
/// when there is none (m >= 1). Candidates are the positions where both the first and the
/// last byte of the needle match, 32 or 16 at a time; each is then compared in full.
size_t piiscan_find(const uint8_t *p, size_t from, size_t n, const uint8_t *needle, size_t m);

/// The offsets just after each occurrence of `byte` in p[0..<n], in order: writes the first
/// `capacity` of them to `offsets` and returns how many there are (more than `capacity`: call
/// again with room for them all).
size_t piiscan_offsets_after(const uint8_t *p, size_t n, uint8_t byte, size_t *offsets, size_t capacity);
/// `piiscan_offsets_after` 32 bytes at a time (level 2), 16 (level 1) or one by one (level 0).
size_t piiscan_offsets_after_at(int level, const uint8_t *p, size_t n, uint8_t byte, size_t *offsets,
                                size_t capacity);
/// Writes the report mask of the email address v[0..<n] to out[0..<n] and returns n: the first
/// byte, the '@' and the dots of the domain kept, every byte of the local part after its first
/// and every byte of a domain label after its first turned to '*', the last label (from the
/// last dot) kept whole. Returns 0, writing nothing, when n is 0 or over 64 or when the first
/// '@' is not after the first byte: the caller masks those otherwise.
size_t piiscan_mask_email(const uint8_t *v, size_t n, uint8_t *out);
/// The phone validator's verdict on the value v[0..<n], from masks of its digits, spaces and
/// dots: -1 rejects, n accepts it whole, a shorter length accepts that prefix (a number
/// followed by a space and a dotted part such as an IP address). Returns -2, deciding nothing,
/// when n is 0 or over 32: the caller reads those byte by byte.
int64_t piiscan_phone_verdict(const uint8_t *v, size_t n);

/// Whether the ASCII digits `digits[0..<n]` pass the Luhn check: from the last digit, every
/// second one doubled (less 9 when that passes 9), and the sum a multiple of 10; none is no
/// number. Up to 32 digits 16 at a time, more one by one.
int piiscan_passes_luhn(const uint8_t *digits, size_t n);
/// The code path of the SIMD scans of this header on this processor: 2 with AVX2, 1 with SSSE3,
/// 0 for plain C. The `_at` variants take a level (capped at this one), so that tests run each
/// path and compare them; the plain names use the best.
int piiscan_simd_level(void);
size_t piiscan_next_trigram_at(int level, const piiscan_trigram_sets *sets, const uint64_t *present,
                               const uint8_t *p, size_t from, size_t n);
size_t piiscan_trigram_candidates_at(int level, const piiscan_trigram_sets *sets, const uint64_t *present,
                                     const uint8_t *p, size_t from, size_t n, size_t *out, size_t capacity);
size_t piiscan_next_sequence_at(int level, const piiscan_sequence *sequence, const uint8_t *p, size_t from, size_t n);
/// `piiscan_next_ipv4_dot` with the digit and dot masks made 32 bytes at a time (level 2) or
/// 16 (below).
size_t piiscan_next_ipv4_dot_at(int level, const uint8_t *p, size_t from, size_t n);
/// `piiscan_find` 32 positions at a time (level 2), 16 (level 1) or one by one (level 0).
size_t piiscan_find_at(int level, const uint8_t *p, size_t from, size_t n, const uint8_t *needle, size_t m);
/// `piiscan_next_ipv6_colon` with colons found 32 at a time (level 2) or one by one (below).
size_t piiscan_next_ipv6_colon_at(int level, const uint8_t *p, size_t from, size_t n);
#endif
