#ifndef PIISCAN_BYTESCAN_H
#define PIISCAN_BYTESCAN_H

#include <stddef.h>
#include <stdint.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/// Bit i of the result is set when p[i] is an ASCII digit, for i < n; n is at most 64 and
/// p[0..<n] must be readable. Inline, so that Swift callers get SSE2 code on x86-64.
static inline uint64_t piiscan_digit_mask(const uint8_t *p, size_t n) {
#if defined(__SSE2__)
    if (n == 64) {
        const __m128i zero = _mm_set1_epi8('0');
        const __m128i nine = _mm_set1_epi8(9);
        uint64_t mask = 0;
        for (int k = 0; k < 4; k++) {
            __m128i v = _mm_sub_epi8(_mm_loadu_si128((const __m128i *)(p + 16 * k)), zero);
            // v - '0' <= 9 as unsigned bytes: min(v, 9) == v.
            __m128i digit = _mm_cmpeq_epi8(_mm_min_epu8(v, nine), v);
            mask |= (uint64_t)(uint16_t)_mm_movemask_epi8(digit) << (16 * k);
        }
        return mask;
    }
#endif
    uint64_t mask = 0;
    for (size_t i = 0; i < n; i++) {
        if ((uint8_t)(p[i] - '0') < 10) mask |= (uint64_t)1 << i;
    }
    return mask;
}

#endif
