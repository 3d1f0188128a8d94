/// Removes units that are page furniture by their own shape and words:
/// separators, page numbers, timestamps and wire slugs, navigation lines,
/// and short lines or cue-laden passages of subscription and sharing prompts.
enum FurnitureRule {
    static func apply(to draft: inout Draft) {
        let firstProse = draft.firstProseIndex() ?? draft.units.count
        let lastProse = draft.indices.last(where: draft.isProse) ?? -1
        for index in draft.indices where draft.isOpen(index) {
            let shape = draft.shapes[index]
            if let reason = reason(for: shape, string: draft.strings[index], cues: draft.cues[index]) {
                draft.remove(index, reason)
            } else if (index < firstProse || index > lastProse) && isDateline(shape) {
                // Inside the body a bare date is a section heading of a schedule.
                draft.remove(index, .metadata)
            }
        }
    }

    static func reason(for shape: UnitShape, string: String, cues: [ChromeLexicon.Cue]) -> RemovalReason? {
        if shape.letterCount == 0 && shape.digitCount == 0 { return .separator }
        if isPageNumber(shape, string: string) { return .pageNumber }
        if isTimestamp(shape, string: string) { return .metadata }
        if isNavigationLine(shape) { return .chrome }
        if isEditorialNote(shape, string: string) { return .metadata }
        let strong = cues.filter(\.isStrong)
        guard !strong.isEmpty else { return nil }
        let category: RemovalReason = strong.contains { $0.category == .paywall } ? .paywall : .chrome
        // Short lines count when the cue is most of what they say, so that
        // "Thousands sign up for trial" stays while "Register now" goes.
        let cueWords = strong.reduce(0) { $0 + $1.phrase.split(separator: " ").count }
        if shape.wordCount <= 8 && (shape.wordCount <= 3 || cueWords * 2 >= shape.wordCount) { return category }
        // Longer passages need prompts to be dense, not one "most popular" in 200 words.
        let evidence = ChromeLexicon.promptEvidence(in: shape, cues: cues)
        if evidence >= 4 && Double(evidence) >= 0.08 * Double(shape.wordCount) { return category }
        return nil
    }

    /// "12", "Page 3", "3 of 10", "- 7 -"; not "78,000" (an attendance),
    /// "1997:" (a timeline's year) or "6." (a list's item).
    static func isPageNumber(_ shape: UnitShape, string: String) -> Bool {
        let count = shape.normalizedWordCount
        guard (1...4).contains(count), (0..<count).contains(where: shape.isNumber),
              !string.contains(where: { ",.:;".contains($0) }) else { return false }
        return (0..<count).allSatisfy {
            (shape.isNumber($0) && shape.wordRanges[$0].count <= 3) || pageWords.contains(shape.wordKeys[$0])
        }
    }

    private static let pageWords = ChromeLexicon.keys(["page", "p", "pg", "of"])

    /// A wire slug: a short line with two or more times and dates
    /// ("19:12 26/01/00: Page 1 (HHH) COURTS Blood").
    static func isTimestamp(_ shape: UnitShape, string: String) -> Bool {
        // Two dates or times hold at least two separators: most lines are turned
        // away by counting them, before any word is split off.
        guard shape.wordCount <= 15,
              string.utf8.lazy.filter({ $0 == 0x3A || $0 == 0x2F || $0 == 0x2D }).count >= 2 else { return false }
        return string.split(separator: " ").filter(isDateOrTime).count >= 2
    }

    /// A line made only of dates, times and dateline words
    /// ("Published 12 March 2023, 10:30 GMT", "Tuesday, 1 March").
    static func isDateline(_ shape: UnitShape) -> Bool {
        let count = shape.normalizedWordCount
        guard shape.wordCount <= 10, count > 0 else { return false }
        let dateWord = { (i: Int) in ChromeLexicon.dateWords.contains(shape.wordKeys[i]) }
        let hasDate = (0..<count).contains { dateWord($0) && shape.wordRanges[$0].count > 3 }
            && (0..<count).contains(where: shape.isNumber)
        return hasDate && (0..<count).allSatisfy { shape.isNumber($0) || dateWord($0) }
    }

    /// `10:30`, `26/01/00`, `2023-03-12` (trailing punctuation allowed).
    static func isDateOrTime(_ token: Substring) -> Bool {
        let core = token.trimmingCharacters(in: ",.;:()")
        guard core.count >= 4, core.first?.isNumber == true, core.last?.isNumber == true else { return false }
        var separators = 0
        for ch in core {
            if ch == ":" || ch == "/" || ch == "-" { separators += 1 } else if !ch.isNumber { return false }
        }
        return separators >= 1 && separators <= 2
    }

    /// "(corrects catchline)", "(Reporting by …; editing by …)": a short line
    /// in parentheses in the words of a news desk, not of the story.
    static func isEditorialNote(_ shape: UnitShape, string: String) -> Bool {
        guard shape.wordCount <= 15, string.hasPrefix("(") || string.hasPrefix("["),
              string.hasSuffix(")") || string.hasSuffix("]") else { return false }
        return shape.wordKeys.contains(where: deskWords.contains)
            || deskPhrases.contains { phrase in
                shape.wordKeys.indices.contains { start in
                    start + phrase.count <= shape.wordKeys.count
                        && zip(phrase, shape.wordKeys[start...]).allSatisfy { $0 == $1 }
                }
            }
    }

    private static let deskWords = ChromeLexicon.keys([
        "corrects", "correction", "corrected", "memo", "advisory", "updates", "recasts", "refiles", "repeats",
        "reopens", "clarifies", "embargo", "embargoed", "editors", "catchline", "writethru", "adds",
    ])

    private static let deskPhrases = [
        "reporting by", "editing by", "writing by", "compiled by", "additional reporting", "note to",
    ].map(WordKey.keys(ofPhrase:))

    /// "Menu Close", "Share Print", "REGISTER", "Or": only navigation words.
    static func isNavigationLine(_ shape: UnitShape) -> Bool {
        let words = shape.wordKeys
        guard (1...6).contains(words.count) else { return false }
        return words.allSatisfy(ChromeLexicon.navigationWords.contains)
            && words.contains(where: ChromeLexicon.strongNavigationWords.contains)
    }
}

extension Substring {
    func trimmingCharacters(in set: String) -> Substring {
        var s = self
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return s
    }
}
