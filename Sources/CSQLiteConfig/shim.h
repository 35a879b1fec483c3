#ifndef CSQLITECONFIG_SHIM_H
#define CSQLITECONFIG_SHIM_H
/* SQLite's process-wide settings, which Swift cannot set itself: sqlite3_config is variadic.
   Declared here rather than through <sqlite3.h>, so that its types are not a second time in
   Swift's view beside GRDB's SQLite module; the option numbers are SQLite's stable ABI. */
int sqlite3_config(int, ...);

/* Connections without their own mutex (SQLITE_CONFIG_MULTITHREAD = 2: GRDB never lets two
   threads use one connection at once, and takes no connection's mutex itself), and no global
   memory statistics (SQLITE_CONFIG_MEMSTATUS = 9, off: a process-wide mutex around every
   allocation SQLite makes). Must come before SQLite is first used; later it changes nothing
   and returns SQLITE_MISUSE. Returns 0 when both were set. */
static inline int quire_sqlite_configure(void) {
  int threads = sqlite3_config(2);
  int memstatus = sqlite3_config(9, 0);
  return threads != 0 ? threads : memstatus;
}
#endif
