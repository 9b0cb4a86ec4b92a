// Byte scans with nibble tables (the "shufti" and "Teddy" techniques of Hyperscan): each byte
// is split into its two nibbles, each nibble looks up a byte of set bits, and the two are
// ANDed, 16 bytes at a time with SSSE3's PSHUFB, 32 with AVX2's where the processor has it
// (the tables repeated in both 128-bit lanes). Plain C elsewhere, with the same results.
#include "bytescan.h"

static inline uint8_t sets_of(const piiscan_nibble_sets *s, uint8_t b) {
    return s->low[b & 15] & s->high[b >> 4];
}

static size_t line_sets_scalar(const piiscan_nibble_sets *sets, const uint8_t *p, size_t from, size_t n,
                               uint8_t *touched) {
    uint8_t bits = 0;
    size_t i = from;
    for (; i < n && p[i] != '\n'; i++) bits |= sets_of(sets, p[i]);
    *touched = bits;
    return i;
}

/// Whether position i of p[0..<n] (i + 3 <= n) may start a keyword of `present`
/// (`piiscan_next_trigram`): the slot of its trigram is in the first table, and the slot of its
/// four bytes (a line feed standing in for a fourth past n) in the second, or in the third when
/// the byte before (none at 0) is not a word byte. The trigram is looked up without a branch,
/// since most positions tested fail there; the four bytes only for those that pass.
static inline int slot_present(const uint64_t *present, const uint8_t *p, size_t i, size_t n) {
    uint32_t key = (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8 | p[i + 2];
    uint32_t slot = piiscan_trigram_slot(key | 0x202020);
    if (!((present[slot >> 6] >> (slot & 63)) & 1)) return 0;
    uint32_t fourth = i + 3 < n ? p[i + 3] : '\n';
    uint32_t quad = piiscan_trigram_slot((key << 8 | fourth) | 0x20202020u);
    uint8_t b = i > 0 ? p[i - 1] : ' ';
    // As `LinePrefilter.isWordByte`: an ASCII letter or digit, or '_'.
    uint64_t word = (uint8_t)((b | 0x20) - 'a') < 26 || (uint8_t)(b - '0') < 10 || b == '_';
    uint64_t quads = present[1024 + (quad >> 6)] | (present[2048 + (quad >> 6)] & (word - 1));
    return (int)((quads >> (quad & 63)) & 1);
}

static size_t next_trigram_scalar(const piiscan_trigram_sets *t, const uint64_t *present,
                                  const uint8_t *p, size_t from, size_t n) {
    for (size_t i = from; i + 3 <= n; i++) {
        if ((sets_of(&t->at[0], p[i]) & sets_of(&t->at[1], p[i + 1]) & sets_of(&t->at[2], p[i + 2]))
            && slot_present(present, p, i, n)) return i;
    }
    return n;
}

typedef size_t (*trigram_search)(const piiscan_trigram_sets *, const uint64_t *, const uint8_t *, size_t, size_t);

/// `piiscan_trigram_candidates` through one search per candidate.
static size_t trigram_candidates_by(trigram_search next, const piiscan_trigram_sets *t, const uint64_t *present,
                                    const uint8_t *p, size_t from, size_t n, size_t *out, size_t capacity) {
    size_t count = 0;
    while (count < capacity) {
        size_t i = next(t, present, p, from, n);
        if (i + 3 > n) break;
        out[count++] = i;
        from = i + 1;
    }
    return count;
}

static inline int class_holds(const piiscan_byte_class *c, const uint8_t *p, long i, size_t n) {
    if (i < 0 || (size_t)i >= n) return c->edge;
    uint8_t b = p[i];
    return (int)((c->members[b >> 6] >> (b & 63)) & 1);
}

static inline int sequence_at(const piiscan_sequence *s, const uint8_t *p, size_t i, size_t n) {
    for (uint32_t j = 0; j <= s->count + 1; j++) {
        if (!class_holds(&s->classes[j], p, (long)i + (long)j - 1, n)) return 0;
    }
    return 1;
}

static size_t next_sequence_scalar(const piiscan_sequence *s, const uint8_t *p, size_t from, size_t n) {
    for (size_t i = from; i + s->count <= n; i++) {
        if (sequence_at(s, p, i, n)) return i;
    }
    return n;
}

void piiscan_prepare_sequence(piiscan_sequence *s) {
    // The first of the sequence's own classes, then the byte before (which rules out most
    // candidates in digits: a trunk 0 inside a number), the others, and the byte after.
    const uint32_t last = s->count + 1;
    uint32_t order[6], count = 0;
    order[count++] = 1;
    order[count++] = 0;
    for (uint32_t j = 2; j <= last; j++) order[count++] = j;
    s->tests_count = 0;
    for (uint32_t k = 0; k < count; k++) {
        const piiscan_byte_class *c = &s->classes[order[k]];
        if (!c->kind) continue;
        piiscan_class_test *t = &s->tests[s->tests_count++];
        t->kind = c->kind;
        t->offset = (int32_t)order[k] - 1;
        t->flip = c->kind == 2 || c->kind == 4 ? 0xFFFFFFFFu : 0;
        for (int b = 0; b < 32; b++) {
            t->a[b] = c->kind >= 3 ? c->sets.low[b & 15] : c->low;
            t->b[b] = c->kind >= 3 ? c->sets.high[b & 15] : c->span;
        }
    }
    for (uint32_t k = 0; k < s->tests_count; k++) {
        const piiscan_class_test *t = &s->tests[k];
        uint32_t first = k;
        for (uint32_t j = 0; j < k && first == k; j++) {
            const piiscan_class_test *u = &s->tests[j];
            if (u->kind == t->kind && memcmp(u->a, t->a, 32) == 0 && memcmp(u->b, t->b, 32) == 0) first = j;
        }
        s->shares[k] = (uint8_t)first;
    }
    // The window tables: a class of ASCII bytes is its nibble sets (one per high nibble, so
    // exact), a class that holds every byte from 0x80 the sets of its complement.
    s->window_classes = 0;
    for (uint32_t k = 0; k < s->tests_count; k++) {
        if (s->shares[k] != k) {
            s->window_class[k] = s->window_class[s->shares[k]];
            continue;
        }
        const piiscan_byte_class *c = &s->classes[s->tests[k].offset + 1];
        int high_none = c->members[2] == 0 && c->members[3] == 0;
        int high_all = c->members[2] == ~(uint64_t)0 && c->members[3] == ~(uint64_t)0;
        if (!high_none && !high_all) {
            s->window_classes = 0;
            return;
        }
        uint32_t d = s->window_classes++;
        s->window_class[k] = (uint8_t)d;
        s->window_flip[d] = high_none ? 0xFFFFFFFFu : 0;
        memset(s->window_low[d], 0, 32);
        for (int b = 0; b < 128; b++) {
            int member = (int)(c->members[b >> 6] >> (b & 63) & 1);
            if (member == high_none) {  // in the class itself, or in its complement
                s->window_low[d][b & 15] |= (uint8_t)(1u << (b >> 4));
                s->window_low[d][16 + (b & 15)] |= (uint8_t)(1u << (b >> 4));
            }
        }
    }
    memset(s->window_high, 0, 32);
    for (int h = 0; h < 8; h++) s->window_high[h] = s->window_high[16 + h] = (uint8_t)(1u << h);
}

#if defined(__x86_64__)
#include <cpuid.h>
#include <tmmintrin.h>
#include <immintrin.h>

#define SSSE3 __attribute__((target("ssse3")))

static int has_ssse3 = 0;
static int has_avx2 = 0;

__attribute__((constructor)) static void detect_ssse3(void) {
    unsigned a, b, c, d;
    has_ssse3 = __get_cpuid(1, &a, &b, &c, &d) && (c & bit_SSSE3);
    has_avx2 = __builtin_cpu_supports("avx2");
}

/// The set bits of each of 16 bytes.
SSSE3 static inline __m128i sets_of16(__m128i v, __m128i low, __m128i high) {
    const __m128i nibble = _mm_set1_epi8(0x0F);
    __m128i l = _mm_shuffle_epi8(low, _mm_and_si128(v, nibble));
    __m128i h = _mm_shuffle_epi8(high, _mm_and_si128(_mm_srli_epi16(v, 4), nibble));
    return _mm_and_si128(l, h);
}

/// The OR of the 16 bytes of `acc`.
SSSE3 static inline uint8_t or_bytes16(__m128i acc) {
    acc = _mm_or_si128(acc, _mm_srli_si128(acc, 8));
    acc = _mm_or_si128(acc, _mm_srli_si128(acc, 4));
    acc = _mm_or_si128(acc, _mm_srli_si128(acc, 2));
    acc = _mm_or_si128(acc, _mm_srli_si128(acc, 1));
    return (uint8_t)_mm_cvtsi128_si32(acc);
}

SSSE3 static size_t line_sets_ssse3(const piiscan_nibble_sets *sets, const uint8_t *p, size_t from, size_t n,
                                    uint8_t *touched) {
    const __m128i low = _mm_loadu_si128((const __m128i *)sets->low);
    const __m128i high = _mm_loadu_si128((const __m128i *)sets->high);
    const __m128i newline = _mm_set1_epi8('\n');
    const __m128i index = _mm_setr_epi8(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
    __m128i acc = _mm_setzero_si128();
    size_t i = from;
    for (; i + 16 <= n; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(p + i));
        __m128i in = sets_of16(v, low, high);
        unsigned lines = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, newline));
        if (lines) {
            int k = __builtin_ctz(lines);
            // Only the bytes before the newline: those whose index is below k.
            acc = _mm_or_si128(acc, _mm_and_si128(in, _mm_cmpgt_epi8(_mm_set1_epi8((char)k), index)));
            *touched = or_bytes16(acc);
            return i + (size_t)k;
        }
        acc = _mm_or_si128(acc, in);
    }
    // The last bytes of the buffer, fewer than 16.
    size_t end = line_sets_scalar(sets, p, i, n, touched);
    *touched |= or_bytes16(acc);
    return end;
}

