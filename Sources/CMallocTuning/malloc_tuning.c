#include "malloc_tuning.h"
#include <stdlib.h>  // defines __GLIBC__ with glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

void piiscan_keep_freed_memory(void) {
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 32 << 20);  // its largest value on 64-bit systems
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
#endif
}
