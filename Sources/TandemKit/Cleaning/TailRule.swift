/// Removes what follows the last body paragraph: calls to action ("Write an
/// article and join…", "Read more…"), short lines with a prompt's words, and
/// stray labels inside a run of such lines ("Or", "Don't miss out").
///
/// Scans back from the end and stops at the first line that is none of these,
/// so a report that ends in a list or a table keeps it.
enum TailRule {
    static func apply(to draft: inout Draft) {
        let floor = draft.firstProseIndex() ?? -1
        var index = draft.units.count - 1
        while index > floor {
            defer { index -= 1 }
            guard draft.isOpen(index) else { continue }
            let shape = draft.shapes[index]
            let cues = draft.cues[index]
            let prompt = (cues.contains(where: \.isStrong) && shape.wordCount <= 15)
                || (opensWithCallToAction(shape, string: draft.strings[index]) && shape.wordCount <= 25)
            let label = isShortLabel(shape) && index > 0 && !draft.isOpen(index - 1)
            guard prompt || label, leavesABody(removing: index, from: draft) else { break }
            draft.remove(index, cues.contains { $0.category == .paywall && $0.isStrong } ? .paywall : .chrome)
        }
    }

    /// Whether something besides `index` and the first open unit (the title
    /// to be, which `TitleRule` picks later) stays: a short article's only
    /// paragraph is its body, however it opens ("Read the …").
    private static func leavesABody(removing index: Int, from draft: Draft) -> Bool {
        draft.indices.lazy.filter { $0 != index && draft.isOpen($0) }.dropFirst().first != nil
    }

    /// "Or", "Don't miss out", "Want to write?": a few words, not a statement.
    private static func isShortLabel(_ shape: UnitShape) -> Bool {
        shape.wordCount <= 4 && (!shape.endsTerminal || shape.endsQuestion)
    }

    /// "Write an article and join…", "Read more…", "Don't miss out"; never a
    /// quotation ("“See you at the next show!”").
    static func opensWithCallToAction(_ shape: UnitShape, string: String) -> Bool {
        guard shape.startsUppercase, let first = shape.wordKeys.first,
              let opening = string.unicodeScalars.first, UTF8Scalars.isLetter(opening) else { return false }
        return ChromeLexicon.callToActionVerbs.contains(first)
    }
}
