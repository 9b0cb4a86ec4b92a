#ifndef CMALLOC_TUNING_H
#define CMALLOC_TUNING_H

/// Keeps blocks of up to 32 MiB that the process frees in its heap for reuse, instead of
/// returning them to the kernel (glibc unmaps blocks above a threshold as they are freed and
/// trims the heap top; the next allocation then faults in and zeroes fresh pages). Does
/// nothing with other C libraries. Call once, at start-up.
void piiscan_keep_freed_memory(void);

#endif