/// Bit j set when position i + j is a candidate, for the 16 positions from i (reads p[i..<i + 18]).
SSSE3 static inline unsigned trigram_block(const __m128i tables[6], const uint8_t *p, size_t i) {
    __m128i a = sets_of16(_mm_loadu_si128((const __m128i *)(p + i)), tables[0], tables[1]);
    __m128i b = sets_of16(_mm_loadu_si128((const __m128i *)(p + i + 1)), tables[2], tables[3]);
    __m128i c = sets_of16(_mm_loadu_si128((const __m128i *)(p + i + 2)), tables[4], tables[5]);
    __m128i all = _mm_and_si128(_mm_and_si128(a, b), c);
    return ~(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(all, _mm_setzero_si128())) & 0xFFFF;
}

/// The first candidate among the positions i + j of `hits` (bit j), or -1.
static inline long first_present(unsigned hits, const uint64_t *present, const uint8_t *p, size_t i, size_t n) {
    while (hits) {
        size_t j = i + (size_t)__builtin_ctz(hits);
        if (slot_present(present, p, j, n)) return (long)j;
        hits &= hits - 1;
    }
    return -1;
}

SSSE3 static size_t next_trigram_ssse3(const piiscan_trigram_sets *t, const uint64_t *present,
                                       const uint8_t *p, size_t from, size_t n) {
    if (from >= n || n - from < 18) return next_trigram_scalar(t, present, p, from, n);
    __m128i tables[6];
    for (int k = 0; k < 3; k++) {
        tables[2 * k] = _mm_loadu_si128((const __m128i *)t->at[k].low);
        tables[2 * k + 1] = _mm_loadu_si128((const __m128i *)t->at[k].high);
    }
    size_t i = from;
    for (; i + 18 <= n; i += 16) {
        unsigned hits = trigram_block(tables, p, i);
        long found = hits ? first_present(hits, present, p, i, n) : -1;
        if (found >= 0) return (size_t)found;
    }
    if (i + 2 < n) {
        // The last positions, in a block that ends at n and overlaps the ones seen.
        size_t last = n - 18;
        unsigned hits = trigram_block(tables, p, last) >> (i - last);
        long found = hits ? first_present(hits, present, p, i, n) : -1;
        if (found >= 0) return (size_t)found;
    }
    return n;
}

#define AVX2 __attribute__((target("avx2")))

/// `sets_of16` for 32 bytes: the tables are the same in both 128-bit lanes.
AVX2 static inline __m256i sets_of32(__m256i v, __m256i low, __m256i high) {
    const __m256i nibble = _mm256_set1_epi8(0x0F);
    __m256i l = _mm256_shuffle_epi8(low, _mm256_and_si256(v, nibble));
    __m256i h = _mm256_shuffle_epi8(high, _mm256_and_si256(_mm256_srli_epi16(v, 4), nibble));
    return _mm256_and_si256(l, h);
}

/// `trigram_block` for the 32 positions from i (reads p[i..<i + 34]).
AVX2 static inline uint32_t trigram_block32(const __m256i tables[6], const uint8_t *p, size_t i) {
    __m256i a = sets_of32(_mm256_loadu_si256((const __m256i *)(p + i)), tables[0], tables[1]);
    __m256i b = sets_of32(_mm256_loadu_si256((const __m256i *)(p + i + 1)), tables[2], tables[3]);
    __m256i c = sets_of32(_mm256_loadu_si256((const __m256i *)(p + i + 2)), tables[4], tables[5]);
    __m256i all = _mm256_and_si256(_mm256_and_si256(a, b), c);
    return ~(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(all, _mm256_setzero_si256()));
}

/// Writes the candidates among the positions i + j of `hits` (bit j) to out[*count...], up to
/// `capacity`: returns 0 when it is reached, 1 otherwise. Each position is written, and the
/// count moves on only when its slot is present, so that the common miss costs no branch.
static inline int collect_present(uint32_t hits, const uint64_t *present, const uint8_t *p, size_t i, size_t n,
                                  size_t *out, size_t *count, size_t capacity) {
    size_t c = *count;
    while (hits) {
        size_t j = i + (size_t)__builtin_ctz(hits);
        hits &= hits - 1;
        out[c] = j;
        c += (size_t)slot_present(present, p, j, n);
        if (c == capacity) break;
    }
    *count = c;
    return c < capacity;
}

/// `piiscan_trigram_candidates` 32 positions at a time, the last ones in an overlapping block;
/// fewer than 34 bytes go through `next_trigram_ssse3`.
AVX2 static size_t trigram_candidates_avx2(const piiscan_trigram_sets *t, const uint64_t *present,
                                           const uint8_t *p, size_t from, size_t n, size_t *out, size_t capacity) {
    if (capacity == 0) return 0;
    if (from >= n || n - from < 34) {
        return trigram_candidates_by(next_trigram_ssse3, t, present, p, from, n, out, capacity);
    }
    __m256i tables[6];
    for (int k = 0; k < 3; k++) {
        tables[2 * k] = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)t->at[k].low));
        tables[2 * k + 1] = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)t->at[k].high));
    }
    size_t count = 0, i = from;
    for (; i + 34 <= n; i += 32) {
        uint32_t hits = trigram_block32(tables, p, i);
        if (hits && !collect_present(hits, present, p, i, n, out, &count, capacity)) return count;
    }
    if (i + 2 < n) {
        // The last positions, in a block that ends at n and overlaps the ones seen.
        size_t last = n - 34;
        uint32_t hits = trigram_block32(tables, p, last) >> (i - last);
        if (hits) collect_present(hits, present, p, i, n, out, &count, capacity);
    }
    return count;
}

/// `next_trigram_ssse3` 32 positions at a time: the first candidate that
/// `trigram_candidates_avx2` finds.
AVX2 static size_t next_trigram_avx2(const piiscan_trigram_sets *t, const uint64_t *present,
                                     const uint8_t *p, size_t from, size_t n) {
    size_t first;
    return trigram_candidates_avx2(t, present, p, from, n, &first, 1) ? first : n;
}

/// Bit j set when byte j of `v` is in the class (not of kind 0).
SSSE3 static inline unsigned class_mask16(const piiscan_class_test *c, __m128i v) {
    __m128i a = _mm_loadu_si128((const __m128i *)c->a), b = _mm_loadu_si128((const __m128i *)c->b);
    unsigned flip = c->flip & 0xFFFF;
    if (c->kind >= 3) {
        __m128i in = sets_of16(v, a, b);
        return ((unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(in, _mm_setzero_si128())) ^ 0xFFFF) ^ flip;
    }
    // v - low <= span as unsigned bytes: min(d, span) == d.
    __m128i d = _mm_sub_epi8(v, a);
    return (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(d, b), d)) ^ flip;
}

