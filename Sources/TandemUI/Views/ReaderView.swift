import TandemKit

/// The reading pane: the cleaned article, with passages that other articles
/// restate tinted and marked in the margin, search matches highlighted, and
/// `]`/`[` stepping through the linked passages.
@MainActor
final class ReaderView: View {
    let context = KeyContext.reader
    private let model: ReaderModel
    private(set) var article: Int?
    private var layout: ArticleLayout?
    private var scroller = Scroller()
    /// The source position at the top of the pane, kept across widths.
    private var anchor: (paragraph: Int, offset: Int)?
    /// A match to bring into view once the article is laid out (a search
    /// carried into an article just opened).
    private var pendingReveal: (paragraph: Int, range: Range<Int>)?
    private var linked: [Int: [Range<Int>]] = [:]
    private var matches: [(paragraph: Int, range: Range<Int>)] = []
    private var currentMatch: Int?
    private var query = ""
    private var currentLink: Int?
    /// The claims shown, and the one in focus (`n`/`N`).
    private(set) var claims: [Claim] = []
    private var claimRanges: [Int: [Range<Int>]] = [:]
    private(set) var currentClaim: Int?
    /// Text rows of the pane at the last draw.
    private var height = 20

    init(model: ReaderModel) { self.model = model }

    func open(_ article: Int) {
        guard article != self.article else { return }
        self.article = article
        layout = nil
        anchor = nil
        pendingReveal = nil
        scroller = Scroller()
        currentLink = nil
        currentClaim = nil
        refreshLinks()
        refreshClaims()
        _ = search(query)
    }

    /// The reading position: the text at the top of the pane.
    /// At the very top it is paragraph −1.
    var readingPosition: ReadingState.Position? {
        guard article != nil else { return nil }
        return anchor.map { ReadingState.Position(paragraph: $0.paragraph, offset: $0.offset) }
            ?? ReadingState.Position(paragraph: -1, offset: 0)
    }

    /// Opens an article at a remembered position (applied at the next layout).
    func open(_ article: Int, at position: ReadingState.Position) {
        open(article)
        if position.paragraph >= 0 {
            anchor = (position.paragraph, position.offset)
            pendingReveal = nil  // the place the reader left wins over a match
        }
    }

    /// Re-reads the article's claims (when they arrive or the level changes),
    /// keeping the claim in focus when it is still shown.
    func refreshClaims() {
        let focused = currentClaim.map { claims[$0].sentence }
        claims = article.map(model.visibleClaims(of:)) ?? []
        claimRanges = [:]
        for claim in claims {
            guard let article, let sentence = model.location(ofSentence: claim.sentence, of: article) else { continue }
            claimRanges[sentence.paragraph, default: []].append(sentence.range)
        }
        currentClaim = focused.flatMap { sentence in claims.firstIndex { $0.sentence == sentence } }
    }

    /// The claim in focus.
    var focusedClaim: Claim? { currentClaim.map { claims[$0] } }

    /// Where the claim in focus sits, for drawing and revealing it.
    private var focusedClaimLocation: (paragraph: Int, range: Range<Int>)? {
        guard let claim = focusedClaim, let article else { return nil }
        return model.location(ofSentence: claim.sentence, of: article)
    }

    /// The cleaned text arrived: lay the article out again, at the position kept.
    func articlesDidArrive() {
        layout = nil
        _ = search(query)
    }

    /// Re-reads the linked passages (when the analysis arrives).
    func refreshLinks() {
        linked = article.map(model.linkedPassages(of:)) ?? [:]
    }

    /// Linked passages as (paragraph, range), in reading order.
    private var linkList: [(paragraph: Int, range: Range<Int>)] {
        linked.keys.sorted().flatMap { paragraph in
            merged(linked[paragraph]!).map { (paragraph, $0) }
        }
    }

    private func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, range.lowerBound <= last.upperBound + 1 {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }

    private func layout(width: Int) -> ArticleLayout? {
        // Not before the text arrives: laying out a stand-in would lose the position to restore.
        guard let article, model.isCleaned else { return nil }
        if let layout, layout.width == width { return layout }
        let fresh = ArticleLayout(article: model.articles[article], width: width)
        // Keep the reading position: the same text at the top after re-wrapping.
        if let anchor, let row = fresh.row(paragraph: anchor.paragraph, offset: anchor.offset) {
            scroller.top = row
        }
        layout = fresh
        return fresh
    }

