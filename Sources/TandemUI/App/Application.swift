import TandemKit

/// The reader's driver: turns keys into actions through the key table, routes
/// them to the view in focus, handles the global ones (panes, search, help,
/// compare, quit), and draws the whole screen into a grid.
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
    public private(set) var wantsReload = false
    public private(set) var mouseEnabled: Bool
    private var size = (width: 80, height: 24)
    /// The user has moved in the list or opened something.
    private var userMoved = false

    public init(model: ReaderModel, keys: KeyTable = .standard, mouse: Bool = true) {
        self.model = model
        self.keys = keys
        list = ArticleListView(model: model)
        reader = ReaderView(model: model)
        help = HelpView(keys: keys)
        mouseEnabled = mouse
        list.selectFirst()
    }

    /// The last position written to the state, to write only changes.
    private var savedPosition: (article: Int, position: ReadingState.Position)?

    /// Reopens the article the user last read, where they left it.
    public func restoreReadingState() {
        guard let (article, position) = model.restoreState() else {
            if let error = model.persistenceError { note(error) }
            return
        }
        list.select(article)
        if let position { reader.open(article, at: position) } else { reader.open(article) }
        focus = .reader
        savedPosition = position.map { (article, $0) }
        if let notice = model.persistence?.store.notice ?? model.persistenceError { note(notice) }
    }

    /// Writes the reading position if it changed (the loop calls this when idle and on exit).
    public func saveReadingPosition() {
        // Before the text arrives there is no position of the user's own to keep.
        guard model.persistence != nil, model.isCleaned, focus == .reader, let article = reader.article,
              let position = reader.readingPosition else { return }
        if let saved = savedPosition, saved.article == article, saved.position == position { return }
        model.rememberPosition(position, of: article)
        savedPosition = (article, position)
    }

    /// Continues where `old` (the same folders read before a reload) was: the
    /// selected article, the one open and the position in it, read marks, the
    /// mark and the searches, by article id; says what changed.
    public func carryOver(from old: Application) {
        model.adoptState(of: old.model)
        mouseEnabled = old.mouseEnabled
        userMoved = true
        let index = Dictionary(model.articles.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let oldIDs = Set(old.model.articles.map(\.id))
        if let selected = old.list.selected, let article = index[old.model.articles[selected].id] { list.select(article) }
        if old.focus == .reader, let open = old.reader.article, let article = index[old.model.articles[open].id] {
            if let position = old.reader.readingPosition { reader.open(article, at: position) } else { reader.open(article) }
            focus = .reader
        }
        // The searches too: the list stays filtered, the reader highlighted.
        queries = old.queries
        if let query = queries[.list] { _ = list.search(query) }
        if let query = queries[.reader] { _ = reader.search(query) }
        let added = index.keys.filter { !oldIDs.contains($0) }.count
        let removed = oldIDs.filter { index[$0] == nil }.count
        note("reloaded: \(DisplayText.count(model.articles.count, "article"))"
             + (added > 0 ? ", \(added) new" : "") + (removed > 0 ? ", \(removed) gone" : ""))
    }

    /// The folders could not be read again: this application goes on as it was.
    public func reloadFailed(_ reason: String) {
        wantsReload = false
        message = "reload failed: " + reason
    }

    /// Shows a line in the status bar until the next key (after any shown already).
    public func note(_ text: String) {
        message = [message, text].compactMap { $0 }.joined(separator: " · ")
    }

    /// The background work delivered the cleaned articles (titles, text).
    public func articlesDidArrive() {
        list.storiesChanged()
        reader.articlesDidArrive()
    }

    /// The background analysis delivered stories and alignments.
    public func analysisDidFinish() {
        // Stories regroup the list: keep the article the user was on, but start
        // at the top of the new order if they had not moved yet.
        if !userMoved, focus == .list { list.selectFirst() }
        list.storiesChanged()
        reader.refreshLinks()
        compare?.refresh()
        progress = nil
    }

    /// The background analysis found the claims.
    public func claimsDidArrive() {
        reader.refreshClaims()
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

    private func openSelected() {
        guard let article = list.selected else { return }
        reader.open(article)
        model.markRead(article)
        focus = .reader
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

    private var searchStatus: (current: Int, count: Int)? {
        compare?.searchPosition ?? focusedView.searchPosition
    }

    // MARK: - Mouse

    private func handleMouse(_ event: MouseEvent) {
        guard mouseEnabled, !showingHelp, prompt == nil else { return }
        if let claimPanel, compare == nil {
            if event.kind != .click { _ = claimPanel.handle(event.kind == .wheelUp ? .lineUp : .lineDown, frame: bodyFrame) }
            return
        }
        let layout = ScreenLayout(width: size.width, height: size.height)
        if let compare {
            if event.kind != .click {
                let action: Action = event.kind == .wheelUp ? .lineUp : .lineDown
                for _ in 0..<3 { _ = compare.handle(action, frame: bodyFrame) }
            }
            return
        }
        let target: (Pane, Rect)?
        switch layout.mode {
        case .wide(let listFrame, _, let readerFrame):
            target = listFrame.contains(x: event.x, y: event.y) ? (.list, listFrame)
                : (readerFrame.contains(x: event.x, y: event.y) ? (.reader, readerFrame) : nil)
        case .narrow(let frame): target = (focus, frame)
        case .tooSmall: target = nil
        }
        guard let (pane, frame) = target else { return }
        switch event.kind {
        case .wheelUp, .wheelDown:
            let lines = event.kind == .wheelUp ? -3 : 3
            if pane == .reader { reader.wheel(lines, frame: frame) } else {
                for _ in 0..<abs(lines) { _ = list.handle(lines < 0 ? .lineUp : .lineDown, frame: frame) }
            }
        case .click:
            if pane == .list {
                let wasSelected = list.selected
                if list.click(x: event.x, y: event.y, frame: frame), wasSelected == list.selected { openSelected() } else { focus = .list }
            } else if reader.article != nil {
                focus = .reader
            }
        }
    }

    // MARK: - Drawing

    private var bodyFrame: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height - 1) }

    private var focusedFrame: Rect {
        switch ScreenLayout(width: size.width, height: size.height).mode {
        case .wide(let listFrame, _, let readerFrame): return focus == .list ? listFrame : readerFrame
        case .narrow(let frame): return frame
        case .tooSmall: return bodyFrame
        }
    }

    /// Draws the whole screen.
    public func render(width: Int, height: Int) -> CellGrid {
        size = (width, height)
        var grid = CellGrid(width: width, height: height)
        let layout = ScreenLayout(width: width, height: height)
        switch layout.mode {
        case .tooSmall:
            let notice = "Too small: \(width)×\(height), need \(ScreenLayout.minimumWidth)×\(ScreenLayout.minimumHeight)"
            grid.write(notice, x: 0, y: 0, style: .status)
            return grid
        case .wide(let listFrame, let divider, let readerFrame):
            if let compare {
                compare.draw(into: &grid, frame: bodyFrame, focused: true)
            } else if let claimPanel {
                claimPanel.draw(into: &grid, frame: bodyFrame, focused: true)
            } else {
                list.draw(into: &grid, frame: listFrame, focused: focus == .list)
                for y in 0..<listFrame.height { grid.write("│", x: divider, y: y, style: .border) }
                // Side by side, the reading pane previews the selected article.
                if focus == .list, let selected = list.selected { reader.open(selected) }
                reader.draw(into: &grid, frame: readerFrame, focused: focus == .reader)
            }
        case .narrow(let frame):
            if let compare {
                compare.draw(into: &grid, frame: frame, focused: true)
            } else if let claimPanel {
                claimPanel.draw(into: &grid, frame: frame, focused: true)
            } else if focus == .reader {
                reader.draw(into: &grid, frame: frame, focused: true)
            } else {
                list.draw(into: &grid, frame: frame, focused: true)
            }
        }
        drawStatus(into: &grid, layout.status)
        if showingHelp { help.draw(into: &grid, screen: bodyFrame) }
        return grid
    }

    private func drawStatus(into grid: inout CellGrid, _ frame: Rect) {
        grid.fill(frame, style: .status)
        if let prompt {
            let end = grid.write(prompt.label + DisplayText.sanitize(prompt.text), x: frame.x, y: frame.y, style: .status)
            if let count = searchStatus?.count, !prompt.text.isEmpty {
                grid.write("  [\(count) match\(count == 1 ? "" : "es")]", x: end, y: frame.y, style: .status)
            }
            return
        }
        var left = statusText
        if let position = searchStatus, position.count > 0 { left += "  [\(position.current)/\(position.count)]" }
        if let message { left += "  " + message } else if let progress { left += "  " + progress }
        let hints = hintText
        let hintsWidth = DisplayWidth.of(hints)
        let leftEnd = grid.write(DisplayText.sanitize(left), x: frame.x + 1, y: frame.y, style: .status,
                                 limit: frame.maxX - 1)
        if leftEnd + hintsWidth + 2 < frame.maxX {
            grid.write(hints, x: frame.maxX - hintsWidth - 1, y: frame.y, style: .status)
        }
    }

    private var statusText: String {
        if let compare { return compare.statusText }
        if let claimPanel { return claimPanel.statusText }
        let count = model.articles.count
        switch focus {
        case .list:
            let stories = model.stories.map { " · \($0.clusters.count) stor\($0.clusters.count == 1 ? "y" : "ies")" } ?? ""
            let position = list.selected.flatMap(list.position(of:))
            return "Article \(position?.index ?? 0)/\(position?.count ?? count)\(stories)"
        case .reader:
            guard let article = reader.article else { return "" }
            let position = list.position(of: article)
            var text = "Article \(position?.index ?? article + 1)/\(position?.count ?? count) · \(reader.position(height: focusedFrame.height - 1))%"
            if let claims = reader.claimStatus {
                text = reader.focusedClaim == nil ? text + " · " + claims : claims
            }
            if reader.focusedClaim == nil, let link = reader.linkPosition { text += " · passage \(link.current)/\(link.count)" }
            return text
        }
    }

    private var hintText: String {
        if compare != nil { return "]/[ links  Tab swap  / search  q back" }
        if claimPanel != nil { return "j/k choose  Enter compare  q back" }
        switch focus {
        case .list: return "Enter open  c compare  / search  ? help  q quit"
        case .reader:
            return reader.focusedClaim != nil ? "n/N claims  Enter sources  +/- more/fewer  q back"
                : "n/N claims  ]/[ passages  c compare  ? help  q back"
        }
    }
}
