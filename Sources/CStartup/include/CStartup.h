#ifndef TANDEM_CSTARTUP_H
#define TANDEM_CSTARTUP_H

/// The malloc settings Tandem's executables restart under (see AllocatorTuning.c).
extern const char *const tandem_allocator_tunables;

#endif
