/// Finds author lines: "By Brian Farmer, PA News", "Written by" followed by a
/// name, "View all articles by Brian Hart", and lines that are only names
/// near the top or foot of the page. Records the names and removes the lines.
enum BylineRule {
    /// How far from either end of the document a bare name counts as a byline.
    static let edgeReach = 10

    static func apply(to draft: inout Draft) {
        var afterWrittenBy = false
        let firstProse = draft.firstProseIndex() ?? draft.units.count
        for index in draft.indices where draft.isOpen(index) {
            let shape = draft.shapes[index]
            guard shape.wordCount <= 15 else { afterWrittenBy = false; continue }
            let string = draft.strings[index]
            if let name = nameAfterCue(shape: shape, string: string) {
                if !name.isEmpty { draft.addByline(name) }
                draft.remove(index, .byline)
                afterWrittenBy = name.isEmpty
                continue
            }
            // Where a line stands is cheap to ask; whether it is only names is not.
            if afterWrittenBy || isNearEdge(index, firstProse: firstProse, count: draft.units.count)
                || isNextToByline(index, of: draft), let names = PersonName.names(inLine: string) {
                names.forEach { draft.addByline($0) }
                draft.remove(index, .byline)
            }
            afterWrittenBy = false
        }
    }

    /// The name a byline cue introduces; "" for a cue alone ("Written by");
    /// nil if the line is not a byline cue.
    static func nameAfterCue(shape: UnitShape, string: String) -> String? {
        let lower = string.lowercased()
        for cue in ["written by", "words by", "reporting by", "posted by", "story by", "author:", "authors:", "by:"] {
            guard lower.hasPrefix(cue) else { continue }
            let rest = string.dropFirst(cue.count).trimmingCharacters(in: " :")
            return rest.isEmpty ? "" : PersonName.leadingName(in: String(rest))
        }
        for cue in ["view all articles by", "view all posts by", "more articles by", "all articles by",
                    "more from", "articles by", "stories by", "more stories by"] {
            if lower.hasPrefix(cue), let name = PersonName.leadingName(in: String(string.dropFirst(cue.count + 1))) {
                return name
            }
        }
        // "By Jo Butler, Home Affairs Correspondent" — not "By contrast, …" or "By 2030 …".
        if lower.hasPrefix("by "), !shape.endsTerminal || shape.wordCount <= 6,
           let name = PersonName.leadingName(in: String(string.dropFirst(3))),
           name.split(separator: " ").count >= 2 {
            return name
        }
        return nil
    }

    private static func isNearEdge(_ index: Int, firstProse: Int, count: Int) -> Bool {
        index < min(firstProse, edgeReach) || index >= count - edgeReach
    }

    private static func isNextToByline(_ index: Int, of draft: Draft) -> Bool {
        [index - 1, index + 1].contains { $0 >= 0 && $0 < draft.units.count && draft.verdicts[$0] == .removed(.byline) }
    }
}
