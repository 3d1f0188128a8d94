import CNcursesw

/// Whether the terminal can show colour; decided once curses is up.
struct TerminalCapabilities {
    let hasColor: Bool

    static func current() -> TerminalCapabilities {
        TerminalCapabilities(hasColor: has_colors())
    }
}
