#ifndef TANDEM_CWIDTH_H
#define TANDEM_CWIDTH_H

#include <stdint.h>

/// Columns a Unicode scalar takes, as the C library (and so ncurses) counts them:
/// -1 for non-printable, 0 for combining marks, 1 or 2 otherwise.
int tandem_wcwidth(uint32_t scalar);

/// Makes sure the character type of the locale is UTF-8 (the environment's if it
/// is, C.UTF-8 otherwise); returns 1 if a UTF-8 locale is in effect.
int tandem_ensure_utf8_locale(void);

#endif