/// The first position of i..<i + 16 (those of `wanted`) where the sequence is, or n.
SSSE3 static inline size_t sequence_block(const piiscan_class_test *classes, int used,
                                          const uint8_t *p, size_t i, unsigned wanted, size_t n) {
    unsigned hits = wanted & class_mask16(&classes[0], _mm_loadu_si128((const __m128i *)(p + i + classes[0].offset)));
    for (int k = 1; k < used && hits; k++) {
        hits &= class_mask16(&classes[k], _mm_loadu_si128((const __m128i *)(p + i + classes[k].offset)));
    }
    return hits ? i + (size_t)__builtin_ctz(hits) : n;
}

SSSE3 static size_t next_sequence_ssse3(const piiscan_sequence *s, const uint8_t *p, size_t from, size_t n) {
    const size_t last = s->count + 1;  // the class of the byte after
    const piiscan_class_test *classes = s->tests;
    const int used = (int)s->tests_count;
    size_t i = from;
    if (i == 0) {  // the byte before is the line edge
        if (n >= s->count && sequence_at(s, p, 0, n)) return 0;
        i = 1;
    }
    // Block i tests positions i..<i + 16: the class at offset o reads p[i + o ..< i + o + 16].
    for (; i + last + 15 <= n; i += 16) {
        size_t found = sequence_block(classes, used, p, i, 0xFFFF, n);
        if (found != n) return found;
    }
    // The last positions whose bytes all lie in the line, in a block that ends there and
    // overlaps the ones seen; then the position whose byte after is the line edge.
    if (i + last + 15 > n && n >= last + 16) {
        size_t start = n - last - 15;
        size_t found = i <= start + 15 ? sequence_block(classes, used, p, start, 0xFFFF << (i - start) & 0xFFFF, n) : n;
        if (found != n) return found;
        i = start + 16 > i ? start + 16 : i;
    }
    return next_sequence_scalar(s, p, i, n);
}

/// `class_mask16` for 32 bytes.
AVX2 static inline uint32_t class_mask32(const piiscan_class_test *c, __m256i v) {
    __m256i a = _mm256_loadu_si256((const __m256i *)c->a), b = _mm256_loadu_si256((const __m256i *)c->b);
    if (c->kind >= 3) {
        __m256i in = sets_of32(v, a, b);
        return ~(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(in, _mm256_setzero_si256())) ^ c->flip;
    }
    __m256i d = _mm256_sub_epi8(v, a);
    return (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_min_epu8(d, b), d)) ^ c->flip;
}

/// `sequence_block` for the 32 positions from i.
AVX2 static inline size_t sequence_block32(const piiscan_class_test *classes, int used,
                                           const uint8_t *p, size_t i, uint32_t wanted, size_t n) {
    uint32_t hits = wanted & class_mask32(&classes[0], _mm256_loadu_si256((const __m256i *)(p + i + classes[0].offset)));
    for (int k = 1; k < used && hits; k++) {
        hits &= class_mask32(&classes[k], _mm256_loadu_si256((const __m256i *)(p + i + classes[k].offset)));
    }
    return hits ? i + (size_t)__builtin_ctz(hits) : n;
}

/// The first position from i (i > 0) whose sequence lies in a window of 64 bytes from i - 1
/// read whole, each distinct class's bytes classified once, from nibble tables (`window_low`,
/// `window_high`; the nibbles of the window's bytes are taken once for all classes): position
/// i + j passes a test whose byte lies at offset o when bit j + o + 1 of its class's mask is
/// set, so each window tests the 64 - (count + 1) positions whose bytes all lie in it. Sets
/// `found` and returns the position, or returns the first position not tested (its window
/// would pass n). `classes` (distinct) and `used` (tests) are constants in each instance, so
/// the tables stay in registers and the loops unroll.
AVX2 __attribute__((always_inline)) static inline size_t sequence_windows64(const piiscan_sequence *s,
        const uint8_t *p, size_t i, size_t n, const int classes, const int used, int *found) {
    const unsigned positions = 64 - (s->count + 1);
    const uint64_t all = ((uint64_t)1 << positions) - 1;
    const __m256i nibble = _mm256_set1_epi8(0x0F), zero = _mm256_setzero_si256();
    const __m256i high = _mm256_loadu_si256((const __m256i *)s->window_high);
    __m256i low[6];
    for (int d = 0; d < classes; d++) low[d] = _mm256_loadu_si256((const __m256i *)s->window_low[d]);
    for (; i + 63 <= n; i += positions) {
        __m256i v0 = _mm256_loadu_si256((const __m256i *)(p + i - 1));
        __m256i v1 = _mm256_loadu_si256((const __m256i *)(p + i + 31));
        __m256i l0 = _mm256_and_si256(v0, nibble), l1 = _mm256_and_si256(v1, nibble);
        __m256i h0 = _mm256_shuffle_epi8(high, _mm256_and_si256(_mm256_srli_epi16(v0, 4), nibble));
        __m256i h1 = _mm256_shuffle_epi8(high, _mm256_and_si256(_mm256_srli_epi16(v1, 4), nibble));
        uint64_t masks[6];
        for (int d = 0; d < classes; d++) {
            __m256i in0 = _mm256_and_si256(_mm256_shuffle_epi8(low[d], l0), h0);
            __m256i in1 = _mm256_and_si256(_mm256_shuffle_epi8(low[d], l1), h1);
            uint64_t out = (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(in0, zero))
                | (uint64_t)(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(in1, zero)) << 32;
            masks[d] = out ^ ((uint64_t)s->window_flip[d] << 32 | s->window_flip[d]);
        }
        uint64_t hits = all;
        for (int k = 0; k < used; k++) hits &= masks[s->window_class[k]] >> (s->tests[k].offset + 1);
        if (hits) {
            *found = 1;
            return i + (size_t)__builtin_ctzll(hits);
        }
    }
    return i;
}

/// `next_sequence_ssse3` 32 positions at a time, the last ones in an overlapping block; lines
/// too short for one block go to it.
AVX2 static size_t next_sequence_avx2(const piiscan_sequence *s, const uint8_t *p, size_t from, size_t n) {
    const size_t last = s->count + 1;
    size_t i = from;
    if (i == 0) {
        if (n >= s->count && sequence_at(s, p, 0, n)) return 0;
        i = 1;
    }
    if (i + last + 31 <= n) {
        const piiscan_class_test *classes = s->tests;
        const int used = (int)s->tests_count;
        int hit = 0;
        // The counts as constants (each test has one class, each class at least one test:
        // classes <= used <= 6). Without window tables, the blocks below do it all.
        switch (s->window_classes * 8 + (uint32_t)used) {
#define WINDOWS(c, u) case c * 8 + u: i = sequence_windows64(s, p, i, n, c, u, &hit); break;
        WINDOWS(1, 1) WINDOWS(1, 2) WINDOWS(1, 3) WINDOWS(1, 4) WINDOWS(1, 5) WINDOWS(1, 6)
        WINDOWS(2, 2) WINDOWS(2, 3) WINDOWS(2, 4) WINDOWS(2, 5) WINDOWS(2, 6)
        WINDOWS(3, 3) WINDOWS(3, 4) WINDOWS(3, 5) WINDOWS(3, 6)
        WINDOWS(4, 4) WINDOWS(4, 5) WINDOWS(4, 6)
        WINDOWS(5, 5) WINDOWS(5, 6)
        WINDOWS(6, 6)
#undef WINDOWS
        default: break;
        }
        if (hit) return i;
        for (; i + last + 31 <= n; i += 32) {
            // Every test of every block, without stopping when the hits run out: most blocks
            // pass a test or two, and where they stop varies too much to predict.
            uint32_t hits = 0xFFFFFFFFu;
            for (int k = 0; k < used; k++) {
                hits &= class_mask32(&classes[k], _mm256_loadu_si256((const __m256i *)(p + i + classes[k].offset)));
            }
            if (hits) return i + (size_t)__builtin_ctz(hits);
        }
        // The last positions whose bytes all lie in the line, in a block that ends there and
        // overlaps the ones seen; then the position whose byte after is the line edge.
        size_t start = n - last - 31;
        if (i <= start + 31) {
            size_t found = sequence_block32(classes, used, p, start, 0xFFFFFFFFu << (i - start), n);
            if (found != n) return found;
        }
        if (start + 32 > i) i = start + 32;
        return next_sequence_scalar(s, p, i, n);
    }
    return next_sequence_ssse3(s, p, i, n);
}

