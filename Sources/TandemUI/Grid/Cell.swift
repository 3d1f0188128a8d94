/// One screen cell: a character (a grapheme as ncurses will place it), its
/// display width, and a semantic style.
public struct Cell: Equatable, Sendable {
    /// The text drawn in the cell; empty for the trailing half of a wide character.
    public var text: String
    public var width: Int
    public var style: StyleRole

    public static let blank = Cell(text: " ", width: 1, style: .normal)

    public init(text: String, width: Int, style: StyleRole) {
        self.text = text
        self.width = width
        self.style = style
    }
}
