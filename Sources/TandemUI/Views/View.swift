/// A pane of the reader. Views draw into the grid, never to the terminal, and
/// handle the actions they understand; the driver handles the rest.
@MainActor
protocol View: AnyObject {
    var context: KeyContext { get }
    /// Draws into `frame`; `focused` views show their selection emphasised.
    func draw(into grid: inout CellGrid, frame: Rect, focused: Bool)
    /// Handles an action; returns false to let the driver handle it.
    func handle(_ action: Action, frame: Rect) -> Bool
    /// Shows matches of a query (empty: none); returns how many there are.
    func search(_ query: String) -> Int
    /// The current match, 1-based, and the count: for "[3/12]".
    var searchPosition: (current: Int, count: Int)? { get }
    func click(x: Int, y: Int, frame: Rect) -> Bool
}

/// Scrolling shared by the views: a top line and a height.
struct Scroller {
    var top = 0

    mutating func scroll(by lines: Int, total: Int, height: Int) {
        top = max(0, min(top + lines, max(0, total - height)))
    }

    /// Moves `top` so that `line` is visible, with `margin` lines around it if possible.
    mutating func reveal(_ line: Int, total: Int, height: Int, margin: Int = 0) {
        if line < top + margin { top = max(0, line - margin) }
        if line >= top + height - margin { top = min(max(0, total - height), line - height + 1 + margin) }
        top = max(0, min(top, max(0, total - height)))
    }
}

/// Finds a query in text, case-insensitively: the UTF-8 ranges of matches.
enum TextSearch {
    static func matches(of query: String, in text: String) -> [Range<Int>] {
        guard !query.isEmpty else { return [] }
        let needle = Array(query.lowercased().utf8)
        let haystack = Array(text.lowercased().utf8)
        // Lower-casing can change lengths only outside ASCII; search in ASCII-folded bytes.
        guard haystack.count == text.utf8.count, needle.count <= haystack.count else {
            return asciiFolded(query, text)
        }
        var result: [Range<Int>] = []
        var i = 0
        while i + needle.count <= haystack.count {
            if haystack[i] == needle[0], Array(haystack[i..<(i + needle.count)]) == needle {
                result.append(i..<(i + needle.count))
                i += needle.count
            } else {
                i += 1
            }
        }
        return result
    }

    private static func asciiFolded(_ query: String, _ text: String) -> [Range<Int>] {
        let fold = { (b: UInt8) in b >= 65 && b <= 90 ? b + 32 : b }
        let needle = query.utf8.map(fold), haystack = text.utf8.map(fold)
        var result: [Range<Int>] = []
        var i = 0
        while i + needle.count <= haystack.count {
            if Array(haystack[i..<(i + needle.count)]) == needle {
                result.append(i..<(i + needle.count))
                i += needle.count
            } else {
                i += 1
            }
        }
        return result
    }
}