/// `line_sets_ssse3` 32 bytes at a time.
AVX2 static size_t line_sets_avx2(const piiscan_nibble_sets *sets, const uint8_t *p, size_t from, size_t n,
                                  uint8_t *touched) {
    const __m256i low = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)sets->low));
    const __m256i high = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)sets->high));
    const __m256i newline = _mm256_set1_epi8('\n');
    const __m256i index = _mm256_setr_epi8(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
                                           16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31);
    __m256i acc = _mm256_setzero_si256();
    size_t i = from;
    for (; i + 32 <= n; i += 32) {
        __m256i v = _mm256_loadu_si256((const __m256i *)(p + i));
        __m256i in = sets_of32(v, low, high);
        uint32_t lines = (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(v, newline));
        if (lines) {
            int k = __builtin_ctz(lines);
            acc = _mm256_or_si256(acc, _mm256_and_si256(in, _mm256_cmpgt_epi8(_mm256_set1_epi8((char)k), index)));
            i += (size_t)k;
            break;
        }
        acc = _mm256_or_si256(acc, in);
    }
    uint8_t bits = or_bytes16(_mm_or_si128(_mm256_castsi256_si128(acc), _mm256_extracti128_si256(acc, 1)));
    if (i + 32 > n) {   // fewer than 32 bytes were left: the rest 16 at a time
        i = line_sets_ssse3(sets, p, i, n, touched);
        bits |= *touched;
    }
    *touched = bits;
    return i;
}

size_t piiscan_next_trigram(const piiscan_trigram_sets *sets, const uint64_t *present,
                            const uint8_t *p, size_t from, size_t n) {
    if (has_avx2) return next_trigram_avx2(sets, present, p, from, n);
    return has_ssse3 ? next_trigram_ssse3(sets, present, p, from, n) : next_trigram_scalar(sets, present, p, from, n);
}

size_t piiscan_trigram_candidates(const piiscan_trigram_sets *sets, const uint64_t *present, const uint8_t *p,
                                  size_t from, size_t n, size_t *out, size_t capacity) {
    if (has_avx2) return trigram_candidates_avx2(sets, present, p, from, n, out, capacity);
    return trigram_candidates_by(has_ssse3 ? next_trigram_ssse3 : next_trigram_scalar, sets, present, p, from, n,
                                 out, capacity);
}

size_t piiscan_next_sequence(const piiscan_sequence *sequence, const uint8_t *p, size_t from, size_t n) {
    if (has_avx2) return next_sequence_avx2(sequence, p, from, n);
    return has_ssse3 ? next_sequence_ssse3(sequence, p, from, n) : next_sequence_scalar(sequence, p, from, n);
}

int piiscan_simd_level(void) {
    return has_avx2 ? 2 : has_ssse3 ? 1 : 0;
}

size_t piiscan_line_sets(const piiscan_nibble_sets *sets, const uint8_t *p, size_t from, size_t n, uint8_t *touched) {
    if (has_avx2) return line_sets_avx2(sets, p, from, n, touched);
    return has_ssse3 ? line_sets_ssse3(sets, p, from, n, touched) : line_sets_scalar(sets, p, from, n, touched);
}

size_t piiscan_line_sets_at(int level, const piiscan_nibble_sets *sets, const uint8_t *p, size_t from, size_t n,
                            uint8_t *touched) {
    if (level > piiscan_simd_level()) level = piiscan_simd_level();
    return level >= 2 ? line_sets_avx2(sets, p, from, n, touched)
        : level == 1 ? line_sets_ssse3(sets, p, from, n, touched) : line_sets_scalar(sets, p, from, n, touched);
}

size_t piiscan_next_trigram_at(int level, const piiscan_trigram_sets *sets, const uint64_t *present,
                               const uint8_t *p, size_t from, size_t n) {
    if (level > piiscan_simd_level()) level = piiscan_simd_level();
    return level >= 2 ? next_trigram_avx2(sets, present, p, from, n)
        : level == 1 ? next_trigram_ssse3(sets, present, p, from, n) : next_trigram_scalar(sets, present, p, from, n);
}

size_t piiscan_trigram_candidates_at(int level, const piiscan_trigram_sets *sets, const uint64_t *present,
                                     const uint8_t *p, size_t from, size_t n, size_t *out, size_t capacity) {
    if (level > piiscan_simd_level()) level = piiscan_simd_level();
    if (level >= 2) return trigram_candidates_avx2(sets, present, p, from, n, out, capacity);
    return trigram_candidates_by(level == 1 ? next_trigram_ssse3 : next_trigram_scalar, sets, present, p, from, n,
                                 out, capacity);
}

size_t piiscan_next_sequence_at(int level, const piiscan_sequence *sequence, const uint8_t *p, size_t from, size_t n) {
    if (level > piiscan_simd_level()) level = piiscan_simd_level();
    return level >= 2 ? next_sequence_avx2(sequence, p, from, n)
        : level == 1 ? next_sequence_ssse3(sequence, p, from, n) : next_sequence_scalar(sequence, p, from, n);
}

#else

size_t piiscan_next_trigram(const piiscan_trigram_sets *sets, const uint64_t *present,
                            const uint8_t *p, size_t from, size_t n) {
    return next_trigram_scalar(sets, present, p, from, n);
}

size_t piiscan_trigram_candidates(const piiscan_trigram_sets *sets, const uint64_t *present, const uint8_t *p,
                                  size_t from, size_t n, size_t *out, size_t capacity) {
    return trigram_candidates_by(next_trigram_scalar, sets, present, p, from, n, out, capacity);
}

size_t piiscan_trigram_candidates_at(int level, const piiscan_trigram_sets *sets, const uint64_t *present,
                                     const uint8_t *p, size_t from, size_t n, size_t *out, size_t capacity) {
    (void)level;
    return trigram_candidates_by(next_trigram_scalar, sets, present, p, from, n, out, capacity);
}

size_t piiscan_next_sequence(const piiscan_sequence *sequence, const uint8_t *p, size_t from, size_t n) {
    return next_sequence_scalar(sequence, p, from, n);
}

int piiscan_simd_level(void) { return 0; }

size_t piiscan_line_sets(const piiscan_nibble_sets *sets, const uint8_t *p, size_t from, size_t n, uint8_t *touched) {
    return line_sets_scalar(sets, p, from, n, touched);
}

size_t piiscan_line_sets_at(int level, const piiscan_nibble_sets *sets, const uint8_t *p, size_t from, size_t n,
                            uint8_t *touched) {
    (void)level;
    return line_sets_scalar(sets, p, from, n, touched);
}


size_t piiscan_next_trigram_at(int level, const piiscan_trigram_sets *sets, const uint64_t *present,
                               const uint8_t *p, size_t from, size_t n) {
    (void)level;
    return next_trigram_scalar(sets, present, p, from, n);
}

size_t piiscan_next_sequence_at(int level, const piiscan_sequence *sequence, const uint8_t *p, size_t from, size_t n) {
    (void)level;
    return next_sequence_scalar(sequence, p, from, n);
}

#endif

#if defined(__x86_64__)
/// Bit j set when p[j] is an ASCII digit, for the 64 bytes at p, 32 at a time.
AVX2 static inline uint64_t digit_mask64_avx2(const uint8_t *p) {
    const __m256i zero = _mm256_set1_epi8('0'), nine = _mm256_set1_epi8(9);
    __m256i low = _mm256_sub_epi8(_mm256_loadu_si256((const __m256i *)p), zero);
    __m256i high = _mm256_sub_epi8(_mm256_loadu_si256((const __m256i *)(p + 32)), zero);
    return (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_min_epu8(low, nine), low))
        | (uint64_t)(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_min_epu8(high, nine), high)) << 32;
}
#endif

/// The digits of p[base..<n] (bit j for base + j, up to 64), reading all 64 bytes when they lie
/// within the `readable` ones.
static inline __attribute__((always_inline)) uint64_t digit_block(const uint8_t *p, size_t base, size_t n,
                                                                  size_t readable, int avx2) {
    if (base >= n) return 0;
    const size_t len = n - base;
    if (base + 64 > readable) return piiscan_digit_mask(p + base, len < 64 ? len : 64);
#if defined(__x86_64__)
    uint64_t mask = avx2 ? digit_mask64_avx2(p + base) : piiscan_digit_mask(p + base, 64);
#else
    (void)avx2;
    uint64_t mask = piiscan_digit_mask(p + base, 64);
#endif
    return len >= 64 ? mask : mask & (((uint64_t)1 << len) - 1);
}

