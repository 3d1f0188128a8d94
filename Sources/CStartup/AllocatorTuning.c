// Starts Tandem's executables under malloc settings that suit work on a whole
// folder: a few large, short-lived arrays per article and tens of megabytes in all.
//
// With glibc's defaults every page of those megabytes is first touched one
// 4 KiB fault at a time (BBC: 16,000 faults, about a fifth of `tandem clusters`),
// and each array over 128 KiB is mapped and unmapped again. The settings keep
// large arrays in the arenas, grow the arenas 32 MiB at a time, and let the
// kernel back them with transparent huge pages: 800 faults (BENCHMARKS.md).
//
// glibc reads them only from GLIBC_TUNABLES as a program starts, so the process
// executes itself again, once, with them set. A constructor does it before the
// Swift runtime and Foundation start, which would cost the restart 3 ms more.
// Even so the restart costs a start of the program (3 to 7 ms), more than it
// saves on a few files, so it is made only for runs given a folder or many files.
#include "CStartup.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

const char *const tandem_allocator_tunables =
    "glibc.malloc.hugetlb=1:glibc.malloc.mmap_threshold=33554432:glibc.malloc.top_pad=33554432";

int tandem_reads_a_corpus(int argc, char *const *argv) {
    if (argc > TANDEM_MANY_FILES) return 1;
    struct stat info;
    for (int i = 1; i < argc; i++) {
        if (argv[i][0] != '-' && stat(argv[i], &info) == 0 && S_ISDIR(info.st_mode)) return 1;
    }
    return 0;
}

#if defined(__linux__) && defined(__GLIBC__)
// glibc passes constructors the program's arguments.
__attribute__((constructor)) static void restart_with_allocator_tunables(int argc, char **argv, char **envp) {
    (void)envp;
    const char *current = getenv("GLIBC_TUNABLES");
    // Malloc settings of the user's own win; TANDEM_MALLOC_DEFAULTS opts out.
    if ((current && strstr(current, "glibc.malloc.")) || getenv("TANDEM_MALLOC_DEFAULTS")) return;
    if (!tandem_reads_a_corpus(argc, argv)) return;
    char saved[4096] = "", value[4096 + 128];
    if (current) {
        if (strlen(current) >= sizeof saved) return;
        strcpy(saved, current);
        snprintf(value, sizeof value, "%s:%s", tandem_allocator_tunables, saved);
    } else {
        snprintf(value, sizeof value, "%s", tandem_allocator_tunables);
    }
    if (setenv("GLIBC_TUNABLES", value, 1) != 0) return;
    execv("/proc/self/exe", argv);
    // Still here (no /proc): carry on as started.
    if (current) setenv("GLIBC_TUNABLES", saved, 1); else unsetenv("GLIBC_TUNABLES");
}
#endif
