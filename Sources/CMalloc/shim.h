#include <malloc.h>

/// Makes glibc map every block of at least `bytes` for itself and unmap it when freed, so the
/// process's resident memory falls again after a stage's large arrays are released. (By default
/// glibc raises its threshold after the first such free, and later blocks stay in the heap.)
static inline int scorecard_map_large_blocks(int bytes) {
    return mallopt(M_MMAP_THRESHOLD, bytes);
}
