import TandemKit

/// An article laid out for a width: the rows a reading pane shows.
struct ArticleLayout {
    enum Kind: Equatable {
        case title, byline, heading, paragraph, blank
    }

    struct Row {
        let kind: Kind
        /// The paragraph it shows (nil for title, byline and blank rows).
        let paragraph: Int?
        let line: TextLayout.Line?
    }

    let width: Int
    let rows: [Row]

    /// Columns left of the text: the margin where linked passages are marked.
    static let margin = 2

    init(article: CleanArticle, width: Int) {
        self.width = width
        let textWidth = max(1, width - Self.margin - 1)
        var rows: [Row] = []
        for line in TextLayout.wrap(article.title, width: textWidth) {
            rows.append(Row(kind: .title, paragraph: nil, line: line))
        }
        if let byline = article.byline {
            for line in TextLayout.wrap("by " + byline, width: textWidth) {
                rows.append(Row(kind: .byline, paragraph: nil, line: line))
            }
        }
        for (index, paragraph) in article.paragraphs.enumerated() {
            rows.append(Row(kind: .blank, paragraph: nil, line: nil))
            let kind: Kind = paragraph.kind == .heading ? .heading : .paragraph
            for line in TextLayout.wrap(paragraph.text, width: textWidth) {
                rows.append(Row(kind: kind, paragraph: index, line: line))
            }
        }
        self.rows = rows
    }

    /// The row showing a paragraph's text at a UTF-8 offset (for search and positions).
    func row(paragraph: Int, offset: Int) -> Int? {
        var best: Int?
        for (index, row) in rows.enumerated() where row.paragraph == paragraph {
            if let line = row.line, line.offset <= offset || best == nil { best = index }
        }
        return best
    }

    /// Where a row's text starts, to keep the reading position across widths.
    func anchor(of row: Int) -> (paragraph: Int, offset: Int)? {
        guard row < rows.count else { return nil }
        for index in stride(from: row, to: rows.count, by: 1) {
            if let paragraph = rows[index].paragraph, let line = rows[index].line { return (paragraph, line.offset) }
        }
        return nil
    }
}
