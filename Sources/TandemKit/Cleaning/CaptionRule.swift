/// Removes photo captions: a line that ends in a photo credit ("… AP
/// Photo/Mark Schiefelbein/Alamy", "(Getty Images)") or opens with a caption
/// label ("Photo: …"), together with the lines of the same small block above it
/// (the image's alt text and caption).
enum CaptionRule {
    /// A block with more units than this is body text that happens to mention a credit.
    static let largestCaptionBlock = 3

    static func apply(to draft: inout Draft) {
        for index in draft.indices where draft.isOpen(index) && isCredit(draft.shapes[index], draft.strings[index]) {
            draft.remove(index, .caption)
            let block = draft.units[index].block
            let mates = draft.indices.filter { draft.units[$0].block == block }
            guard mates.count <= largestCaptionBlock else { continue }
            for mate in mates where mate < index { draft.remove(mate, .caption) }
        }
    }

    static func isCredit(_ shape: UnitShape, _ string: String) -> Bool {
        guard shape.wordCount <= 60 else { return false }
        // Only the opening can hold a label: lower-case that much, not the whole
        // line, and only when a colon is there (every label opening is ASCII and ends in one).
        if string.utf8.prefix(labelPrefixLength).contains(0x3A) {
            let head = string.prefix(labelPrefixLength).lowercased()
            if labelOpenings.contains(where: head.hasPrefix) { return true }
        }
        guard !shape.endsTerminal else { return false }
        if string.utf8.contains(0x2F), let last = lastWord(of: string), isAgencyPath(last) { return true }
        // "… in Beijing on April 26. Getty Images", "(Reuters)": an agency name
        // after a sentence or in brackets, not "Weak dollar hits Reuters".
        let words = shape.wordKeys
        guard let ending = creditEndings.first(where: { ending in
            ending.count <= words.count && zip(ending.reversed(), words.reversed()).allSatisfy { $0 == $1 }
        }) else { return false }
        let before = words.count - ending.count
        let introduced = before > 0 && creditLabels.contains(words[before - 1])
        let set = string.contains(". ") || string.hasSuffix(")") || string.contains(" | ") || string.contains(" / ")
        return before == 0 || introduced || set
    }

    /// "photo:" and "(photo:" for every caption label.
    private static let labelOpenings = ChromeLexicon.captionLabels.flatMap { [$0 + ":", "(" + $0 + ":"] }
    private static let labelPrefixLength = (labelOpenings.map(\.count).max() ?? 0) + 2

    /// The last space-separated word, as `split(separator: " ").last` finds it, without splitting the line.
    static func lastWord(of string: String) -> Substring? {
        guard let end = string.lastIndex(where: { $0 != " " }) else { return nil }
        let text = string[...end]
        return text.lastIndex(of: " ").map { text[text.index(after: $0)...] } ?? text
    }

    private static let creditLabels = ChromeLexicon.keys(["photo", "photograph", "image", "picture", "credit", "via", "by"])

    /// `Photo/Mark Schiefelbein/Alamy`, `Hemis/Alamy`: capitalised names joined
    /// by slashes with an agency among them, the way picture desks credit
    /// photographer and agency (not a fixture like `Stockport/Swansea`).
    static func isAgencyPath(_ token: Substring) -> Bool {
        let core = token.trimmingCharacters(in: "()[].,;")
        guard !core.contains("://"), !core.lowercased().hasPrefix("www") else { return false }
        let parts = core.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts.contains(where: { agencies.contains(WordKey($0.lowercased())) }) else {
            return false
        }
        return parts.allSatisfy { part in
            guard let first = part.unicodeScalars.first, UTF8Scalars.isUppercase(first) else { return false }
            return !part.contains(".") && part.unicodeScalars.allSatisfy { UTF8Scalars.isLetter($0) || $0 == "-" }
        }
    }

    private static let agencies = ChromeLexicon.keys([
        "alamy", "getty", "reuters", "afp", "ap", "epa", "shutterstock", "istock", "istockphoto", "bloomberg",
        "xinhua", "tass", "anadolu", "sipa", "corbis", "efe", "ansa", "dpa", "unsplash", "pixabay", "flickr",
        "wikimedia", "pa", "photo", "images", "handout", "rex", "zuma", "eyevine", "newscom", "abaca",
    ])

    private static let creditEndings: [[WordKey]] = [
        "getty images", "via getty images", "reuters", "afp", "ap photo", "epa", "alamy", "shutterstock",
        "istock", "istockphoto", "bloomberg", "xinhua", "tass", "anadolu", "sipa", "corbis", "efe", "ansa",
        "dpa", "unsplash", "pixabay", "wikimedia commons", "flickr", "pa wire", "pa images", "pa media",
        "handout", "ap images", "afp photo", "epa efe",
    ].map(WordKey.keys(ofPhrase:))
}
