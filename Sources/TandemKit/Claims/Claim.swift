/// A check-worthy sentence of an article, with the sentences of other articles
/// that state the same fact or a conflicting one.
public struct Claim: Sendable, Equatable {
    /// Where another article states the same fact (or a conflicting one).
    public struct Evidence: Sendable, Equatable {
        public let article: Int
        public let sentence: Int
        public let range: ByteRange
        /// How closely the sentences match, 0…1.
        public let score: Double
    }

    public let article: Int
    /// Index in the article's sentences.
    public let sentence: Int
    public let range: ByteRange
    /// Check-worthiness, 0…1.
    public let score: Double
    /// Who the sentence attributes the claim to ("Jake Sullivan"), if anyone.
    public let claimant: String?
    /// The fewest-claims level of `ClaimSelection.levels` that shows it: lower is more check-worthy.
    public let level: Int
    public internal(set) var corroborations: [Evidence] = []
    /// Tentative: same entities and quantity slot with another value, or the polarity flipped.
    public internal(set) var conflicts: [Evidence] = []
}
