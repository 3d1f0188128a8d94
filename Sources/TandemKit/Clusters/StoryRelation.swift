/// How two articles are related.
public enum StoryRelation: String, Sendable, Codable {
    /// The same text (a copy, perhaps lightly edited).
    case duplicate
    /// One is derived from the other: most of one restates the other.
    case rewrite
    /// They share passages or facts.
    case overlap
}

/// A related pair of articles.
public struct StoryPair: Sendable {
    public let a: Int
    public let b: Int
    public let relation: StoryRelation
    /// 0…1: the larger of the shingle Jaccard and the share of one article
    /// restated in the other.
    public let similarity: Double
    /// Word 5-shingle Jaccard.
    public let jaccard: Double
    /// Share of each article's body inside links (nil for duplicates, which are
    /// not aligned to find their relation).
    public let linkedShareA: Double?
    public let linkedShareB: Double?

    /// For a rewrite, the article derived from the other (the one more covered).
    public var derived: Int? {
        guard relation == .rewrite, let linkedA = linkedShareA, let linkedB = linkedShareB else { return nil }
        return linkedA >= linkedB ? a : b
    }
}

/// Articles connected by relations: versions and retellings of one story.
public struct StoryCluster: Sendable {
    public let articles: [Int]
    public let pairs: [StoryPair]
}
