import TandemKit

/// The reader's driver: turns keys into actions through the key table, routes
/// them to the view in focus, and handles the global ones (panes, search, help,
/// compare, quit). Its extensions take what arrives from outside (reading
/// state, analysis, reload), the mouse, and draw the whole screen into a grid.
@MainActor
public final class Application {
    public let model: ReaderModel
    let keys: KeyTable
    let list: ArticleListView
    let reader: ReaderView
    let help: HelpView
    var compare: CompareView?
    /// The other sources of a claim (Enter on a claim); compare opens above it.
    var claimPanel: ClaimPanelView?

    enum Pane { case list, reader }
    var focus = Pane.list
    var showingHelp = false
    var prompt: Prompt?
    /// The query before the prompt opened, restored on Esc.
    private var queryBeforePrompt = ""
    var queries: [Pane: String] = [:]
    var message: String?
    /// What the background analysis is doing, for the status bar.
    public var progress: String?
    public private(set) var wantsQuit = false
    /// The user asked to read the folders again (`R`); the loop builds a new
    /// application on them and calls `carryOver(from:)`.
    public internal(set) var wantsReload = false
    public internal(set) var mouseEnabled: Bool
    var size = (width: 80, height: 24)
    /// The user has moved in the list or opened something.
    var userMoved = false

    /// The last position written to the state, to write only changes.
    var savedPosition: (article: Int, position: ReadingState.Position)?

    public init(model: ReaderModel, keys: KeyTable = .standard, mouse: Bool = true) {
        self.model = model
        self.keys = keys
        list = ArticleListView(model: model)
        reader = ReaderView(model: model)
        help = HelpView(keys: keys)
        mouseEnabled = mouse
        list.selectFirst()
    }

    // MARK: - Input

    public func handle(_ key: Key) {
        message = nil
        if case .resize = key { return }
        if case .mouse(let event) = key { return handleMouse(event) }
        if key == .control("c") { wantsQuit = true; return }
        if ScreenLayout(width: size.width, height: size.height).mode == .tooSmall {
            if key == .character("q") || key == .character("Q") { wantsQuit = true }
            return
        }
        if prompt != nil { return handlePrompt(key) }
        let context: KeyContext = showingHelp ? .help
            : (compare != nil ? .compare : (claimPanel != nil ? .claims : (focus == .list ? .list : .reader)))
        guard let action = keys.action(for: key, in: context) ?? keys.action(for: key, in: .list).flatMap({
            [.quit, .help].contains($0) ? $0 : nil }) else {
            if key == .escape, showingHelp { showingHelp = false }
            return
        }
        if showingHelp { return handleInHelp(action, key: key) }
        userMoved = true
        perform(action)
    }

    private func handleInHelp(_ action: Action, key: Key) {
        switch action {
        case .back, .help: showingHelp = false
        case .quit: wantsQuit = true
        default: help.scroll(action, screenHeight: size.height)
        }
    }

    func perform(_ action: Action) {
        switch action {
        case .quit: wantsQuit = true
        case .reload:
            wantsReload = true
            message = "reloading…"
        case .help: showingHelp = true
        case .toggleMouse:
            mouseEnabled.toggle()
            message = "mouse \(mouseEnabled ? "on" : "off")"
        case .search: openPrompt()
        case .back: back()
        case .nextPane: nextPane()
        case .open where claimPanel != nil: compareClaimSource()
        case .open where focus == .reader: openClaimPanel()
        case .open: openSelected()
        case .mark: mark()
        case .toggleRead: toggleRead()
        case .compare: openCompare()
        case .moreClaims, .fewerClaims: changeClaimLevel(by: action == .moreClaims ? 1 : -1)
        default:
            let handled = compare?.handle(action, frame: bodyFrame) ?? claimPanel?.handle(action, frame: bodyFrame)
                ?? focusedView.handle(action, frame: focusedFrame)
            if !handled { explainUnhandled(action) }
        }
    }

    private var focusedView: View { focus == .list ? list : reader }

    private func explainUnhandled(_ action: Action) {
        switch action {
        case .nextItem, .previousItem:
            if focus == .reader, reader.searchPosition == nil {
                message = model.claims == nil ? "still finding claims…" : "no claims shown in this article: + shows more"
            } else {
                message = "no search in this pane: / to search"
            }
        case .nextLink, .previousLink:
            message = model.isAnalyzed ? "no passage of this article appears elsewhere" : "still analysing the corpus…"
        default: break
        }
    }

    private func back() {
        if compare != nil {
            compare = nil
        } else if claimPanel != nil {
            claimPanel = nil
        } else if focus == .reader {
            focus = .list
        } else {
            wantsQuit = true
        }
    }

