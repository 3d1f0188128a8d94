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