static inline __attribute__((always_inline)) size_t digit_runs(const uint8_t *p, size_t n, size_t readable,
        size_t minimum, size_t *bounds, size_t capacity, const piiscan_run_classes *classes, uint64_t *bits, int avx2) {
    size_t count = 0;
    if (minimum < 1) minimum = 1;
    if (minimum > 64) minimum = 64;
    uint64_t mask = digit_block(p, 0, n, readable, avx2);
    uint64_t carry = 0;  // 1 when the byte before the block is a digit
    for (size_t base = 0; base < n; base += 64) {
        size_t next_base = base + 64;
        uint64_t next = digit_block(p, next_base, n, readable, avx2);
        // Run starts, then those with at least `minimum` digits: bit s survives the step for
        // k when byte s + k is a digit, looking into the next block for s + k >= 64.
        uint64_t starts = mask & ~((mask << 1) | carry);
        for (size_t k = 1; k < minimum && starts; k++) {
            starts &= (mask >> k) | (next << (64 - k));
        }
        while (starts) {
            size_t s = base + (size_t)__builtin_ctzll(starts);
            starts &= starts - 1;
            size_t end;
            uint64_t rest = ~mask >> (s - base);
            if (rest) {
                end = s + (size_t)__builtin_ctzll(rest);
            } else {  // the run goes on into the next block: rare, byte by byte
                end = next_base;
                while (end < n && (uint8_t)(p[end] - '0') < 10) end++;
            }
            if (count < capacity) {
                bounds[2 * count] = s;
                bounds[2 * count + 1] = end;
                if (classes) bits[count] = classes->length[end - s < 63 ? end - s : 63] & classes->before[s ? p[s - 1] : 256];
            }
            count++;
        }
        carry = mask >> 63;
        mask = next;
    }
    return count;
}

// Not inlined into the dispatcher below (nor `next_ipv4_dot_plain` into its): the dispatcher
// would then save the registers the inlined loop needs on every call, the AVX2 path's too.
__attribute__((noinline)) static size_t digit_runs_plain(const uint8_t *p, size_t n, size_t readable, size_t minimum,
                                                         size_t *bounds, size_t capacity,
                                                         const piiscan_run_classes *classes, uint64_t *bits) {
    return digit_runs(p, n, readable, minimum, bounds, capacity, classes, bits, 0);
}

#if defined(__x86_64__)
AVX2 static size_t digit_runs_avx2(const uint8_t *p, size_t n, size_t readable, size_t minimum, size_t *bounds,
                                   size_t capacity, const piiscan_run_classes *classes, uint64_t *bits) {
    // Four, the shortest digit trigger of the default patterns, as a constant: the test of the
    // runs' lengths unrolls.
    if (minimum == 4) return digit_runs(p, n, readable, 4, bounds, capacity, classes, bits, 1);
    return digit_runs(p, n, readable, minimum, bounds, capacity, classes, bits, 1);
}
#endif

size_t piiscan_digit_runs_at(int level, const uint8_t *p, size_t n, size_t readable, size_t minimum, size_t *bounds,
                             size_t capacity, const piiscan_run_classes *classes, uint64_t *bits) {
    if (readable < n) readable = n;
#if defined(__x86_64__)
    if (level >= 2 && piiscan_simd_level() >= 2) {
        return digit_runs_avx2(p, n, readable, minimum, bounds, capacity, classes, bits);
    }
#endif
    (void)level;
    return digit_runs_plain(p, n, readable, minimum, bounds, capacity, classes, bits);
}

size_t piiscan_digit_runs(const uint8_t *p, size_t n, size_t readable, size_t minimum, size_t *bounds,
                          size_t capacity) {
    return piiscan_digit_runs_at(2, p, n, readable, minimum, bounds, capacity, NULL, NULL);
}

#if defined(__x86_64__)
/// Bit j set when byte j of `v` is one of the bytes b0, b1, b2.
AVX2 static inline uint32_t any_of3_avx2(__m256i v, char b0, char b1, char b2) {
    __m256i hits = _mm256_or_si256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8(b0)), _mm256_cmpeq_epi8(v, _mm256_set1_epi8(b1)));
    return (uint32_t)_mm256_movemask_epi8(_mm256_or_si256(hits, _mm256_cmpeq_epi8(v, _mm256_set1_epi8(b2))));
}

/// `piiscan_tuple_masks` for 64 bytes, 32 at a time.
AVX2 static void tuple_masks64_avx2(const uint8_t *p, uint64_t *single, uint64_t *rare, uint64_t *structure) {
    const __m256i quote = _mm256_set1_epi8('\'');
    __m256i low = _mm256_loadu_si256((const __m256i *)p), high = _mm256_loadu_si256((const __m256i *)(p + 32));
    *single = (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(low, quote))
        | (uint64_t)(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(high, quote)) << 32;
    *rare = any_of3_avx2(low, '"', '\\', '\\') | (uint64_t)any_of3_avx2(high, '"', '\\', '\\') << 32;
    *structure = any_of3_avx2(low, '(', ')', ',') | (uint64_t)any_of3_avx2(high, '(', ')', ',') << 32;
}
#endif

void piiscan_tuple_masks64_at(int level, const uint8_t *p, uint64_t *single, uint64_t *rare, uint64_t *structure) {
#if defined(__x86_64__)
    if (level >= 2 && piiscan_simd_level() >= 2) {
        tuple_masks64_avx2(p, single, rare, structure);
        return;
    }
#endif
    (void)level;
    piiscan_tuple_masks(p, 64, single, rare, structure);
}

void piiscan_tuple_masks64(const uint8_t *p, uint64_t *single, uint64_t *rare, uint64_t *structure) {
    piiscan_tuple_masks64_at(2, p, single, rare, structure);
}

#if defined(__x86_64__)
/// `digit_and_dot_masks` 32 bytes at a time.
AVX2 static void digit_and_dot_masks_avx2(const uint8_t *p, uint64_t *digits, uint64_t *dots) {
    const __m256i dot = _mm256_set1_epi8('.');
    __m256i low = _mm256_loadu_si256((const __m256i *)p), high = _mm256_loadu_si256((const __m256i *)(p + 32));
    *digits = digit_mask64_avx2(p);
    *dots = (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(low, dot))
        | (uint64_t)(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(high, dot)) << 32;
}
#endif

/// Bit j of *digits (*dots) is set when p[j] is an ASCII digit (a dot), for the 64 bytes at p;
/// with AVX2 when `avx2` is set.
static inline __attribute__((always_inline)) void digit_and_dot_masks(const uint8_t *p, uint64_t *digits,
                                                                      uint64_t *dots, int avx2) {
#if defined(__x86_64__)
    if (avx2) {
        digit_and_dot_masks_avx2(p, digits, dots);
        return;
    }
#else
    (void)avx2;
#endif
    uint64_t d = 0, t = 0;
#if defined(__SSE2__)
    for (int k = 0; k < 64; k += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(p + k));
        __m128i z = _mm_sub_epi8(v, _mm_set1_epi8('0'));
        d |= (uint64_t)(uint16_t)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(z, _mm_set1_epi8(9)), z)) << k;
        t |= (uint64_t)(uint16_t)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('.'))) << k;
    }
#else
    for (int k = 0; k < 64; k++) {
        d |= (uint64_t)((uint8_t)(p[k] - '0') < 10) << k;
        t |= (uint64_t)(p[k] == '.') << k;
    }
#endif
    *digits = d;
    *dots = t;
}

/// Bit j set when the dot at j has a digit before it and starts the IPv4 shape, from the masks
/// of 64 bytes; right for j in 1...54 (it reads bits j - 1 to j + 9).
static inline uint64_t ipv4_dots(uint64_t d, uint64_t t) {
    // run_k: bit j when p[j + 1 ..< j + k + 1] are digits and p[j + k + 1] is a dot.
    uint64_t d1 = d >> 1, d2 = d1 & (d >> 2), d3 = d2 & (d >> 3);
    uint64_t run1 = d1 & (t >> 2), run2 = d2 & (t >> 3), run3 = d3 & (t >> 4);
    // last: bit j when the dot at j is followed by 1-3 digits, a dot and a digit.
    uint64_t last = (run1 & (d >> 3)) | (run2 & (d >> 4)) | (run3 & (d >> 5));
    // The dot at j is followed by 1-3 digits and a dot where `last` holds.
    uint64_t shape = (run1 & (last >> 2)) | (run2 & (last >> 3)) | (run3 & (last >> 4));
    return t & (d << 1) & shape;
}

