/// Actions and their keys in one table: it drives input, and the help screen is
/// generated from it, so the two cannot drift apart. Bindings are written in the
/// syntax a configuration file would use (`j <Down>`).
public struct KeyTable: Sendable {
    public struct Binding: Sendable {
        public let action: Action
        public let keys: [Key]
        public let help: String
        public let group: String
        public let contexts: Set<KeyContext>
    }

    public let bindings: [Binding]

    public init(_ bindings: [Binding]) { self.bindings = bindings }

    /// The action a key asks for in a context.
    public func action(for key: Key, in context: KeyContext) -> Action? {
        bindings.first { $0.contexts.contains(context) && $0.keys.contains(key) }?.action
    }

    /// The keys bound to an action, for hints in the status bar.
    public func keys(for action: Action) -> [Key] {
        bindings.first { $0.action == action }?.keys ?? []
    }

    private static func bind(_ action: Action, _ keys: String, _ help: String, _ group: String,
                             _ contexts: Set<KeyContext> = Set(KeyContext.allCases)) -> Binding {
        Binding(action: action, keys: keys.split(separator: " ").compactMap { Key(spec: String($0)) },
                help: help, group: group, contexts: contexts)
    }

    /// The default bindings of ARCHITECTURE.md.
    public static let standard = KeyTable([
        bind(.lineDown, "j <Down>", "move / scroll one line down", "Movement"),
        bind(.lineUp, "k <Up>", "move / scroll one line up", "Movement"),
        bind(.pageDown, "<Space> <PgDn> f", "page down", "Movement"),
        bind(.pageUp, "b <PgUp>", "page up", "Movement"),
        bind(.halfPageDown, "<C-d>", "half page down", "Movement"),
        bind(.halfPageUp, "<C-u>", "half page up", "Movement"),
        bind(.top, "g <Home>", "go to the top", "Movement"),
        bind(.bottom, "G <End>", "go to the bottom", "Movement"),
        bind(.open, "<Enter>", "open the selected article; on a claim, the other articles that state it", "Views",
             [.list, .reader, .claims]),
        bind(.nextPane, "<Tab>", "next pane; in compare, the other side leads", "Views", [.list, .reader, .compare]),
        bind(.compare, "c", "compare with its closest version (side by side)", "Views", [.list, .reader]),
        bind(.mark, "m", "mark an article; then c compares with it", "Views", [.list, .reader]),
        bind(.toggleRead, "u", "mark the article unread (or read again)", "Views", [.list, .reader]),
        bind(.nextLink, "]", "next aligned passage", "Reading", [.reader, .compare]),
        bind(.previousLink, "[", "previous aligned passage", "Reading", [.reader, .compare]),
        bind(.nextItem, "n", "next search match; in the reader without a search, next claim", "Reading",
             [.list, .reader, .compare]),
        bind(.previousItem, "N", "previous search match; in the reader without a search, previous claim", "Reading",
             [.list, .reader, .compare]),
        bind(.moreClaims, "+ =", "show more claims (lower the score threshold)", "Reading", [.list, .reader]),
        bind(.fewerClaims, "-", "show fewer claims (raise the score threshold)", "Reading", [.list, .reader]),
        bind(.search, "/", "search", "Reading", [.list, .reader, .compare]),
        bind(.help, "?", "this help", "General"),
        bind(.toggleMouse, "M", "mouse on / off", "General"),
        bind(.reload, "R", "reload the folders: new, changed and removed files", "General", [.list, .reader]),
        bind(.back, "q", "close the current view; on the article list, quit", "General"),
        bind(.quit, "Q", "quit", "General"),
    ])
}
