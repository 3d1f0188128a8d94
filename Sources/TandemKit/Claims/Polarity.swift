/// What a sentence denies: the words that a negation ("not", "never", "n't",
/// "rather than") governs, stemmed. Two sentences flip polarity when one
/// denies a word that the other asserts and the other denies nothing: "China
/// has not complied" against "China has complied", but not "he pleads not
/// guilty" against "he is accused of murder", nor a denial in a clause the
/// other sentence lacks, nor "did not admit liability" against "admitted no
/// liability" (both deny).
///
/// Court and political reports set a denial beside the charge it answers:
/// "he denies murder" reports a plea and "he is charged with murder" an
/// allegation, so neither flips against the other; a question ("asked him if
/// it was justified") asserts nothing either.
struct Polarity: Sendable {
    /// Stems of the words negated.
    let denied: Set<String>
    /// Stems of every word.
    let words: Set<String>
    /// The sentence has a negation or reports a denial, whatever it governs.
    let denies: Bool
    /// False for questions and allegations, which report what is asked or alleged.
    let asserts: Bool

    init(_ text: String) {
        let tokens = Self.clauseTokens(text)
        var denied = Set<String>(), asserted = Set<String>(), denies = false
        for (index, word) in tokens.enumerated() where word != Self.boundary {
            if Self.isNegation(at: index, in: tokens) {
                denies = true
                // "was not, therefore, made": the denial stands though what it governs is cut off.
                if let target = Self.target(after: index, in: tokens) { denied.insert(Self.stem(target)) }
            } else {
                denies = denies || Self.denials.contains(word)
                asserted.insert(Self.stem(word))
            }
        }
        self.denied = denied
        self.denies = denies
        words = asserted
        asserts = !Self.isQuestion(text, tokens) && !tokens.contains { Self.allegations.contains($0) }
    }

    /// One sentence denies what the other asserts (and does not deny), and
    /// both state facts: a possible conflict.
    func flips(against other: Polarity) -> Bool { asserts && other.asserts && differs(from: other) }

    /// One sentence denies what the other says (and does not deny), whether
    /// either states, asks or alleges it: "pleaded not guilty" and "pleaded
    /// guilty to the charges" do not corroborate each other.
    func differs(from other: Polarity) -> Bool {
        if !other.denies { return !denied.isDisjoint(with: other.words) }
        if !denies { return !other.denied.isDisjoint(with: words) }
        return false
    }

    /// "not", "n't", "non-", "without" and the like; "rather than" (or "then"), "instead of";
    /// not "not only" or "not the only", which add rather than deny.
    private static func isNegation(at index: Int, in tokens: [String]) -> Bool {
        let word = tokens[index], next = index + 1 < tokens.count ? tokens[index + 1] : ""
        if (word == "rather" && (next == "than" || next == "then")) || (word == "instead" && next == "of") { return true }
        guard negations.contains(word) || word.hasSuffix("n't") else { return false }
        let following = tokens[(index + 1)...].prefix(3).prefix { isSkipped($0) || additive.contains($0) }
        return !following.contains(where: additive.contains)
    }

    /// The first word after a negation that says something, in the same clause.
    private static func target(after index: Int, in tokens: [String]) -> String? {
        var target = index + 1
        if target < tokens.count, ["than", "then", "of"].contains(tokens[target]) { target += 1 }
        while target < tokens.count, target - index <= 4, isSkipped(tokens[target]) { target += 1 }
        guard target < tokens.count, tokens[target] != boundary, !isSkipped(tokens[target]) else { return nil }
        return tokens[target]
    }

    /// A direct question, or an indirect one ("asked him if it was justified", "whether").
    private static func isQuestion(_ text: String, _ tokens: [String]) -> Bool {
        if text.unicodeScalars.last(where: { !$0.properties.isWhitespace && !"\"'’”".unicodeScalars.contains($0) }) == "?" {
            return true
        }
        return tokens.contains("whether") || tokens.indices.contains { index in
            tokens[index].hasPrefix("ask") && tokens[(index + 1)...].prefix(3).contains("if")
        }
    }

    /// Lowercased words, with `boundary` where a comma, a colon, a dash, a
    /// bracket or a quotation mark ends a clause ("who was not, 'to exclude"
    /// denies nothing of what follows). An apostrophe inside a word stays ("don't").
    static func clauseTokens(_ text: String) -> [String] {
        ClaimCues.tokens(text, marking: clausePunctuation, with: boundary).map { $0.lowercased() }
    }

    private static let boundary = "|"

    private static func isSkipped(_ word: String) -> Bool { skipped.contains(word) || Stopwords.contains(word) }

    private static func stem(_ word: String) -> String { PorterStemmer.stem(word) }

    private static let clausePunctuation = Set(",;:()[]\"“”‘'’—–!?".unicodeScalars)
    private static let negations: Set<String> = ["not", "no", "never", "none", "nobody", "nothing", "neither", "nor",
                                                 "cannot", "non", "without"]
    /// Words that report a denial without saying that what is denied is false.
    private static let denials: Set<String> = ["deny", "denies", "denied", "denying", "denial"]
    /// Words after a negation that make it add rather than deny ("not only", "not just", "not least").
    private static let additive: Set<String> = ["only", "just", "merely", "least", "simply"]
    /// Words that report an allegation rather than assert a fact.
    private static let allegations: Set<String> = ["accused", "accuses", "accusing", "accusation", "accusations", "alleged",
                                                   "allegedly", "allegation", "allegations", "charged", "charge", "charges"]
    /// Words between a negation and what it denies.
    private static let skipped: Set<String> = [
        "be", "been", "being", "a", "an", "the", "to", "have", "has", "had", "do", "does", "did", "yet", "even", "ever",
        "so", "very", "any", "at", "all", "is", "are", "was", "were", "it", "he", "she", "they", "we", "i", "you",
    ]
}
