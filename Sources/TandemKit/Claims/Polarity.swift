/// Whether a sentence is negated: an odd number of negations, where "not only"
/// and "not just" (which add rather than deny) do not count.
enum Polarity {
    static func isNegated(_ text: String) -> Bool {
        let words = ClaimCues.tokens(text).map { $0.lowercased() }
        var count = 0
        for (i, word) in words.enumerated() {
            let next = i + 1 < words.count ? words[i + 1] : ""
            if word == "not", ["only", "just", "merely"].contains(next) { continue }
            if negations.contains(word) || word.hasSuffix("n't") { count += 1 }
        }
        return count % 2 == 1
    }

    private static let negations: Set<String> = ["not", "no", "never", "none", "nobody", "nothing", "neither", "nor",
                                                 "cannot"]
}
