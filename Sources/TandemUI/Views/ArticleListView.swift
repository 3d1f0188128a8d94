import TandemKit

/// The article list: two lines per article (read marker and title; byline,
/// words and relation badge), grouped by story once the stories are known.
/// Searching filters it by title, byline and text.
@MainActor
final class ArticleListView: View {
    let context = KeyContext.list
    private let model: ReaderModel
    private(set) var selected: Int?
    private var scroller = Scroller()
    private var filter = ""

    enum Row: Equatable {
        case story(index: Int, count: Int)
        case others(count: Int)
        case article(Int)
    }

    init(model: ReaderModel) {
        self.model = model
        selected = model.articles.isEmpty ? nil : 0
    }

    /// Lines per article row.
    static let rowHeight = 2

    /// After the stories arrive the order changes: keep the selection, or take the first.
    func storiesChanged() {
        cachedRows = nil
        if selected == nil { selected = articleRows.first }
    }

    /// Selects the first article shown (at start, when nothing was chosen yet).
    func selectFirst() {
        cachedRows = nil
        selected = articleRows.first
    }

    /// The rows shown: story headers and articles, filtered by the search;
    /// kept until the filter or the stories change.
    var rows: [Row] {
        if let cached = cachedRows { return cached }
        let rows = buildRows()
        cachedRows = rows
        cachedArticles = rows.compactMap { if case .article(let a) = $0 { a } else { nil } }
        return rows
    }

    private var cachedRows: [Row]?
    private var cachedArticles: [Int] = []

    private func buildRows() -> [Row] {
        let groups = model.storyGroups
        var rows: [Row] = []
        for (number, group) in groups.enumerated() {
            let members = group.filter(matchesFilter)
            guard !members.isEmpty else { continue }
            if model.stories != nil {
                let isRest = number == groups.count - 1 && (model.stories?.clusters.count ?? 0) < groups.count
                rows.append(isRest ? .others(count: members.count) : .story(index: number + 1, count: group.count))
            }
            rows += members.map { .article($0) }
        }
        return rows
    }

    /// The articles in the order shown (1-based position for the status bar).
    func position(of article: Int) -> (index: Int, count: Int)? {
        let list = articleRows
        return list.firstIndex(of: article).map { ($0 + 1, list.count) }
    }

    private var articleRows: [Int] {
        _ = rows
        return cachedArticles
    }

    private func matchesFilter(_ article: Int) -> Bool {
        filter.isEmpty || matchesHeading(article) || textMatches(article) > 0
    }

    private func matchesHeading(_ article: Int) -> Bool {
        !TextSearch.matches(of: filter, in: model.articles[article].title).isEmpty
            || !TextSearch.matches(of: filter, in: model.articles[article].byline ?? "").isEmpty
    }

    /// The articles' texts folded for searching, made at the first search of their text.
    private var folded: FoldedTexts?

    /// How often the filter occurs in an article's text (0 before the text arrives).
    private func textMatches(_ article: Int) -> Int {
        guard model.isCleaned else { return 0 }
        if folded == nil { folded = FoldedTexts(model.articles) }
        return folded!.occurrences(of: CaseFolding.folded(filter), in: article)
    }

    /// The cleaned texts arrived: search them from now on.
    func textsChanged() {
        folded = nil
        storiesChanged()
    }

    func select(_ article: Int) { selected = article }

    func draw(into grid: inout CellGrid, frame: Rect, focused: Bool) {
        let title = filter.isEmpty ? "Articles · \(model.articles.count) in \(model.sourceName)"
            : "Articles matching “\(filter)” · \(articleRows.count) of \(model.articles.count)"
        grid.fill(Rect(x: frame.x, y: frame.y, width: frame.width, height: 1), style: .border)
        grid.write(DisplayText.sanitize(title), x: frame.x + 1, y: frame.y, style: .border, limit: frame.maxX)
        let body = Rect(x: frame.x, y: frame.y + 1, width: frame.width, height: frame.height - 1)
        let rows = self.rows
        let lines = rows.map(lineCount)
        let starts = lines.reduce(into: [0]) { $0.append($0.last! + $1) }
        if let selected, let index = rows.firstIndex(of: .article(selected)) {
            scroller.reveal(starts[index], total: starts.last!, height: body.height, margin: 1)
            scroller.reveal(starts[index] + lines[index] - 1, total: starts.last!, height: body.height, margin: 0)
        }
        visibleStarts = (starts, rows)
        if rows.isEmpty {
            grid.write(filter.isEmpty ? "No articles." : "No article matches “\(filter)”.", x: body.x + 2, y: body.y,
                       style: .dim, limit: body.maxX)
        }
        for (index, row) in rows.enumerated() {
            let y = body.y + starts[index] - scroller.top
            guard y + lines[index] > body.y, y < body.maxY else { continue }
            drawRow(row, into: &grid, x: body.x, y: y, width: body.width, focused: focused, clip: body)
        }
    }

