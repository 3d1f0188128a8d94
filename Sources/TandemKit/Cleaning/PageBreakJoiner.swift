/// Decides when two kept units are one paragraph that a page break split:
/// the first stops mid-sentence and the second carries on in lower case.
enum PageBreakJoiner {
    /// The shortest first piece trusted to be a broken paragraph, not a label.
    static let shortestPiece = 5

    static func continues(_ first: UnitShape, firstIsHeading: Bool, with second: UnitShape) -> Bool {
        guard !firstIsHeading, first.wordCount >= shortestPiece, !first.endsTerminal, second.startsLowercase else {
            return false
        }
        guard let last = first.lastSignificant else { return false }
        return last != ":"
    }
}
