/// What a sentence denies: the words that a negation ("not", "never", "n't")
/// governs, stemmed. Two sentences flip polarity when one denies a word that
/// the other asserts and the other denies nothing: "China has not complied"
/// against "China has complied", but not "he pleads not guilty" against "he is
/// accused of murder", nor a denial in a clause the other sentence lacks, nor
/// "did not admit liability" against "admitted no liability" (both deny).
struct Polarity: Sendable {
    /// Stems of the words negated.
    let denied: Set<String>
    /// Stems of every word.
    let words: Set<String>

    init(_ text: String) {
        let tokens = ClaimCues.tokens(text).map { $0.lowercased() }
        var denied = Set<String>(), asserted = Set<String>()
        var index = 0
        while index < tokens.count {
            let word = tokens[index]
            let next = index + 1 < tokens.count ? tokens[index + 1] : ""
            let isNegation = (Self.negations.contains(word) || word.hasSuffix("n't"))
                && !(word == "not" && ["only", "just", "merely"].contains(next))
            if isNegation {
                // The first word after the negation that says something.
                var target = index + 1
                while target < tokens.count, target - index <= 4, Self.isSkipped(tokens[target]) { target += 1 }
                if target < tokens.count, !Self.isSkipped(tokens[target]) { denied.insert(Self.stem(tokens[target])) }
            } else {
                asserted.insert(Self.stem(word))
            }
            index += 1
        }
        self.denied = denied
        words = asserted
    }

    /// One sentence denies what the other asserts (and does not deny).
    func flips(against other: Polarity) -> Bool {
        if other.denied.isEmpty { return !denied.isDisjoint(with: other.words) }
        if denied.isEmpty { return !other.denied.isDisjoint(with: words) }
        return false
    }

    private static func isSkipped(_ word: String) -> Bool { skipped.contains(word) || Stopwords.contains(word) }

    private static func stem(_ word: String) -> String { PorterStemmer.stem(word) }

    private static let negations: Set<String> = ["not", "no", "never", "none", "nobody", "nothing", "neither", "nor",
                                                 "cannot"]
    /// Words between a negation and what it denies.
    private static let skipped: Set<String> = [
        "be", "been", "being", "a", "an", "the", "to", "have", "has", "had", "do", "does", "did", "yet", "even", "ever",
        "so", "very", "any", "at", "all", "is", "are", "was", "were", "it", "he", "she", "they", "we", "i", "you",
    ]
}
