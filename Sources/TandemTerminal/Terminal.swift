import CNcursesw
import CTerminal
import TandemUI
#if canImport(Glibc)
import Glibc
#endif

/// Why the reader cannot start.
public enum TerminalError: Error, Equatable {
    case notATerminal
    case noTermVariable
    case unknownTerminal(String)
    case noUTF8Locale

    public var message: String {
        switch self {
        case .notATerminal:
            return "the reader needs a terminal; for scripts use tandem list, show, align, clusters or claims (with --json)"
        case .noTermVariable: return "TERM is not set; set it to your terminal's type (e.g. TERM=xterm-256color)"
        case .unknownTerminal(let term): return "unknown terminal type '\(term)' (no terminfo entry); try TERM=xterm-256color"
        case .noUTF8Locale: return "no UTF-8 locale is available (tried the environment's and C.UTF-8)"
        }
    }
}

/// The only code that talks to ncurses: starts and restores the terminal,
/// copies cell grids to the screen, and reads keys, mouse and resizes.
public final class Terminal {
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let palette: StylePalette
    /// The terminal opened for keys when standard input is not one (nil otherwise).
    private let keyboard: UnsafeMutablePointer<FILE>?
    private var shown: CellGrid?
    private var closed = false

    public init(mouse: Bool, environment: [String: String]) throws(TerminalError) {
        guard isatty(1) == 1 else { throw .notATerminal }
        guard let term = environment["TERM"], !term.isEmpty else { throw .noTermVariable }
        // Before curses starts, or every non-ASCII character disappears.
        setlocale(LC_ALL, "")
        if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" {
            guard setlocale(LC_ALL, "C.UTF-8") != nil else { throw .noUTF8Locale }
        }
        // Keys come from standard input when it is the terminal, else from the
        // terminal itself, as `less` does: `pdftotext a.pdf - | tandem /dev/stdin`.
        keyboard = isatty(0) == 1 ? nil : fopen("/dev/tty", "re")
        guard let output = fdopen(1, "w"), let input = keyboard ?? fdopen(0, "r"), isatty(fileno(input)) == 1 else {
            if let keyboard { fclose(keyboard) }
            throw .notATerminal
        }
        guard let screen = newterm(term, output, input) else {
            if let keyboard { fclose(keyboard) }
            throw .unknownTerminal(term)
        }
        self.screen = screen
        set_term(screen)
        guard let window = tandem_stdscr() else { throw .unknownTerminal(term) }
        self.window = window
        tandem_install_terminal_signal_handlers()
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)
        curs_set(0)
        palette = StylePalette(environment: environment)
        setMouse(mouse)
    }

    deinit { shutdown() }

    /// Restores the terminal; safe to call more than once.
    public func shutdown() {
        guard !closed else { return }
        closed = true
        endwin()
        delscreen(screen)
        if let keyboard { fclose(keyboard) }
        tandem_remove_terminal_signal_handlers()
    }

    public var size: (width: Int, height: Int) {
        (Int(getmaxx(window)), Int(getmaxy(window)))
    }

    public func setMouse(_ enabled: Bool) {
        if enabled {
            mousemask(tandem_BUTTON1_CLICKED | tandem_BUTTON1_PRESSED | tandem_BUTTON4_PRESSED | tandem_BUTTON5_PRESSED, nil)
            mouseinterval(0)
        } else {
            mousemask(0, nil)
        }
    }

    /// Copies the grid to the screen, writing only the cells that changed.
    public func present(_ grid: CellGrid) {
        let previous = shown.flatMap { $0.width == grid.width && $0.height == grid.height ? $0 : nil }
        if previous == nil { werase(window) }
        for y in 0..<grid.height {
            for x in 0..<grid.width {
                let cell = grid[x, y]
                guard cell.width > 0, previous?[x, y] != cell else { continue }
                draw(cell, x: x, y: y)
            }
        }
        wnoutrefresh(window)
        doupdate()
        shown = grid
    }

    private func draw(_ cell: Cell, x: Int, y: Int) {
        let look = palette.look(cell.style)
        var characters = cell.text.unicodeScalars.prefix(4).map { wchar_t(truncatingIfNeeded: $0.value) }
        characters.append(0)
        var complex = cchar_t()
        setcchar(&complex, characters, look.attributes, look.pair, nil)
        mvwadd_wch(window, Int32(y), Int32(x), &complex)
    }

    /// Forgets what is on screen so that the next present redraws everything.
    public func invalidate() {
        shown = nil
        clearok(window, true)
    }

    /// The next key, or nil after `timeout` milliseconds without one.
    public func readKey(timeout: Int32) -> Key? {
        wtimeout(window, timeout)
        var code: wint_t = 0
        let status = wget_wch(window, &code)
        if status == KEY_CODE_YES, Int32(code) == KEY_MOUSE { return readMouse() }
        let key = KeyDecoder.decode(status: status, code: UInt32(code))
        if key == .resize { invalidate() }
        return key
    }

    private func readMouse() -> Key? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let x = Int(event.x), y = Int(event.y)
        if event.bstate & tandem_BUTTON4_PRESSED != 0 { return .mouse(MouseEvent(kind: .wheelUp, x: x, y: y)) }
        if event.bstate & tandem_BUTTON5_PRESSED != 0 { return .mouse(MouseEvent(kind: .wheelDown, x: x, y: y)) }
        if event.bstate & (tandem_BUTTON1_CLICKED | tandem_BUTTON1_PRESSED) != 0 {
            return .mouse(MouseEvent(kind: .click, x: x, y: y))
        }
        return nil
    }
}
