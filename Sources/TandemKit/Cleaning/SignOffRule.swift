/// Removes the sign-off of wire copy and press releases, and what follows it:
/// an end marker ("ends", "-ENDS-", "END", "-30-") ends the story, so notes to
/// editors and contacts after it are not the article; operator initials alone
/// on the last line ("mfl") are a wire desk's signature.
///
/// Only after a sentence, and only lines that are nothing but the marker:
/// "The end." or a closing "Amen" are sentences and stay.
enum SignOffRule {
    static func apply(to draft: inout Draft) {
        // A sentence, however short: a wire snap can be one ("Hobbs had pleaded guilty.").
        guard let floor = draft.indices.first(where: {
            draft.isOpen($0) && draft.shapes[$0].endsTerminal && draft.shapes[$0].wordCount >= 3
        }) else { return }
        let after = (floor + 1)..<draft.units.count
        if let marker = after.first(where: { draft.isOpen($0) && isEndMarker(draft.strings[$0]) }) {
            for index in marker..<draft.units.count { draft.remove(index, .metadata) }
        }
        if let last = after.last(where: draft.isOpen), isOperatorInitials(draft.strings[last]) {
            draft.remove(last, .metadata)
        }
    }

    /// "ends", "END", "- Ends -", "(ends)", "-30-", "ENDIT": the marker alone, in any case.
    static func isEndMarker(_ line: String) -> Bool {
        // Every line of the body comes here: only a short one is read by Character.
        guard line.utf8.count <= 16 else { return false }
        let ornament: Set<Character> = ["-", "–", "—", "(", ")", "[", "]", "*", " "]
        let core = line.filter { !ornament.contains($0) }.lowercased()
        if core == "30" { return line.contains("-") }
        return ["end", "ends", "endit"].contains(core)
    }

    /// Two to four letters all in lower case, no punctuation: "mfl", "jw".
    static func isOperatorInitials(_ line: String) -> Bool {
        let scalars = line.unicodeScalars
        return (2...4).contains(line.utf8.count) && scalars.allSatisfy { $0.value >= 0x61 && $0.value <= 0x7A }
    }
}
