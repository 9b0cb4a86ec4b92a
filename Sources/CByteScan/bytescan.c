// The byte scans are inline functions in include/bytescan.h; this file makes the target a
// C library for the package manager.
#include "bytescan.h"