static inline __attribute__((always_inline)) size_t next_ipv4_dot(const uint8_t *p, size_t from, size_t n,
                                                                   int avx2) {
    // Windows of 64 bytes from i - 1, whose bits 1...54 are positions i ..< i + 54. Near the
    // end, the masks of the last 64 bytes, shifted so that bit 0 is position i - 1: the bits
    // past n are then zero, as if the bytes there were neither digits nor dots. Shorter input
    // is read from a copy padded with zeros.
    // Dots one by one up to the first between digits (the dots of names and addresses cost
    // what a byte search costs), then windows from there.
    size_t i = from;
    for (;;) {
        if (i >= n) return n;
        const uint8_t *dot = memchr(p + i, '.', n - i);
        if (!dot) return n;
        i = (size_t)(dot - p);
        if (i > 0 && i + 1 < n && (uint8_t)(p[i - 1] - '0') < 10 && (uint8_t)(p[i + 1] - '0') < 10) break;
        i++;
    }
    while (i < n) {
        uint64_t d, t;
        if (n - (i - 1) >= 64) {
            digit_and_dot_masks(p + i - 1, &d, &t, avx2);
        } else if (n >= 64) {
            digit_and_dot_masks(p + n - 64, &d, &t, avx2);
            size_t shift = i - 1 - (n - 64);
            d >>= shift;
            t >>= shift;
        } else {
            uint8_t padded[64] = {0};
            memcpy(padded, p + i - 1, n - (i - 1));
            digit_and_dot_masks(padded, &d, &t, avx2);
        }
        uint64_t hits = ipv4_dots(d, t) & (((uint64_t)1 << 55) - 2);
        if (hits) return i - 1 + (size_t)__builtin_ctzll(hits);
        i += 54;
    }
    return n;
}

__attribute__((noinline)) static size_t next_ipv4_dot_plain(const uint8_t *p, size_t from, size_t n) {
    return next_ipv4_dot(p, from, n, 0);
}

#if defined(__x86_64__)
/// With the masks made inline: an AVX2 function may inline the AVX2 code of its callees.
AVX2 static size_t next_ipv4_dot_avx2(const uint8_t *p, size_t from, size_t n) { return next_ipv4_dot(p, from, n, 1); }
#endif

size_t piiscan_next_ipv4_dot_at(int level, const uint8_t *p, size_t from, size_t n) {
#if defined(__x86_64__)
    if (level >= 2 && piiscan_simd_level() >= 2) return next_ipv4_dot_avx2(p, from, n);
#endif
    (void)level;
    return next_ipv4_dot_plain(p, from, n);
}

size_t piiscan_next_ipv4_dot(const uint8_t *p, size_t from, size_t n) { return piiscan_next_ipv4_dot_at(2, p, from, n); }

/// Whether `b` is a hex digit or a colon (the byte the IPv6 trigger needs after its colon).
static inline int hex_or_colon(uint8_t b) {
    return (uint8_t)(b - '0') <= 10 || (uint8_t)((b | 0x20) - 'a') < 6;  // ':' follows '9'
}

/// -1 when the IPv6 shape fits at the colon p[colon]; otherwise where the search for a colon
/// that can fit resumes (`TriggerShape.ipv6Resumption`, whose reasoning holds here): past the
/// byte that ended the run, or the next byte when the walk stopped at its 64-byte limit.
static long ipv6_resumption(const uint8_t *p, size_t colon, size_t n) {
    const size_t limit = colon + 64 < n ? colon + 64 : n;
    int colons = 0, previous_was_colon = 0;
    size_t j = colon;
    for (; j < limit; j++) {
        uint8_t b = p[j];
        if (b == ':') {
            if (previous_was_colon || ++colons >= 6) return -1;
            previous_was_colon = 1;
        } else if ((uint8_t)(b - '0') < 10 || (uint8_t)((b | 0x20) - 'a') < 6 || b == '.') {
            previous_was_colon = 0;
        } else {
            return (long)j;
        }
    }
    return (long)(j < n ? colon + 1 : j);
}

static size_t next_ipv6_colon_scalar(const uint8_t *p, size_t from, size_t n) {
    size_t i = from;
    while (i < n) {
        const uint8_t *colon = memchr(p + i, ':', n - i);
        if (!colon) return n;
        i = (size_t)(colon - p);
        if (i + 1 < n && hex_or_colon(p[i + 1])) {
            long resumption = ipv6_resumption(p, i, n);
            if (resumption < 0) return i;
            i = (size_t)resumption;
        } else {
            i++;
        }
    }
    return n;
}

#if defined(__x86_64__)
/// `ipv6_resumption` for a colon with 64 bytes from it before n, from masks of those bytes: the
/// run is the bytes before the first that is not a hex digit, colon or dot, and the shape fits
/// when the colons in it hold two side by side or number six.
AVX2 static inline long ipv6_resumption64(const uint8_t *p, size_t colon, size_t n) {
    const __m256i colon_byte = _mm256_set1_epi8(':'), dot = _mm256_set1_epi8('.'), zero = _mm256_set1_epi8('0');
    const __m256i nine = _mm256_set1_epi8(9), lower = _mm256_set1_epi8(0x20), a = _mm256_set1_epi8('a');
    const __m256i five = _mm256_set1_epi8(5);
    uint64_t colons = 0, members = 0;
    for (int h = 0; h < 2; h++) {
        __m256i v = _mm256_loadu_si256((const __m256i *)(p + colon + 32 * h));
        __m256i digit = _mm256_sub_epi8(v, zero);
        __m256i letter = _mm256_sub_epi8(_mm256_or_si256(v, lower), a);
        __m256i c = _mm256_cmpeq_epi8(v, colon_byte);
        __m256i m = _mm256_or_si256(_mm256_or_si256(c, _mm256_cmpeq_epi8(v, dot)),
                                    _mm256_or_si256(_mm256_cmpeq_epi8(_mm256_min_epu8(digit, nine), digit),
                                                    _mm256_cmpeq_epi8(_mm256_min_epu8(letter, five), letter)));
        colons |= (uint64_t)(uint32_t)_mm256_movemask_epi8(c) << (32 * h);
        members |= (uint64_t)(uint32_t)_mm256_movemask_epi8(m) << (32 * h);
    }
    const unsigned length = ~members ? (unsigned)__builtin_ctzll(~members) : 64;
    const uint64_t run = length == 64 ? ~(uint64_t)0 : ((uint64_t)1 << length) - 1;
    const uint64_t inside = colons & run;
    if ((inside & (inside >> 1)) || __builtin_popcountll(inside) >= 6) return -1;
    if (length < 64) return (long)(colon + length);
    return (long)(colon + 64 < n ? colon + 1 : n);
}

/// `next_ipv6_colon_scalar` with the colons that have a hex digit or colon after them found 32
/// positions at a time, and their runs walked 64 bytes at a time.
AVX2 static size_t next_ipv6_colon_avx2(const uint8_t *p, size_t from, size_t n) {
    const __m256i colon = _mm256_set1_epi8(':'), zero = _mm256_set1_epi8('0'), ten = _mm256_set1_epi8(10);
    const __m256i lower = _mm256_set1_epi8(0x20), a = _mm256_set1_epi8('a'), five = _mm256_set1_epi8(5);
    size_t i = from;
    while (i + 33 <= n) {
        __m256i v = _mm256_loadu_si256((const __m256i *)(p + i));
        __m256i w = _mm256_loadu_si256((const __m256i *)(p + i + 1));
        __m256i digit = _mm256_sub_epi8(w, zero);                   // digits and ':' as 0...10
        __m256i letter = _mm256_sub_epi8(_mm256_or_si256(w, lower), a);  // a-f and A-F as 0...5
        __m256i after = _mm256_or_si256(_mm256_cmpeq_epi8(_mm256_min_epu8(digit, ten), digit),
                                        _mm256_cmpeq_epi8(_mm256_min_epu8(letter, five), letter));
        uint32_t hits = (uint32_t)_mm256_movemask_epi8(_mm256_and_si256(_mm256_cmpeq_epi8(v, colon), after));
        size_t next = i + 32;
        while (hits) {
            size_t c = i + (size_t)__builtin_ctz(hits);
            long resumption = c + 64 <= n ? ipv6_resumption64(p, c, n) : ipv6_resumption(p, c, n);
            if (resumption < 0) return c;
            if ((size_t)resumption >= next) {
                next = (size_t)resumption;
                break;
            }
            hits &= ~0u << ((size_t)resumption - i);
        }
        i = next;
    }
    return next_ipv6_colon_scalar(p, i, n);
}
#endif

size_t piiscan_next_ipv6_colon(const uint8_t *p, size_t from, size_t n) {
#if defined(__x86_64__)
    if (piiscan_simd_level() >= 2) return next_ipv6_colon_avx2(p, from, n);
#endif
    return next_ipv6_colon_scalar(p, from, n);
}

