#ifndef CMAPGUARD_H
#define CMAPGUARD_H
#include <stddef.h>

/// Installs the process-wide SIGBUS handler that guards registered file mappings.
/// A read past the end of a file that shrank while it was mapped raises SIGBUS; for an
/// address inside a registered mapping the handler maps a zero page over the faulting page
/// and counts the fault, so the read returns zeros instead of killing the process.
/// Any other SIGBUS is re-raised with the default action. Returns 0 on success.
int CMapGuard_install(void);

/// Registers [base, base+length) as a guarded mapping. Returns a slot >= 0, or -1 when all
/// slots are taken (the caller must then read the file without a mapping).
int CMapGuard_register(const void *base, size_t length);

/// The number of faults seen in a slot since it was registered.
unsigned long CMapGuard_faults(int slot);

/// Releases a slot. Call before unmapping the region.
void CMapGuard_unregister(int slot);

#endif
