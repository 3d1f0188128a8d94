#include <sqlite3.h>

// SQLITE_TRANSIENT is a cast macro Swift cannot import: binds copy their text.
static inline sqlite3_destructor_type tandem_sqlite_transient(void) { return SQLITE_TRANSIENT; }
