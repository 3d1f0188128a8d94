import TandemKit

/// Two versions side by side: linked passages on the same rows (the shorter
/// side padded, as in a side-by-side diff), changed words highlighted,
/// passages with no counterpart dimmed in their place, and an overview column
/// per side showing where the links lie in each whole article. Below 100
/// columns the two sides stack, top and bottom, with the same navigation.
@MainActor
final class CompareView: View {
    let context = KeyContext.compare
    private let model: ReaderModel
    /// The two articles in alignment order; `leadIsFirst` says which leads.
    private let first: Int
    private let second: Int
    private var leadIsFirst = true
    private var alignment: Alignment?
    var lead: Int { leadIsFirst ? first : second }
    var other: Int { leadIsFirst ? second : first }
    private var blocks: [CompareBlocks.Block] = []
    private var rows: [Row] = []
    private var laidOutWidth = 0
    private var scroller = Scroller()
    private var otherScroller = Scroller()
    private(set) var currentLink: Int?
    private var query = ""
    private var matches: [(side: Side, article: Int, sentence: Int, range: Range<Int>)] = []
    private var currentMatch: Int?
    private var height = 20

    enum Side { case lead, other }

    /// One screen row: a line of each side, or padding.
    struct Row {
        var lead: StyledLine?
        var other: StyledLine?
        var block: Int
    }

    struct StyledLine {
        var glyphs: [Glyph]
        var styles: [StyleRole]
        /// For each glyph, the sentence and its UTF-8 offset in its paragraph (for search).
        var sources: [(sentence: Int, offset: Int)]
    }

    /// A sentence of each article to line up whatever the alignment found (a claim and its source).
    private let pin: (lead: Int, other: Int)?
    /// Scroll to the link in focus at the next draw, once laid out.
    private var revealPending = false
    /// At the first draw, scroll to the first aligned passage if it starts low.
    private var openingPending = true

    init(model: ReaderModel, lead: Int, other: Int, pinning pin: (lead: Int, other: Int)? = nil) {
        self.model = model
        first = lead
        second = other
        self.pin = pin
        refresh()
        if let pin, let alignment {
            currentLink = alignment.links.firstIndex { $0.a.contains(pin.lead) && $0.b.contains(pin.other) }
            revealPending = currentLink != nil
        }
    }

    func refresh() {
        alignment = pin.map { model.alignment(first, second, pinning: $0.lead, to: $0.other) } ?? model.alignment(first, second)
        guard let alignment, let analysis = model.analysis else { return }
        blocks = CompareBlocks(alignment: alignment, leadIsA: leadIsFirst,
                               leadCount: analysis.articles[lead].sentences.count,
                               otherCount: analysis.articles[other].sentences.count).blocks
        laidOutWidth = 0
    }

    /// Tab: the other article leads; the link in focus stays in focus.
    func swapLead() {
        leadIsFirst.toggle()
        refresh()
        scroller = Scroller()
        otherScroller = Scroller()
        _ = search(query)
        if let block = focusedBlock, let row = scrolledRow(ofBlock: block) {
            scroller.top = max(0, row - 2)
        }
    }

    /// Stacked (narrow), the top pane scrolls through the lead's rows only.
    private var isStacked = false

    /// The indices in `rows` of the rows `scroller` moves through.
    private var scrolledIndices: [Int] {
        isStacked ? rows.indices.filter { rows[$0].lead != nil || rows[$0].other == nil } : Array(rows.indices)
    }

    private var scrolledRows: [Row] { scrolledIndices.map { rows[$0] } }

    /// Where a block starts among the scrolled rows (stacked, a block with no
    /// lead rows stands where the next one starts).
    private func scrolledRow(ofBlock block: Int) -> Int? {
        scrolledIndices.firstIndex { rows[$0].block >= block }
    }

    /// Link indices in display order.
    private var linkOrder: [Int] { blocks.compactMap(\.link) }

    // MARK: - Layout

    private func columnWidths(_ frame: Rect) -> (text: Int, stacked: Bool) {
        let stacked = frame.width < ScreenLayout.wideFrom
        if stacked { return (max(10, frame.width - 4), true) }
        return (max(10, (frame.width - 7) / 2), false)
    }

    private func layOut(width: Int) {
        guard width != laidOutWidth, let analysis = model.analysis, let alignment else { return }
        laidOutWidth = width
        rows = []
        for (index, block) in blocks.enumerated() {
            let leadLines = lines(of: block.lead, in: lead, side: .lead, block: block, alignment: alignment,
                                  analysis: analysis, width: width)
            let otherLines = lines(of: block.other, in: other, side: .other, block: block, alignment: alignment,
                                   analysis: analysis, width: width)
            let count = max(leadLines.count, otherLines.count)
            for line in 0..<count {
                rows.append(Row(lead: line < leadLines.count ? leadLines[line] : nil,
                                other: line < otherLines.count ? otherLines[line] : nil, block: index))
            }
            rows.append(Row(lead: nil, other: nil, block: index))
        }
    }