    /// The text at the top of the pane; none at the very top, so that a new width
    /// keeps the title in view rather than jumping to the first paragraph.
    private static func anchor(at top: Int, in layout: ArticleLayout) -> (paragraph: Int, offset: Int)? {
        top == 0 ? nil : layout.anchor(of: top)
    }

    /// Position through the article, 0…100, for the status bar.
    func position(height: Int) -> Int {
        guard let layout, layout.rows.count > height else { return 100 }
        return min(100, (scroller.top + height) * 100 / layout.rows.count)
    }

    func draw(into grid: inout CellGrid, frame: Rect, focused: Bool) {
        let header = Rect(x: frame.x, y: frame.y, width: frame.width, height: 1)
        grid.fill(header, style: .border)
        guard let article else {
            grid.write("No article open", x: frame.x + 1, y: frame.y, style: .border, limit: frame.maxX)
            grid.write("Enter opens the selected article.", x: frame.x + 2, y: frame.y + 2, style: .dim, limit: frame.maxX)
            return
        }
        grid.writeTruncating(headerText(for: article, width: frame.width - 2), x: frame.x + 1, y: frame.y, style: .border,
                             limit: frame.maxX - 1)
        let body = Rect(x: frame.x, y: frame.y + 1, width: frame.width, height: frame.height - 1)
        height = max(1, body.height)
        guard model.isCleaned else {
            grid.write("Reading the articles…", x: frame.x + 2, y: body.y + 1, style: .dim, limit: frame.maxX)
            return
        }
        guard let layout = layout(width: body.width) else { return }
        if let target = pendingReveal {
            pendingReveal = nil
            reveal(target, height: body.height)
        }
        scroller.scroll(by: 0, total: layout.rows.count, height: body.height)
        anchor = Self.anchor(at: scroller.top, in: layout)
        for (offset, row) in layout.rows.dropFirst(scroller.top).prefix(body.height).enumerated() {
            drawRow(row, into: &grid, x: body.x, y: body.y + offset, width: body.width)
        }
    }

    /// "path · 243 words · source of …/thomas1sn · 100%". Too wide, the path
    /// gives up its start first (its file name tells it apart), then the badge
    /// the other article's name; the word count and relation stay.
    private func headerText(for article: Int, width: Int) -> String {
        let clean = model.articles[article]
        let words = model.isCleaned ? DisplayText.count(clean.wordCount, "word") : nil
        let separator = " · "
        let badge = model.badge(for: article, width: max(16, width / 2)).map(DisplayText.sanitize)
        let tail = [words, badge].compactMap { $0 }.map { separator + $0 }.joined()
        let path = DisplayText.sanitize(clean.id)
        let room = width - DisplayWidth.of(tail)
        return (room >= 8 ? DisplayText.keepingEnd(path, width: room) : path) + tail
    }

    private func drawRow(_ row: ArticleLayout.Row, into grid: inout CellGrid, x: Int, y: Int, width: Int) {
        guard let line = row.line else { return }
        let base: StyleRole
        switch row.kind {
        case .title: base = .title
        case .byline: base = .byline
        case .heading: base = .heading
        default: base = .normal
        }
        // Only what touches this row is checked glyph by glyph.
        let span = (line.glyphs.first?.offset ?? 0)...(line.glyphs.last?.offset ?? 0)
        let linkedRanges = (row.paragraph.flatMap { linked[$0] } ?? []).filter { $0.overlaps(span) }
        let rowClaims = (row.paragraph.flatMap { claimRanges[$0] } ?? []).filter { $0.overlaps(span) }
        let focusedClaimRange = focusedClaimLocation.flatMap { $0.paragraph == row.paragraph ? $0.range : nil }
        let rowMatches = row.paragraph.map { paragraph in
            matches.indices.filter { matches[$0].paragraph == paragraph && matches[$0].range.overlaps(span) }
        } ?? []
        if !linkedRanges.isEmpty {
            let focusedLink = currentLink.map { linkList[$0] }
            let inFocus = focusedLink.map { $0.paragraph == row.paragraph && $0.range.overlaps(span) } ?? false
            grid.put(Glyph(text: "▌", width: 1, offset: 0), x: x, y: y, style: inFocus ? .selection : .aligned,
                     limit: x + width)
        }
        var column = x + ArticleLayout.margin
        for glyph in line.glyphs {
            var style = base
            if linkedRanges.contains(where: { $0.contains(glyph.offset) }) { style = .aligned }
            if rowClaims.contains(where: { $0.contains(glyph.offset) }) {
                style = focusedClaimRange?.contains(glyph.offset) == true ? .claimFocus : .claim
            }
            if let index = rowMatches.first(where: { matches[$0].range.contains(glyph.offset) }) {
                style = index == currentMatch ? .selection : .searchMatch
            }
            guard let next = grid.put(glyph, x: column, y: y, style: style, limit: x + width) else { break }
            column = next
        }
    }

