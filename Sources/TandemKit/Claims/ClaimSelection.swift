/// Which sentences of an article count as its claims.
///
/// The model learned from debates, where a quarter of sentences are
/// check-worthy; news prose is denser in facts and an article's scores drift as
/// a whole with its style. So claims are chosen per article: the top share by
/// score, plus every sentence with a quantity or an attribution that scores
/// reasonably, never a question or a fragment.
public struct ClaimSelection: Sendable, Equatable {
    /// Share of an article's eligible sentences taken by rank.
    public var share: Double
    /// No sentence scoring below this is a claim.
    public var minimumScore: Double
    /// A sentence with a quantity or attribution cue scoring this much is a claim whatever its rank.
    public var cueScore: Double

    public init(share: Double = 0.3, minimumScore: Double = 0.2, cueScore: Double = 0.5) {
        self.share = share
        self.minimumScore = minimumScore
        self.cueScore = cueScore
    }

    /// Settings from fewest to most claims, for the reader's more/fewer key.
    public static let levels = [
        ClaimSelection(share: 0.1, minimumScore: 0.5, cueScore: 0.8),
        ClaimSelection(share: 0.2, minimumScore: 0.35, cueScore: 0.65),
        ClaimSelection(),
        ClaimSelection(share: 0.45, minimumScore: 0.15, cueScore: 0.35),
        ClaimSelection(share: 0.7, minimumScore: 0.05, cueScore: 0.2),
    ]
    public static let defaultLevel = 2

    /// The indices of the chosen sentences, in order.
    /// - Complexity: O(*n* log *n*), *n* the sentence count.
    func select(_ sentences: [ScoredSentence]) -> [Int] {
        let eligible = sentences.indices.filter { sentences[$0].isEligible }
        let ranked = eligible.sorted { sentences[$0].score > sentences[$1].score }
        let quota = Int((Double(eligible.count) * share).rounded(.up))
        var chosen = Set(ranked.prefix(quota).filter { sentences[$0].score >= minimumScore })
        for index in eligible where sentences[index].hasStrongCue && sentences[index].score >= cueScore {
            chosen.insert(index)
        }
        return chosen.sorted()
    }
}

/// What selection needs to know about a sentence.
struct ScoredSentence: Sendable {
    let score: Double
    let cues: ClaimCues
    let isHeading: Bool
    /// A citation: it gives a web address.
    let isReference: Bool

    init(score: Double, text: String, isHeading: Bool, cues: ClaimCues? = nil) {
        self.score = score
        self.cues = cues ?? ClaimCues(text)
        self.isHeading = isHeading
        isReference = Self.containsWebAddress(text)
    }

    /// "://" or "www." somewhere in the text.
    private static func containsWebAddress(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        for i in bytes.indices {
            if bytes[i] == UInt8(ascii: ":"), i + 2 < bytes.count, bytes[i + 1] == UInt8(ascii: "/"),
               bytes[i + 2] == UInt8(ascii: "/") { return true }
            if bytes[i] == UInt8(ascii: "w"), i + 3 < bytes.count, bytes[i + 1] == UInt8(ascii: "w"),
               bytes[i + 2] == UInt8(ascii: "w"), bytes[i + 3] == UInt8(ascii: ".") { return true }
        }
        return false
    }

    var hasStrongCue: Bool { cues.hasQuantity || cues.hasAttribution }
    var isEligible: Bool { !isHeading && !isReference && cues["short"] == 0 && cues["question"] == 0 }
}