    private func nextPane() {
        if let compare {
            compare.swapLead()
            return
        }
        if focus == .list, reader.article != nil {
            focus = .reader
        } else {
            focus = .list
        }
    }

    func openSelected() {
        guard let article = list.selected else { return }
        reader.open(article)
        model.markRead(article)
        focus = .reader
        carryListSearch()
    }

    /// The search that found the article in the list goes on in it: its
    /// matches are highlighted and `n`/`N` walk them, as a mail reader shows
    /// the searched words in the message opened.
    /// An article found by its title alone keeps the reader's own search.
    private func carryListSearch() {
        guard let query = queries[.list], !query.isEmpty, query != queries[.reader] else { return }
        guard reader.search(query) > 0 else {
            _ = reader.search(queries[.reader] ?? "")
            return
        }
        queries[.reader] = query
        message = "“\(query)” here too: n/N; / Enter clears"
    }

    /// The article in the pane in focus becomes unread, or read again.
    private func toggleRead() {
        guard let article = focus == .reader ? reader.article : list.selected else { return }
        if model.read.contains(article) {
            model.markUnread(article)
            message = "\(model.shortName(article)): unread"
        } else {
            model.markRead(article)
            message = "\(model.shortName(article)): read"
        }
    }

    // MARK: - Claims

    private func openClaimPanel() {
        guard let claim = reader.focusedClaim else {
            message = reader.claims.isEmpty ? (model.claims == nil ? "still finding claims…" : "no claims shown: + shows more")
                : "n focuses a claim; Enter lists its sources"
            return
        }
        claimPanel = ClaimPanelView(model: model, claim: claim)
    }

    private func compareClaimSource() {
        guard let panel = claimPanel, let evidence = panel.selectedEvidence else {
            message = "no other article states this claim"
            return
        }
        compare = CompareView(model: model, lead: panel.claim.article, other: evidence.article,
                              pinning: (panel.claim.sentence, evidence.sentence))
    }

    private func changeClaimLevel(by step: Int) {
        let levels = ClaimSelection.levels.count
        let level = max(0, min(levels - 1, model.claimLevel + step))
        model.claimLevel = level
        reader.refreshClaims()
        let shown = reader.article != nil ? " · \(reader.claims.count) in this article" : ""
        message = "claims: level \(level + 1)/\(levels)\(step > 0 && level == levels - 1 ? " (most)" : "")"
            + "\(step < 0 && level == 0 ? " (fewest)" : "")\(shown)"
    }

    private func mark() {
        guard let article = currentArticle else { return }
        if model.marked == article {
            model.marked = nil
            message = "mark cleared"
        } else {
            model.marked = article
            message = "marked \(model.shortName(article)): press c on another article to compare"
        }
    }

    /// Selects an article in the list (as a click would).
    public func selectArticle(_ article: Int) {
        list.select(article)
        focus = .list
    }

    /// The article the user is looking at: open in the reader, or selected in the list.
    var currentArticle: Int? { focus == .reader ? reader.article : list.selected }

    private func openCompare() {
        guard let article = currentArticle else { return }
        let other: Int
        if let marked = model.marked, marked != article {
            other = marked
        } else if let closest = model.closestVersion(of: article) {
            other = closest
        } else {
            message = model.isAnalyzed ? "no other version of this article found: m marks one to compare with"
                : "still analysing the corpus… (m marks an article to compare with)"
            return
        }
        guard model.isAnalyzed else {
            message = "still analysing the corpus…"
            return
        }
        model.markRead(article)
        compare = CompareView(model: model, lead: article, other: other)
    }

    // MARK: - Search

    private func openPrompt() {
        let pane: Pane = focus
        queryBeforePrompt = queries[pane] ?? ""
        prompt = Prompt(label: "/", text: "")
    }

    private func handlePrompt(_ key: Key) {
        guard var editing = prompt else { return }
        let outcome = editing.handle(key)
        prompt = editing
        switch outcome {
        case .edited: applySearch(editing.text)
        case .accepted:
            prompt = nil
            applySearch(editing.text)
            if let count = searchStatus?.count, count == 0, !editing.text.isEmpty { message = "no match for “\(editing.text)”" }
        case .cancelled:
            prompt = nil
            applySearch(queryBeforePrompt)
        case .moved, .ignored: break
        }
    }

    private func applySearch(_ query: String) {
        if let compare {
            _ = compare.search(query)
            return
        }
        queries[focus] = query
        _ = focusedView.search(query)
    }

    var searchStatus: (current: Int, count: Int)? {
        compare?.searchPosition ?? focusedView.searchPosition
    }
}