    /// The wrapped, styled lines of one side of a block.
    private func lines(of sentences: [Int], in article: Int, side: Side, block: CompareBlocks.Block,
                       alignment: Alignment, analysis: AnalyzedCorpus, width: Int) -> [StyledLine] {
        guard !sentences.isEmpty else { return [] }
        let segmented = analysis.articles[article]
        var shared: [Bool]?
        if let link = block.link.map({ alignment.links[$0] }) {
            // A word the other side has too, in another place, was moved, not changed.
            shared = link.diff.kept(inA: article == alignment.a)
        }
        var glyphs: [Glyph] = [], styles: [StyleRole] = [], sources: [(Int, Int)] = []
        if side == .other, block.outOfOrder {
            // Where the moved passage stands in its own article, as the first
            // words of its column (drawn beside the column, it covered the divider).
            let start = segmented.sentences[sentences[0]]
            for glyph in Glyph.glyphs(of: "¶\(start.paragraph + 1)") {
                glyphs.append(glyph)
                styles.append(.claim)
                sources.append((sentences[0], -1))  // not in the text: search never marks it
            }
        }
        var tokenIndex = 0
        for sentence in sentences {
            let info = segmented.sentences[sentence]
            let paragraphText = Array(segmented.clean.paragraphs[info.paragraph].text.utf8)
            let text = String(decoding: paragraphText[info.textRange], as: UTF8.self)
            if !glyphs.isEmpty {
                glyphs.append(Glyph(text: " ", width: 1, offset: 0))
                styles.append(.normal)
                sources.append((sentence, info.textRange.lowerBound))
            }
            let tokens = segmented.tokenRanges(of: sentence)
            for glyph in Glyph.glyphs(of: text) {
                let offset = info.textRange.lowerBound + glyph.offset
                var style: StyleRole = block.link == nil ? .dim : .normal
                if let shared, let token = tokens.firstIndex(where: { $0.contains(offset) }),
                   tokenIndex + token < shared.count, !shared[tokenIndex + token] {
                    style = .changed
                }
                glyphs.append(glyph)
                styles.append(style)
                sources.append((sentence, offset))
            }
            tokenIndex += tokens.count
        }
        return TextLayout.wrap(glyphs, width: width).map { line in
            let range = line.glyphs.startIndex..<line.glyphs.endIndex
            return StyledLine(glyphs: Array(line.glyphs), styles: Array(styles[range]), sources: Array(sources[range]))
        }
    }

    // MARK: - Drawing

    func draw(into grid: inout CellGrid, frame: Rect, focused: Bool) {
        guard let alignment, model.analysis != nil else {
            grid.write("Still analysing the corpus…", x: frame.x + 2, y: frame.y + 1, style: .dim, limit: frame.maxX)
            return
        }
        let (textWidth, stacked) = columnWidths(frame)
        isStacked = stacked
        layOut(width: textWidth)
        if revealPending, let block = focusedBlock, let row = scrolledRow(ofBlock: block) {
            revealPending = false
            scroller.top = max(0, row - 2)
        }
        if openingPending {
            openingPending = false
            scrollToFirstLinkIfLow(visibleRows: stacked ? max(3, (frame.height - 1) / 2) - 1 : frame.height - 2)
        }
        if stacked { return drawStacked(into: &grid, frame: frame, textWidth: textWidth, alignment: alignment) }
        let leftText = frame.x + 2, rightText = leftText + textWidth + 3
        drawHeader(into: &grid, article: lead, share: share(of: lead, alignment), x: frame.x, width: textWidth + 2, y: frame.y)
        drawHeader(into: &grid, article: other, share: share(of: other, alignment), x: rightText - 1,
                   width: frame.maxX - rightText + 1, y: frame.y)
        let body = Rect(x: frame.x, y: frame.y + 2, width: frame.width, height: frame.height - 2)
        height = max(1, body.height)
        scroller.scroll(by: 0, total: rows.count, height: body.height)
        for y in body.y..<body.maxY { grid.write("│", x: leftText + textWidth + 1, y: y, style: .border) }
        for (offset, row) in rows.dropFirst(scroller.top).prefix(body.height).enumerated() {
            let y = body.y + offset
            let focusBlock = row.block == focusedBlock
            if let line = row.lead { drawLine(line, into: &grid, x: leftText, y: y, width: textWidth, side: .lead, emphasised: focusBlock) }
            if let line = row.other { drawLine(line, into: &grid, x: rightText, y: y, width: textWidth, side: .other, emphasised: focusBlock) }
            if focusBlock, row.lead != nil || row.other != nil {
                grid.write("▌", x: leftText - 1, y: y, style: .selection)
            }
        }
        drawOverview(into: &grid, x: frame.x, body: body, article: lead, alignment: alignment)
        drawOverview(into: &grid, x: frame.maxX - 1, body: body, article: other, alignment: alignment)
    }

