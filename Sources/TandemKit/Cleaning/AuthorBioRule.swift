/// Removes paragraphs about the author near the top or foot of the page: one
/// that opens with a byline name followed by what the person is ("… is a fellow
/// with …"), or, after the last body paragraph, any name followed by a role
/// ("… is a former foreign correspondent …").
enum AuthorBioRule {
    static let longestBio = 120

    static func apply(to draft: inout Draft) {
        let edge = BylineRule.edgeReach
        let firstProse = draft.firstProseIndex() ?? 0
        let lastProse = draft.indices.last(where: draft.isProse) ?? -1
        for index in draft.indices where draft.isOpen(index) {
            let shape = draft.shapes[index]
            let string = draft.strings[index]
            guard shape.wordCount >= 5, shape.wordCount <= longestBio, hasRole(shape) else { continue }
            guard index <= firstProse + 1 || index >= draft.units.count - edge else { continue }
            if draft.bylines.contains(where: { opens(string, with: $0) }) {
                draft.remove(index, .authorBio)
            } else if index >= lastProse,
                      let name = PersonName.leadingName(in: string), let given = name.split(separator: " ").first,
                      name.split(separator: " ").count >= 2, PersonName.isGivenName(String(given)),
                      opens(string, with: name) {
                draft.addByline(name)
                draft.remove(index, .authorBio)
            }
        }
    }

    /// "Brian Hart is …", "Brian Hart was …", "Bill Thompson writes …".
    private static func opens(_ string: String, with name: String) -> Bool {
        guard string.hasPrefix(name) else { return false }
        let rest = string.dropFirst(name.count)
        // Not "Judy Bell, the company's founder, said …": that is news.
        return [" is ", " was ", " writes ", " covers ", " reports "]
            .contains { rest.hasPrefix($0) }
    }

    private static func hasRole(_ shape: UnitShape) -> Bool {
        shape.wordKeys.prefix(16).contains(where: ChromeLexicon.roleWords.contains)
    }
}
