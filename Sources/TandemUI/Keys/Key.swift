/// A key press (or a terminal event delivered like one).
public enum Key: Hashable, Sendable {
    case character(Character)
    /// Ctrl with a letter: `control("d")` is Ctrl-D.
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, tab, backTab, escape, backspace, delete
    case function(Int)
    case resize
    case mouse(MouseEvent)

    /// The key written as in a key table: `j`, `<Down>`, `<C-d>`, `<Space>`.
    public init?(spec: String) {
        if spec.count == 1 { self = .character(spec.first!); return }
        guard spec.hasPrefix("<"), spec.hasSuffix(">") else { return nil }
        let name = spec.dropFirst().dropLast()
        if name.lowercased().hasPrefix("c-"), name.count == 3 {
            self = .control(Character(name.last!.lowercased()))
            return
        }
        if let named = Self.named[name.lowercased()] { self = named; return }
        if name.lowercased().hasPrefix("f"), let number = Int(name.dropFirst()) { self = .function(number); return }
        return nil
    }

    private static let named: [String: Key] = [
        "up": .up, "down": .down, "left": .left, "right": .right, "pgup": .pageUp, "pgdn": .pageDown,
        "home": .home, "end": .end, "enter": .enter, "tab": .tab, "backtab": .backTab, "esc": .escape,
        "backspace": .backspace, "del": .delete, "space": .character(" "),
    ]

    /// How the help screen writes the key.
    public var label: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .control(let c): return "Ctrl-" + c.uppercased()
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .function(let n): return "F\(n)"
        case .resize: return "resize"
        case .mouse: return "mouse"
        }
    }
}

/// A mouse event, in screen cells.
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case click
        case wheelUp
        case wheelDown
    }

    public let kind: Kind
    public let x: Int
    public let y: Int

    public init(kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}
