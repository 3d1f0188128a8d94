/// The screen as a grid of cells: what views draw into and what the terminal
/// backend copies to the screen. Tests read its rows as text.
///
/// Invariant: a cell of width 2 is followed by a continuation cell (width 0,
/// empty text) on the same row; text never runs past a row's end.
public struct CellGrid: Equatable, Sendable {
    public let width: Int
    public let height: Int
    private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Fills a rectangle with blanks of one style.
    public mutating func fill(_ rect: Rect, style: StyleRole) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) { self[x, y] = Cell(text: " ", width: 1, style: style) }
        }
    }

    /// Writes a glyph at (x, y) if it fits before `limit`; a wide glyph that does
    /// not fit is replaced by a space so the row stays aligned.
    /// - Returns: the column after the glyph, or nil if nothing fit.
    @discardableResult
    public mutating func put(_ glyph: Glyph, x: Int, y: Int, style: StyleRole, limit: Int) -> Int? {
        let end = min(limit, width)
        guard y >= 0, y < height, x >= 0, x < end else { return nil }
        if glyph.width == 0 { return x }
        if glyph.width == 2 && x + 1 >= end {
            self[x, y] = Cell(text: " ", width: 1, style: style)
            return nil
        }
        clearWideNeighbours(x: x, y: y, width: Int(glyph.width))
        self[x, y] = Cell(text: glyph.text, width: Int(glyph.width), style: style)
        if glyph.width == 2 { self[x + 1, y] = Cell(text: "", width: 0, style: style) }
        return x + Int(glyph.width)
    }

    /// Writes display text (already sanitized) from (x, y), clipped at `limit`.
    /// - Returns: the column after the last glyph written.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: StyleRole, limit: Int? = nil) -> Int {
        var column = x
        for glyph in Glyph.glyphs(of: text) {
            guard let next = put(glyph, x: column, y: y, style: style, limit: limit ?? width) else { break }
            column = next
        }
        return column
    }

    /// Writes text like ``write(_:x:y:style:limit:)``, but when it does not fit it
    /// ends in "…" so the reader sees that it was cut.
    /// - Returns: the column after the last glyph written.
    @discardableResult
    public mutating func writeTruncating(_ text: String, x: Int, y: Int, style: StyleRole, limit: Int? = nil) -> Int {
        let end = min(limit ?? width, width)
        let glyphs = Glyph.glyphs(of: text)
        guard glyphs.reduce(0, { $0 + Int($1.width) }) > end - x else { return write(text, x: x, y: y, style: style, limit: end) }
        var kept: [Glyph] = []
        var used = 0
        for glyph in glyphs {
            guard used + Int(glyph.width) <= end - x - 1 else { break }
            kept.append(glyph)
            used += Int(glyph.width)
        }
        while kept.last?.isSpace == true { kept.removeLast() }
        var column = x
        for glyph in kept + [Glyph(text: "…", width: 1, offset: 0)] {
            guard let next = put(glyph, x: column, y: y, style: style, limit: end) else { break }
            column = next
        }
        return column
    }

    /// Overwriting half of a wide glyph leaves the other half blank.
    private mutating func clearWideNeighbours(x: Int, y: Int, width glyphWidth: Int) {
        if self[x, y].width == 0, x > 0, self[x - 1, y].width == 2 {
            self[x - 1, y] = Cell(text: " ", width: 1, style: self[x - 1, y].style)
        }
        let last = x + glyphWidth - 1
        if last < self.width, self[last, y].width == 2, last + 1 < self.width {
            self[last + 1, y] = Cell(text: " ", width: 1, style: self[last + 1, y].style)
        }
    }

    /// A row as text (continuation cells skipped), for tests and captures.
    public func row(_ y: Int) -> String {
        (0..<width).map { self[$0, y] }.filter { $0.width > 0 }.map(\.text).joined()
    }

    /// Every row, trailing spaces trimmed.
    public var rows: [String] {
        (0..<height).map { y in
            var line = row(y)
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// The style of each column of a row.
    public func styles(_ y: Int) -> [StyleRole] { (0..<width).map { self[$0, y].style } }
}
