import TandemKit

/// What reaches the application from outside its keys: the remembered reading
/// state, the background analysis's results, a reload of the folders.
extension Application {
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
        list.textsChanged()
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
}
