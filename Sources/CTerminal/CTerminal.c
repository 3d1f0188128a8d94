#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include "CTerminal.h"
#include <ncursesw/curses.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

static const int quit_signals[] = { SIGINT, SIGTERM, SIGHUP };
static const int crash_signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP };
#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static struct sigaction previous_quit[COUNT(quit_signals)];
static struct sigaction previous_crash[COUNT(crash_signals)];
static volatile sig_atomic_t installed = 0;

static void on_quit(int sig) {
    endwin();
    _exit(128 + sig);
}

static void on_crash(int sig) {
    endwin();
    for (unsigned i = 0; i < COUNT(crash_signals); i++) {
        if (crash_signals[i] == sig) sigaction(sig, &previous_crash[i], NULL);
    }
    raise(sig);
}

void tandem_install_terminal_signal_handlers(void) {
    if (installed) return;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    action.sa_handler = on_quit;
    for (unsigned i = 0; i < COUNT(quit_signals); i++) sigaction(quit_signals[i], &action, &previous_quit[i]);
    action.sa_handler = on_crash;
    action.sa_flags = SA_NODEFER;
    for (unsigned i = 0; i < COUNT(crash_signals); i++) sigaction(crash_signals[i], &action, &previous_crash[i]);
    installed = 1;
}

void tandem_remove_terminal_signal_handlers(void) {
    if (!installed) return;
    for (unsigned i = 0; i < COUNT(quit_signals); i++) sigaction(quit_signals[i], &previous_quit[i], NULL);
    for (unsigned i = 0; i < COUNT(crash_signals); i++) sigaction(crash_signals[i], &previous_crash[i], NULL);
    installed = 0;
}
