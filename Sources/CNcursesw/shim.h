#ifndef TANDEM_CNCURSESW_SHIM_H
#define TANDEM_CNCURSESW_SHIM_H

// SwiftPM drops the -D flags pkg-config reports, so the wide-character API must
// be switched on here, before curses.h is read.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <wchar.h>
#include <signal.h>
#include <ncursesw/curses.h>

// glibc hides wcwidth without _XOPEN_SOURCE; declare it for Swift.
extern int wcwidth(wchar_t c);

// Macros Swift cannot import, as constants and functions.
static const attr_t tandem_A_NORMAL = A_NORMAL;
static const attr_t tandem_A_BOLD = A_BOLD;
static const attr_t tandem_A_DIM = A_DIM;
static const attr_t tandem_A_UNDERLINE = A_UNDERLINE;
static const attr_t tandem_A_REVERSE = A_REVERSE;
static const attr_t tandem_A_ITALIC = A_ITALIC;
static const mmask_t tandem_BUTTON1_CLICKED = BUTTON1_CLICKED;
static const mmask_t tandem_BUTTON1_PRESSED = BUTTON1_PRESSED;
static const mmask_t tandem_BUTTON1_RELEASED = BUTTON1_RELEASED;
static const mmask_t tandem_BUTTON4_PRESSED = BUTTON4_PRESSED;
static const mmask_t tandem_BUTTON5_PRESSED = BUTTON5_PRESSED;
static const mmask_t tandem_ALL_MOUSE_EVENTS = ALL_MOUSE_EVENTS;

static inline int tandem_key_f(int n) { return KEY_F(n); }

// Globals that Swift 6 concurrency checking rejects, read through functions.
static inline WINDOW *tandem_stdscr(void) { return stdscr; }
static inline int tandem_colors(void) { return COLORS; }
static inline int tandem_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t tandem_color_pair(short n) { return (attr_t)COLOR_PAIR(n); }

#endif
