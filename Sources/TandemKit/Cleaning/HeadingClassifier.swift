/// Tells section headings from paragraphs among the kept units.
///
/// A heading is short, does not end like a sentence (a short question without
/// a comma may), and has text after it; Markdown markup settles it outright.
enum HeadingClassifier {
    static let longestHeading = 15

    static func isHeading(_ shape: UnitShape, markupLevel: Int?, isLast: Bool) -> Bool {
        if markupLevel != nil { return true }
        guard !isLast, shape.wordCount <= longestHeading, shape.characterCount <= 150,
              !shape.startsLowercase, !shape.hasURL, shape.letterCount > 0 else { return false }
        if shape.isAllCaps && shape.wordCount <= 12 { return true }
        if shape.endsQuestion { return shape.wordCount <= 8 && !shape.hasComma }
        guard !shape.endsTerminal, let last = shape.lastSignificant else { return false }
        return !",;:-–—".unicodeScalars.contains(last)
    }
}
