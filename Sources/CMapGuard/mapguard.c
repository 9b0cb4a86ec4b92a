#define _GNU_SOURCE
#include "mapguard.h"
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

// A fixed table, so the signal handler reads it without locks or allocation.
#define SLOTS 1024

typedef struct {
    _Atomic uintptr_t base;   // 0 = free
    _Atomic size_t length;
    _Atomic unsigned long faults;
} slot_t;

static slot_t slots[SLOTS];
static atomic_int installed = 0;

static void on_sigbus(int sig, siginfo_t *info, void *context) {
    (void)context;
    uintptr_t addr = (uintptr_t)info->si_addr;
    for (int i = 0; i < SLOTS; i++) {
        uintptr_t base = atomic_load_explicit(&slots[i].base, memory_order_acquire);
        if (base == 0) continue;
        size_t length = atomic_load_explicit(&slots[i].length, memory_order_relaxed);
        if (addr >= base && addr < base + length) {
            long page = sysconf(_SC_PAGESIZE);  // async-signal-safe
            void *pageStart = (void *)(addr & ~((uintptr_t)page - 1));
            // mmap is a plain system call on Linux; replacing the page with zeros lets the
            // faulting load complete. The scanner sees the fault count and reports the file.
            void *p = mmap(pageStart, (size_t)page, PROT_READ,
                           MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
            if (p != MAP_FAILED) {
                atomic_fetch_add_explicit(&slots[i].faults, 1, memory_order_relaxed);
                return;
            }
            break;
        }
    }
    // Not ours, or the page could not be replaced: die as the default action would.
    signal(sig, SIG_DFL);
    raise(sig);
}

int CMapGuard_install(void) {
    int expected = 0;
    if (!atomic_compare_exchange_strong(&installed, &expected, 1)) return 0;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_sigbus;
    sa.sa_flags = SA_SIGINFO | SA_NODEFER;
    sigemptyset(&sa.sa_mask);
    return sigaction(SIGBUS, &sa, NULL);
}

int CMapGuard_register(const void *base, size_t length) {
    for (int i = 0; i < SLOTS; i++) {
        uintptr_t expected = 0;
        // Claim with a sentinel first so the handler never sees a base with a stale length.
        if (atomic_compare_exchange_strong(&slots[i].base, &expected, (uintptr_t)1)) {
            atomic_store_explicit(&slots[i].length, 0, memory_order_relaxed);
            atomic_store_explicit(&slots[i].faults, 0, memory_order_relaxed);
            atomic_store_explicit(&slots[i].length, length, memory_order_relaxed);
            atomic_store_explicit(&slots[i].base, (uintptr_t)base, memory_order_release);
            return i;
        }
    }
    return -1;
}

unsigned long CMapGuard_faults(int slot) {
    if (slot < 0 || slot >= SLOTS) return 0;
    return atomic_load_explicit(&slots[slot].faults, memory_order_relaxed);
}

void CMapGuard_unregister(int slot) {
    if (slot < 0 || slot >= SLOTS) return;
    atomic_store_explicit(&slots[slot].base, 0, memory_order_release);
}
