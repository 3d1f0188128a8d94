#ifndef TANDEM_CSTARTUP_H
#define TANDEM_CSTARTUP_H

/// The malloc settings Tandem's executables restart under (see AllocatorTuning.c).
extern const char *const tandem_allocator_tunables;

/// More arguments than this are taken for a corpus even without a folder among them.
#define TANDEM_MANY_FILES 64

/// 1 if the arguments (argv[0] the program) name a folder or more than
/// TANDEM_MANY_FILES files: the runs the restart is made for.
int tandem_reads_a_corpus(int argc, char *const *argv);

#endif
