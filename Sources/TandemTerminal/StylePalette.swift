import CNcursesw
import TandemUI

/// How each style role looks: colours where the terminal has them and the
/// user has not asked for none (`NO_COLOR`), otherwise bold, underline, dim and
/// reverse, so that every highlight stays visible.
struct StylePalette {
    struct Look {
        let attributes: attr_t
        let pair: Int16
    }

    private var looks: [StyleRole: Look] = [:]
    let usesColor: Bool

    /// Sets up colour pairs if colour is to be used; call once curses is started.
    init(environment: [String: String]) {
        let term = environment["TERM"] ?? ""
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        usesColor = !noColor && has_colors() && !term.hasPrefix("vt") && term != "dumb"
        if usesColor {
            start_color()
            use_default_colors()
            for (index, (fg, bg)) in Self.pairs.enumerated() { init_pair(Int16(index + 1), fg, bg) }
        }
        for role in StyleRole.allCases { looks[role] = usesColor ? Self.color(role) : Self.mono(role) }
    }

    func look(_ role: StyleRole) -> Look { looks[role] ?? Look(attributes: tandem_A_NORMAL, pair: 0) }

    /// Colour pairs, numbered from 1; -1 is the terminal's own colour.
    private static let pairs: [(Int16, Int16)] = [
        (Int16(COLOR_CYAN), -1),      // 1 aligned
        (Int16(COLOR_YELLOW), -1),    // 2 changed, marks
        (Int16(COLOR_BLACK), Int16(COLOR_YELLOW)), // 3 search match
        (Int16(COLOR_WHITE), Int16(COLOR_BLUE)),   // 4 pane headers, status
        (Int16(COLOR_MAGENTA), -1),   // 5 claims
        (Int16(COLOR_GREEN), -1),     // 6 headings
    ]

    private static func color(_ role: StyleRole) -> Look {
        switch role {
        case .normal: return Look(attributes: tandem_A_NORMAL, pair: 0)
        case .title: return Look(attributes: tandem_A_BOLD, pair: 0)
        case .heading: return Look(attributes: tandem_A_BOLD, pair: 6)
        case .byline: return Look(attributes: tandem_A_DIM, pair: 0)
        case .dim: return Look(attributes: tandem_A_DIM, pair: 0)
        case .aligned: return Look(attributes: tandem_A_NORMAL, pair: 1)
        case .changed: return Look(attributes: tandem_A_BOLD, pair: 2)
        case .claim: return Look(attributes: tandem_A_UNDERLINE, pair: 5)
        case .claimFocus: return Look(attributes: tandem_A_REVERSE | tandem_A_UNDERLINE, pair: 5)
        case .searchMatch: return Look(attributes: tandem_A_NORMAL, pair: 3)
        case .selection: return Look(attributes: tandem_A_REVERSE, pair: 0)
        case .status: return Look(attributes: tandem_A_NORMAL, pair: 4)
        case .border: return Look(attributes: tandem_A_BOLD, pair: 4)
        }
    }

    private static func mono(_ role: StyleRole) -> Look {
        let attributes: attr_t
        switch role {
        case .normal: attributes = tandem_A_NORMAL
        case .title: attributes = tandem_A_BOLD
        case .heading: attributes = tandem_A_BOLD | tandem_A_UNDERLINE
        case .byline, .dim: attributes = tandem_A_DIM
        case .aligned: attributes = tandem_A_BOLD
        case .changed: attributes = tandem_A_UNDERLINE | tandem_A_BOLD
        case .claim: attributes = tandem_A_UNDERLINE | tandem_A_BOLD
        case .claimFocus: attributes = tandem_A_REVERSE | tandem_A_UNDERLINE
        case .searchMatch: attributes = tandem_A_REVERSE
        case .selection: attributes = tandem_A_REVERSE | tandem_A_BOLD
        case .status: attributes = tandem_A_REVERSE
        case .border: attributes = tandem_A_REVERSE
        }
        return Look(attributes: attributes, pair: 0)
    }
}
