#ifndef TANDEM_CTERMINAL_H
#define TANDEM_CTERMINAL_H

/// Installs handlers that restore the terminal (endwin) before the process
/// ends: on SIGINT, SIGTERM and SIGHUP it exits with 128 + the signal; on a
/// crash signal it restores the previous handler and re-raises, so the Swift
/// runtime's backtrace still prints, on a usable terminal.
void tandem_install_terminal_signal_handlers(void);

/// Puts the previous handlers back (after a normal shutdown).
void tandem_remove_terminal_signal_handlers(void);

#endif