    private func drawStacked(into grid: inout CellGrid, frame: Rect, textWidth: Int, alignment: Alignment) {
        let half = max(3, (frame.height - 1) / 2)
        let top = Rect(x: frame.x, y: frame.y, width: frame.width, height: half)
        let bottom = Rect(x: frame.x, y: frame.y + half, width: frame.width, height: frame.height - half)
        height = max(1, top.height - 1)
        drawHeader(into: &grid, article: lead, share: share(of: lead, alignment), x: top.x, width: top.width, y: top.y, compact: true)
        drawHeader(into: &grid, article: other, share: share(of: other, alignment), x: bottom.x, width: bottom.width,
                   y: bottom.y, compact: true)
        let leadRows = scrolledRows
        let otherRows = rows.filter { $0.other != nil || ($0.lead == nil && $0.other == nil) }
        scroller.scroll(by: 0, total: leadRows.count, height: top.height - 1)
        // The bottom follows the top: it shows the block at the top of the lead pane.
        let topBlock = leadRows.dropFirst(scroller.top).first?.block ?? 0
        otherScroller.top = otherRows.firstIndex { $0.block >= topBlock } ?? 0
        for (offset, row) in leadRows.dropFirst(scroller.top).prefix(top.height - 1).enumerated() {
            if let line = row.lead {
                drawLine(line, into: &grid, x: top.x + 2, y: top.y + 1 + offset, width: textWidth, side: .lead,
                         emphasised: row.block == focusedBlock)
            }
        }
        for (offset, row) in otherRows.dropFirst(otherScroller.top).prefix(bottom.height - 1).enumerated() {
            if let line = row.other {
                drawLine(line, into: &grid, x: bottom.x + 2, y: bottom.y + 1 + offset, width: textWidth, side: .other,
                         emphasised: row.block == focusedBlock)
            }
        }
    }

    /// Open where the versions meet: when the first linked block starts below
    /// the top third of the screen (a unique opening on either side, beside an
    /// empty column), it goes near the top, after the whole passage before it
    /// when that is short, else after the blank row that ends it (never after
    /// the tail of a paragraph); nothing is focused, so `]` still goes to it
    /// and `g` back to the openings.
    private func scrollToFirstLinkIfLow(visibleRows: Int) {
        guard currentLink == nil, scroller.top == 0, let block = blocks.firstIndex(where: { $0.link != nil }),
              let row = scrolledRow(ofBlock: block), row > visibleRows / 3 else { return }
        let before = scrolledRow(ofBlock: block - 1) ?? row
        scroller.top = row - before <= max(2, visibleRows / 4) ? before : row - 1
    }

    private var focusedBlock: Int? {
        guard let currentLink else { return nil }
        return blocks.firstIndex { $0.link == currentLink }
    }

    private func share(of article: Int, _ alignment: Alignment) -> Double {
        article == alignment.a ? alignment.linkedShareA : alignment.linkedShareB
    }

    private func drawHeader(into grid: inout CellGrid, article: Int, share: Double, x: Int, width: Int, y: Int,
                            compact: Bool = false) {
        grid.fill(Rect(x: x, y: y, width: width, height: 1), style: .border)
        let clean = model.articles[article]
        let percent = Int((share * 100).rounded())
        let title = "\(model.shortName(article)) · " + DisplayText.sanitize(clean.title)
        if compact {
            let share = "  \(percent)% in the other"
            let end = grid.writeTruncating(title, x: x + 1, y: y, style: .border, limit: x + width - DisplayWidth.of(share) - 1)
            grid.write(share, x: end, y: y, style: .border, limit: x + width)
        } else {
            grid.writeTruncating(title, x: x + 1, y: y, style: .border, limit: x + width - 1)
            let source = DisplayText.sanitize(clean.byline ?? clean.id)
            grid.writeTruncating("\(percent)% of this text is in the other · \(source)", x: x + 1, y: y + 1, style: .dim,
                                 limit: x + width - 1)
        }
    }

    private func drawLine(_ line: StyledLine, into grid: inout CellGrid, x: Int, y: Int, width: Int, side: Side,
                          emphasised: Bool) {
        var column = x
        for (index, glyph) in line.glyphs.enumerated() {
            var style = line.styles[index]
            if emphasised && style == .normal { style = .aligned }
            if isMatch(side: side, source: line.sources[index]) { style = .searchMatch }
            guard let next = grid.put(glyph, x: column, y: y, style: style, limit: x + width) else { break }
            column = next
        }
    }

