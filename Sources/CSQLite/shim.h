#include <sqlite3.h>

/// Turns off SQLite's memory statistics, which take a global mutex on every allocation: with
/// lookaside memory compiled out (as in Debian's build), two connections reading on two threads
/// would otherwise contend for it on every row. Effective only before SQLite is initialized.
static inline int scorecard_sqlite3_disable_memstatus(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