size_t piiscan_next_ipv6_colon_at(int level, const uint8_t *p, size_t from, size_t n) {
#if defined(__x86_64__)
    if (level >= 2 && piiscan_simd_level() >= 2) return next_ipv6_colon_avx2(p, from, n);
#endif
    (void)level;
    return next_ipv6_colon_scalar(p, from, n);
}

/// The first of the positions of `hits` (bit j for position i + j) where the needle is found
/// in full; n when none.
static inline size_t find_confirmed(uint32_t hits, const uint8_t *p, size_t i, const uint8_t *needle, size_t m,
                                    size_t n) {
    while (hits) {
        size_t j = i + (size_t)__builtin_ctz(hits);
        if (memcmp(p + j, needle, m) == 0) return j;
        hits &= hits - 1;
    }
    return n;
}

static size_t find_scalar(const uint8_t *p, size_t i, size_t n, const uint8_t *needle, size_t m) {
    for (const size_t last = n - m; i <= last; i++) {
        if (p[i] == needle[0] && p[i + m - 1] == needle[m - 1] && memcmp(p + i, needle, m) == 0) return i;
    }
    return n;
}

#if defined(__SSE2__)
/// Positions i..<i + 16 where the needle's first and last bytes match.
static inline uint32_t find_block16(const uint8_t *p, size_t i, size_t m, __m128i first, __m128i final) {
    __m128i a = _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(p + i)), first);
    __m128i b = _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(p + i + m - 1)), final);
    return (uint32_t)_mm_movemask_epi8(_mm_and_si128(a, b));
}

/// 16 positions at a time; the last ones in a block that ends at the last position where the
/// needle fits and overlaps the ones seen (a line is searched whole, however short).
static size_t find_sse2(const uint8_t *p, size_t i, size_t n, const uint8_t *needle, size_t m) {
    const size_t last = n - m;
    const __m128i first = _mm_set1_epi8((char)needle[0]), final = _mm_set1_epi8((char)needle[m - 1]);
    for (; i + 15 <= last; i += 16) {
        size_t found = find_confirmed(find_block16(p, i, m, first, final), p, i, needle, m, n);
        if (found != n) return found;
    }
    if (i > last) return n;
    if (last < 15) return find_scalar(p, i, n, needle, m);
    const size_t start = last - 15;
    return find_confirmed(find_block16(p, start, m, first, final) >> (i - start) << (i - start), p, start, needle, m, n);
}
#endif

#if defined(__x86_64__)
/// `find_sse2` 32 positions at a time.
AVX2 static size_t find_avx2(const uint8_t *p, size_t i, size_t n, const uint8_t *needle, size_t m) {
    const size_t last = n - m;
    const __m256i first = _mm256_set1_epi8((char)needle[0]), final = _mm256_set1_epi8((char)needle[m - 1]);
    // 64 positions a step, with one test for both halves: candidates are rare.
    for (; i + 63 <= last; i += 64) {
        __m256i h0 = _mm256_and_si256(_mm256_cmpeq_epi8(_mm256_loadu_si256((const __m256i *)(p + i)), first),
                                      _mm256_cmpeq_epi8(_mm256_loadu_si256((const __m256i *)(p + i + m - 1)), final));
        __m256i h1 = _mm256_and_si256(_mm256_cmpeq_epi8(_mm256_loadu_si256((const __m256i *)(p + i + 32)), first),
                                      _mm256_cmpeq_epi8(_mm256_loadu_si256((const __m256i *)(p + i + 31 + m)), final));
        __m256i any = _mm256_or_si256(h0, h1);
        if (_mm256_testz_si256(any, any)) continue;
        size_t found = find_confirmed((uint32_t)_mm256_movemask_epi8(h0), p, i, needle, m, n);
        if (found != n) return found;
        found = find_confirmed((uint32_t)_mm256_movemask_epi8(h1), p, i + 32, needle, m, n);
        if (found != n) return found;
    }
    for (; i + 31 <= last; i += 32) {
        __m256i a = _mm256_cmpeq_epi8(_mm256_loadu_si256((const __m256i *)(p + i)), first);
        __m256i b = _mm256_cmpeq_epi8(_mm256_loadu_si256((const __m256i *)(p + i + m - 1)), final);
        size_t found = find_confirmed((uint32_t)_mm256_movemask_epi8(_mm256_and_si256(a, b)), p, i, needle, m, n);
        if (found != n) return found;
    }
    return find_sse2(p, i, n, needle, m);
}
#endif

size_t piiscan_find_at(int level, const uint8_t *p, size_t from, size_t n, const uint8_t *needle, size_t m) {
    if (m == 0 || n < m || from > n - m) return n;
#if defined(__x86_64__)
    if (level >= 2 && piiscan_simd_level() >= 2) return find_avx2(p, from, n, needle, m);
#endif
#if defined(__SSE2__)
    if (level >= 1) return find_sse2(p, from, n, needle, m);
#endif
    (void)level;
    return find_scalar(p, from, n, needle, m);
}

size_t piiscan_find(const uint8_t *p, size_t from, size_t n, const uint8_t *needle, size_t m) {
    return piiscan_find_at(2, p, from, n, needle, m);
}

/// Records the offsets just after the bytes of `hits` (bit j: the byte at base + j), in order:
/// all of them while the block's 32 fit, else those that fit, counting the rest.
static inline __attribute__((always_inline)) void record_after(uint32_t hits, size_t base, size_t *offsets,
                                                               size_t capacity, size_t *count) {
    size_t c = *count;
    if (c + 32 <= capacity) {
        while (hits) {
            offsets[c++] = base + (size_t)__builtin_ctz(hits) + 1;
            hits &= hits - 1;
        }
    } else {
        while (hits) {
            if (c < capacity) offsets[c] = base + (size_t)__builtin_ctz(hits) + 1;
            c++;
            hits &= hits - 1;
        }
    }
    *count = c;
}

static size_t offsets_after_scalar(const uint8_t *p, size_t i, size_t n, uint8_t byte, size_t *offsets,
                                   size_t capacity, size_t count) {
    for (; i < n; i++) {
        if (p[i] != byte) continue;
        if (count < capacity) offsets[count] = i + 1;
        count++;
    }
    return count;
}

#if defined(__SSE2__)
/// `piiscan_offsets_after` 16 bytes at a time, the last ones in a block that ends at n and
/// overlaps the ones seen.
static size_t offsets_after_sse2(const uint8_t *p, size_t n, uint8_t byte, size_t *offsets, size_t capacity) {
    if (n < 16) return offsets_after_scalar(p, 0, n, byte, offsets, capacity, 0);
    const __m128i wanted = _mm_set1_epi8((char)byte);
    size_t count = 0, i = 0;
    for (; i + 16 <= n; i += 16) {
        uint32_t hits = (uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(p + i)), wanted));
        record_after(hits, i, offsets, capacity, &count);
    }
    if (i < n) {
        uint32_t hits = (uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(p + n - 16)), wanted));
        record_after(hits >> (i - (n - 16)), i, offsets, capacity, &count);
    }
    return count;
}
#endif

#if defined(__x86_64__)
/// `offsets_after_sse2` 32 bytes at a time; lines under 32 bytes go to it.
AVX2 static size_t offsets_after_avx2(const uint8_t *p, size_t n, uint8_t byte, size_t *offsets, size_t capacity) {
    if (n < 32) return offsets_after_sse2(p, n, byte, offsets, capacity);
    const __m256i wanted = _mm256_set1_epi8((char)byte);
    size_t count = 0, i = 0;
    for (; i + 32 <= n; i += 32) {
        uint32_t hits = (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_loadu_si256((const __m256i *)(p + i)), wanted));
        record_after(hits, i, offsets, capacity, &count);
    }
    if (i < n) {
        uint32_t hits = (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_loadu_si256((const __m256i *)(p + n - 32)), wanted));
        record_after(hits >> (i - (n - 32)), i, offsets, capacity, &count);
    }
    return count;
}
#endif

size_t piiscan_offsets_after_at(int level, const uint8_t *p, size_t n, uint8_t byte, size_t *offsets, size_t capacity) {
#if defined(__x86_64__)
    if (level >= 2 && piiscan_simd_level() >= 2) return offsets_after_avx2(p, n, byte, offsets, capacity);
#endif
#if defined(__SSE2__)
    if (level >= 1) return offsets_after_sse2(p, n, byte, offsets, capacity);
#endif
    (void)level;
    return offsets_after_scalar(p, 0, n, byte, offsets, capacity, 0);
}