    /// One cell per side showing, over the whole article, where the links lie.
    private func drawOverview(into grid: inout CellGrid, x: Int, body: Rect, article: Int, alignment: Alignment) {
        guard let analysis = model.analysis, body.height > 0 else { return }
        let sentences = analysis.articles[article].sentences.count
        guard sentences > 0 else { return }
        let path: KeyPath<Link, ClosedRange<Int>> = article == alignment.a ? \.a : \.b
        // Each row stands for the sentences of its share of the article.
        var owner = [Int?](repeating: nil, count: sentences)
        for (index, link) in alignment.links.enumerated() { for sentence in link[keyPath: path] { owner[sentence] = index } }
        for row in 0..<body.height {
            let from = row * sentences / body.height
            let to = max(from + 1, (row + 1) * sentences / body.height)
            let links = owner[from..<min(to, sentences)].compactMap { $0 }
            let style: StyleRole = links.isEmpty ? .border : (links.contains { $0 == currentLink } ? .selection : .aligned)
            grid.write(links.isEmpty ? "│" : "█", x: x, y: body.y + row, style: style)
        }
    }

    // MARK: - Actions

    func handle(_ action: Action, frame: Rect) -> Bool {
        let total = scrolledRows.count
        if scroller.move(action, total: total, height: height) { return true }
        switch action {
        case .nextLink, .previousLink:
            let order = linkOrder
            guard !order.isEmpty else { return false }
            let position = currentLink.flatMap { order.firstIndex(of: $0) }
            currentLink = order[Cycling.step(from: position, count: order.count, forward: action == .nextLink)]
            if let block = focusedBlock, let row = scrolledRow(ofBlock: block) {
                scroller.reveal(row, total: total, height: height, margin: 2)
                if row > scroller.top + 2 || row < scroller.top { scroller.top = max(0, row - 2) }
                scroller.scroll(by: 0, total: total, height: height)
            }
        case .nextItem, .previousItem:
            guard !matches.isEmpty else { return false }
            currentMatch = Cycling.step(from: currentMatch, count: matches.count, forward: action == .nextItem)
            revealMatch()
        default:
            return false
        }
        return true
    }

    /// "link 4/15 · paraphrase · 0.72", or "Compare · 15 links" before `]` focuses one.
    var statusText: String {
        guard let alignment else { return "Compare" }
        let order = linkOrder
        guard let currentLink, let position = order.firstIndex(of: currentLink) else {
            return "Compare · \(DisplayText.count(order.count, "link"))"
        }
        let link = alignment.links[currentLink]
        return "link \(position + 1)/\(order.count) · \(link.kind.rawValue) · \(String(format: "%.2f", link.score))"
    }

    // MARK: - Search

    func search(_ query: String) -> Int {
        self.query = query
        matches = []
        currentMatch = nil
        guard !query.isEmpty, let analysis = model.analysis else { return 0 }
        for (side, article) in [(Side.lead, lead), (Side.other, other)] {
            let segmented = analysis.articles[article]
            for (index, sentence) in segmented.sentences.enumerated() {
                let text = segmented.text(of: sentence)
                for range in TextSearch.matches(of: query, in: text) {
                    let offset = sentence.textRange.lowerBound
                    matches.append((side, article, index, (range.lowerBound + offset)..<(range.upperBound + offset)))
                }
            }
        }
        if !matches.isEmpty { currentMatch = 0; revealMatch() }
        return matches.count
    }

    private func isMatch(side: Side, source: (sentence: Int, offset: Int)) -> Bool {
        guard !matches.isEmpty else { return false }
        return matches.contains { $0.side == side && $0.sentence == source.sentence && $0.range.contains(source.offset) }
    }

    private func revealMatch() {
        guard let currentMatch else { return }
        let match = matches[currentMatch]
        guard let found = rows.firstIndex(where: { row in
            let line = match.side == .lead ? row.lead : row.other
            return line?.sources.contains { $0.sentence == match.sentence && match.range.contains($0.offset) } ?? false
        }) else { return }
        let indices = scrolledIndices
        // Stacked, a match in the bottom pane is shown by scrolling the top to its block.
        guard let row = indices.firstIndex(of: found) ?? scrolledRow(ofBlock: rows[found].block) else { return }
        scroller.reveal(row, total: indices.count, height: height, margin: 2)
    }

    var searchPosition: (current: Int, count: Int)? {
        query.isEmpty ? nil : ((currentMatch ?? -1) + 1, matches.count)
    }

    func click(x: Int, y: Int, frame: Rect) -> Bool { false }
}
