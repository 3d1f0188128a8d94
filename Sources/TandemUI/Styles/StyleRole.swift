/// What a piece of screen text is; the backend maps roles to colours or, on
/// monochrome terminals, to bold, underline and reverse.
public enum StyleRole: Hashable, Sendable, CaseIterable {
    case normal
    case title
    case heading
    case byline
    case dim
    case aligned
    /// Words a linked passage changed, added or dropped.
    case changed
    /// A check-worthy claim (underlined), and the one in focus (reverse video).
    case claim
    case claimFocus
    case searchMatch
    case status
    case border
    case selection
}