    func handle(_ action: Action, frame: Rect) -> Bool {
        guard let layout = layout ?? layout(width: frame.width) else { return false }
        let height = max(1, frame.height - 1), total = layout.rows.count
        if scroller.move(action, total: total, height: height) {
            anchor = Self.anchor(at: scroller.top, in: layout)
            return true
        }
        switch action {
        case .nextItem, .previousItem:
            // After a search n/N walk the matches; otherwise the claims.
            if !matches.isEmpty {
                currentMatch = Cycling.step(from: currentMatch, count: matches.count, forward: action == .nextItem)
                reveal(matches[currentMatch!], height: height)
                break
            }
            guard !claims.isEmpty else { return false }
            currentClaim = Cycling.step(from: currentClaim, count: claims.count, forward: action == .nextItem)
            if let sentence = focusedClaimLocation {
                // The whole claim in view: its last line, then its first.
                let last = sentence.range.upperBound - 1..<sentence.range.upperBound
                reveal((sentence.paragraph, last), height: height)
                reveal((sentence.paragraph, sentence.range), height: height)
            }
        case .nextLink, .previousLink:
            let links = linkList
            guard !links.isEmpty else { return false }
            currentLink = Cycling.step(from: currentLink, count: links.count, forward: action == .nextLink)
            reveal(links[currentLink!], height: height)
        default:
            return false
        }
        anchor = Self.anchor(at: scroller.top, in: layout)
        return true
    }

    private func reveal(_ target: (paragraph: Int, range: Range<Int>), height: Int) {
        guard layout != nil else {
            pendingReveal = target
            return
        }
        guard let layout, let row = layout.row(paragraph: target.paragraph, offset: target.range.lowerBound) else { return }
        scroller.reveal(row, total: layout.rows.count, height: height, margin: 2)
    }

    /// "Claim 3/17 · 2 other sources · 1 possible conflict", or the count when none is in focus.
    var claimStatus: String? {
        guard let claim = focusedClaim, let index = currentClaim else {
            return claims.isEmpty ? nil
                : "\(DisplayText.count(claims.count, "claim")) (level \(model.claimLevel + 1)/\(ClaimSelection.levels.count))"
        }
        let sources = Set(claim.corroborations.map(\.article)).count
        let conflicts = claim.conflicts.count
        var text = "Claim \(index + 1)/\(claims.count) · \(DisplayText.count(sources, "other source"))"
        if conflicts > 0 { text += " · " + DisplayText.count(conflicts, "possible conflict") }
        return text
    }

    /// The linked passages, for the status bar: "passage 2/14" with one in
    /// focus, "14 passages" before `]` has focused one.
    var linkStatus: String? {
        let count = linkList.count
        guard count > 0 else { return nil }
        guard let currentLink else { return DisplayText.count(count, "passage") }
        return "passage \(currentLink + 1)/\(count)"
    }

    func search(_ query: String) -> Int {
        self.query = query
        matches = []
        currentMatch = nil
        guard let article, !query.isEmpty else { return 0 }
        for (index, paragraph) in model.articles[article].paragraphs.enumerated() {
            matches += TextSearch.matches(of: query, in: paragraph.text).map { (index, $0) }
        }
        if !matches.isEmpty {
            // Incremental search jumps to the first match at or after the top.
            let top = anchor
            currentMatch = matches.firstIndex { match in
                guard let top else { return true }
                return match.paragraph > top.paragraph || (match.paragraph == top.paragraph && match.range.lowerBound >= top.offset)
            } ?? 0
            reveal(matches[currentMatch!], height: height)
        }
        return matches.count
    }

    var searchPosition: (current: Int, count: Int)? {
        query.isEmpty ? nil : ((currentMatch ?? -1) + 1, matches.count)
    }

    func click(x: Int, y: Int, frame: Rect) -> Bool { true }

    /// Scrolls by mouse wheel.
    func wheel(_ lines: Int, frame: Rect) {
        guard let layout else { return }
        scroller.scroll(by: lines, total: layout.rows.count, height: max(1, frame.height - 1))
        anchor = Self.anchor(at: scroller.top, in: layout)
    }
}
