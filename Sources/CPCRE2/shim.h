#ifndef CPCRE2_SHIM_H
#define CPCRE2_SHIM_H
// piiscan works on bytes: the 8-bit PCRE2 library, functions named with the _8 suffix.
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#endif
