#include <sqlite3.h>

/// Turns off SQLite's memory statistics, which take one global mutex on every allocation: with
/// lookaside memory compiled out (as in Debian's build), two connections reading on two threads
/// contend for it. Effective only before SQLite is initialized (it returns SQLITE_MISUSE after).
static inline int scorecard_sqlite3_disable_memstatus(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
