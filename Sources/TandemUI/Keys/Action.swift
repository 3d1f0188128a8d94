/// What a key asks for. Views handle the actions they understand and return
/// the rest to the driver, which handles movement and the global ones.
public enum Action: String, CaseIterable, Sendable {
    case lineDown, lineUp, pageDown, pageUp, halfPageDown, halfPageUp, top, bottom
    case open, nextPane, back, quit
    case compare, mark, toggleRead
    case nextLink, previousLink
    case nextItem, previousItem
    case search, help
    case moreClaims, fewerClaims
    case toggleMouse
    case reload
}

/// Where a binding applies.
public enum KeyContext: String, CaseIterable, Sendable {
    case list
    case reader
    case compare
    /// The panel of a claim's other sources.
    case claims
    case help
}