    /// Where each row starts, in lines, at the last draw (for mouse clicks).
    private var visibleStarts: ([Int], [Row]) = ([0], [])

    private func lineCount(_ row: Row) -> Int {
        if case .article = row { return Self.rowHeight }
        return 1
    }

    private func drawRow(_ row: Row, into grid: inout CellGrid, x: Int, y: Int, width: Int, focused: Bool, clip: Rect) {
        let visible = { (line: Int) in line >= clip.y && line < clip.maxY }
        switch row {
        case .story(let index, let count):
            if visible(y) { grid.write("Story \(index) · \(count) articles", x: x + 1, y: y, style: .heading, limit: x + width) }
        case .others(let count):
            if visible(y) { grid.write("Other articles · \(count)", x: x + 1, y: y, style: .heading, limit: x + width) }
        case .article(let article):
            let isSelected = article == selected
            let base: StyleRole = isSelected ? (focused ? .selection : .dim) : .normal
            for line in y..<(y + Self.rowHeight) where isSelected && visible(line) {
                grid.fill(Rect(x: x, y: line, width: width, height: 1), style: base)
            }
            let clean = model.articles[article]
            if visible(y) {
                let marker = model.marked == article ? "*" : (model.read.contains(article) ? " " : "●")
                let column = grid.write(marker, x: x + 1, y: y, style: isSelected ? base : .claim, limit: x + width)
                grid.writeTruncating(" " + DisplayText.sanitize(clean.title), x: column, y: y,
                           style: isSelected ? base : (model.read.contains(article) ? .normal : .title), limit: x + width - 1)
            }
            if visible(y + 1) { drawDetails(of: article, x: x + 3, y: y + 1, limit: x + width - 1, selectedStyle: isSelected ? base : nil, into: &grid) }
        }
    }

    /// The second line of a row: byline, word count and relation badge. The byline
    /// gives way first, so the count and the badge stay readable in a narrow pane.
    private func drawDetails(of article: Int, x: Int, y: Int, limit: Int, selectedStyle: StyleRole?, into grid: inout CellGrid) {
        let clean = model.articles[article]
        var words = model.isCleaned ? DisplayText.count(clean.wordCount, "word") : "reading…"
        // Found by its text alone: say so, or the row would not show why it is there.
        if !filter.isEmpty, !matchesHeading(article) {
            words = DisplayText.count(textMatches(article), "match", plural: "matches") + " in the text"
        }
        let badge = model.badge(for: article, width: limit - x - DisplayWidth.of(words) - 2).map { "  " + $0 } ?? ""
        var column = x
        if let byline = clean.byline.map(DisplayText.sanitize) {
            let room = limit - x - DisplayWidth.of(words + badge) - 3
            if room >= 6 {
                column = grid.writeTruncating(byline, x: column, y: y, style: selectedStyle ?? .byline, limit: x + room)
                column = grid.write(" · ", x: column, y: y, style: selectedStyle ?? .byline, limit: limit)
            }
        }
        column = grid.writeTruncating(words, x: column, y: y, style: selectedStyle ?? .byline, limit: limit)
        grid.writeTruncating(badge, x: column, y: y, style: selectedStyle ?? .aligned, limit: limit)
    }

    func handle(_ action: Action, frame: Rect) -> Bool {
        let list = articleRows
        guard !list.isEmpty else { return false }
        let position = selected.flatMap { list.firstIndex(of: $0) } ?? 0
        let page = max(1, (frame.height - 2) / Self.rowHeight)
        let target: Int
        switch action {
        case .lineDown: target = position + 1
        case .lineUp: target = position - 1
        case .pageDown: target = position + page
        case .pageUp: target = position - page
        case .halfPageDown: target = position + page / 2
        case .halfPageUp: target = position - page / 2
        case .top: target = 0
        case .bottom: target = list.count - 1
        case .nextItem where !filter.isEmpty: target = position + 1
        case .previousItem where !filter.isEmpty: target = position - 1
        default: return false
        }
        selected = list[max(0, min(list.count - 1, target))]
        return true
    }

    func search(_ query: String) -> Int {
        filter = query
        cachedRows = nil
        let list = articleRows
        if let selected, list.contains(selected) { return list.count }
        selected = list.first
        return list.count
    }

    var searchPosition: (current: Int, count: Int)? {
        guard !filter.isEmpty else { return nil }
        let list = articleRows
        return (selected.flatMap { list.firstIndex(of: $0) }.map { $0 + 1 } ?? 0, list.count)
    }

    func click(x: Int, y: Int, frame: Rect) -> Bool {
        let line = y - frame.y - 1 + scroller.top
        let (starts, rows) = visibleStarts
        guard let index = starts.indices.dropLast().last(where: { starts[$0] <= line }), index < rows.count,
              case .article(let article) = rows[index] else { return false }
        selected = article
        return true
    }
}

extension Int {
    /// 1234 → "1,234"
    func formatted() -> String {
        let digits = Array(String(self))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }
}