size_t piiscan_offsets_after(const uint8_t *p, size_t n, uint8_t byte, size_t *offsets, size_t capacity) {
    return piiscan_offsets_after_at(2, p, n, byte, offsets, capacity);
}

size_t piiscan_mask_email(const uint8_t *v, size_t n, uint8_t *out) {
    if (n == 0 || n > 64) return 0;
    uint8_t block[64] = {0}, masked[64];
    memcpy(block, v, n);
    uint64_t ats = 0, dots = 0;
#if defined(__SSE2__)
    for (int k = 0; k < 4; k++) {
        __m128i b = _mm_loadu_si128((const __m128i *)(block + 16 * k));
        ats |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(b, _mm_set1_epi8('@'))) << (16 * k);
        dots |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(b, _mm_set1_epi8('.'))) << (16 * k);
    }
#else
    for (size_t i = 0; i < n; i++) {
        ats |= (uint64_t)(block[i] == '@') << i;
        dots |= (uint64_t)(block[i] == '.') << i;
    }
#endif
    const uint64_t valid = n == 64 ? ~(uint64_t)0 : ((uint64_t)1 << n) - 1;
    ats &= valid;
    if ((ats & ~(uint64_t)1) == 0 || (ats & 1)) return 0;
    const unsigned at = (unsigned)__builtin_ctzll(ats);
    const uint64_t atBit = (uint64_t)1 << at;
    const uint64_t domain = valid & ~((atBit << 1) - 1);   // the bytes after the '@'
    const uint64_t domainDots = dots & domain;
    // The last label, from the last dot of the domain, stays whole; none without a dot.
    uint64_t last = 0;
    if (domainDots) last = valid & ~((((uint64_t)1) << (63 - __builtin_clzll(domainDots))) - 1);
    const uint64_t labels = domain & ~last;
    const uint64_t keep = 1 | atBit | (domainDots & labels) | (((domainDots | atBit) << 1) & labels) | last;
#if defined(__SSE2__)
    // Each 16 bits of `keep` spread to 16 bytes: byte j of the half for bits 8..15 holds them
    // all, and is tested against bit j % 8.
    const __m128i select = _mm_set1_epi64x((long long)0x8040201008040201ull), star = _mm_set1_epi8('*');
    for (int k = 0; k < 4 && 16 * k < (int)n; k++) {
        const uint64_t bits = keep >> (16 * k);
        const __m128i spread = _mm_set_epi64x((long long)((bits >> 8 & 0xFF) * 0x0101010101010101ull),
                                              (long long)((bits & 0xFF) * 0x0101010101010101ull));
        const __m128i kept = _mm_cmpeq_epi8(_mm_and_si128(spread, select), select);
        const __m128i b = _mm_loadu_si128((const __m128i *)(block + 16 * k));
        _mm_storeu_si128((__m128i *)(masked + 16 * k), _mm_or_si128(_mm_and_si128(kept, b), _mm_andnot_si128(kept, star)));
    }
#else
    for (size_t i = 0; i < n; i++) masked[i] = (keep >> i) & 1 ? block[i] : '*';
#endif
    memcpy(out, masked, n);
    return n;
}

/// The phone verdict on the first n (at most 32) bytes of the value whose masks are given.
static int64_t phone_verdict(uint32_t digit, uint32_t space, uint32_t dot, uint32_t same, uint8_t first, size_t n) {
    const uint32_t valid = n == 32 ? ~(uint32_t)0 : ((uint32_t)1 << n) - 1;
    digit &= valid;
    space &= valid;
    dot &= valid;
    if (space) {
        // Groups joined by spaces and then by dots are a number followed by something else:
        // the number ends at the last space before the first dot after the first space.
        const unsigned first_space = (unsigned)__builtin_ctz(space);
        const uint32_t later_dots = dot & ~(((uint32_t)2 << first_space) - 1);
        if (later_dots) {
            const uint32_t spaces_before = space & (((uint32_t)1 << __builtin_ctz(later_dots)) - 1);
            const size_t last_space = 31 - (size_t)__builtin_clz(spaces_before);
            return phone_verdict(digit, 0, 0, same, first, last_space) >= 0 ? (int64_t)last_space : -1;
        }
    }
    const int digits = __builtin_popcount(digit);
    // 8 to 16 digits, not all the same.
    if (digits < 8 || digits > 16 || (digit & ~same) == 0) return -1;
    const uint32_t starts = digit & ~(digit << 1), ends = digit & ~(digit >> 1);
    if (__builtin_popcount(starts) == 3 && first != '+') {
        // 3-2-4 is the shape of a US SSN, not of a phone number.
        uint32_t s = starts, e = ends;
        int lengths[3];
        for (int k = 0; k < 3; k++) {
            lengths[k] = __builtin_ctz(e) - __builtin_ctz(s) + 1;
            s &= s - 1;
            e &= e - 1;
        }
        if (lengths[0] == 3 && lengths[1] == 2 && lengths[2] == 4) return -1;
    }
    return (int64_t)n;
}

int64_t piiscan_phone_verdict(const uint8_t *v, size_t n) {
    if (n == 0 || n > 32) return -2;
    uint8_t block[32] = {0};
    memcpy(block, v, n);
    // `same`: the bytes equal to the first digit, for "not all digits the same".
    uint8_t first_digit = 0;
    uint32_t digit = 0, space = 0, dot = 0, same = 0;
#if defined(__SSE2__)
    for (int k = 0; k < 2; k++) {
        const __m128i b = _mm_loadu_si128((const __m128i *)(block + 16 * k));
        const __m128i d = _mm_sub_epi8(b, _mm_set1_epi8('0'));
        digit |= (uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(9)), d)) << (16 * k);
        space |= (uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi8(b, _mm_set1_epi8(' '))) << (16 * k);
        dot |= (uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi8(b, _mm_set1_epi8('.'))) << (16 * k);
    }
    digit &= n == 32 ? ~(uint32_t)0 : ((uint32_t)1 << n) - 1;
    if (digit) {
        first_digit = block[__builtin_ctz(digit)];
        for (int k = 0; k < 2; k++) {
            const __m128i b = _mm_loadu_si128((const __m128i *)(block + 16 * k));
            same |= (uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi8(b, _mm_set1_epi8((char)first_digit))) << (16 * k);
        }
    }
#else
    for (size_t i = 0; i < n; i++) {
        digit |= (uint32_t)((uint8_t)(block[i] - (uint8_t)'0') < 10) << i;
        space |= (uint32_t)(block[i] == ' ') << i;
        dot |= (uint32_t)(block[i] == '.') << i;
    }
    if (digit) {
        first_digit = block[__builtin_ctz(digit)];
        for (size_t i = 0; i < n; i++) same |= (uint32_t)(block[i] == first_digit) << i;
    }
#endif
    return phone_verdict(digit, space, dot, same, block[0], n);
}

int piiscan_passes_luhn(const uint8_t *digits, size_t n) {
    if (n == 0) return 0;
#if defined(__SSE2__)
    if (n <= 32) {
        // Right-aligned in 32 bytes after zeros, so that the doubled digits (every second one
        // from the last, at 31) are those at the even positions.
        uint8_t block[32];
        memset(block, '0', 32);
        memcpy(block + 32 - n, digits, n);
        const __m128i even = _mm_set1_epi16(0x00FF);
        __m128i sum = _mm_setzero_si128();
        for (int k = 0; k < 2; k++) {
            const __m128i d = _mm_sub_epi8(_mm_loadu_si128((const __m128i *)(block + 16 * k)), _mm_set1_epi8('0'));
            // 2d, less 9 when d > 4.
            const __m128i twice = _mm_sub_epi8(_mm_add_epi8(d, d),
                                               _mm_and_si128(_mm_cmpgt_epi8(d, _mm_set1_epi8(4)), _mm_set1_epi8(9)));
            const __m128i v = _mm_or_si128(_mm_and_si128(even, twice), _mm_andnot_si128(even, d));
            sum = _mm_add_epi64(sum, _mm_sad_epu8(v, _mm_setzero_si128()));
        }
        const unsigned total = (unsigned)_mm_cvtsi128_si32(sum) + (unsigned)_mm_cvtsi128_si32(_mm_srli_si128(sum, 8));
        return total % 10 == 0;
    }
#endif
    unsigned total = 0;
    for (size_t k = 0; k < n; k++) {
        const unsigned d = (unsigned)(digits[n - 1 - k] - '0');
        total += k & 1 ? (d > 4 ? 2 * d - 9 : 2 * d) : d;
    }
    return total % 10 == 0;
}
