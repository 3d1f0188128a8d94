/// Near-duplicate search on an analyzed corpus, exposed for evaluation.
public enum NearDuplicateSearch {
    /// Pairs with shingle Jaccard at or above `threshold`, by the prefix-filtered index.
    public static func pairs(in corpus: AnalyzedCorpus, threshold: Double) async throws
        -> [(a: Int, b: Int, jaccard: Double)] {
        try await NearDuplicates.find(RankedShingles(shingles(of: corpus)), threshold: threshold)
            .map { ($0.a, $0.b, $0.jaccard) }
    }

    /// The same pairs by comparing every pair: slow, exact, the reference.
    /// - Complexity: O(*n*²·*s*), *n* articles of *s* shingles.
    public static func bruteForce(in corpus: AnalyzedCorpus, threshold: Double) async throws
        -> [(a: Int, b: Int, jaccard: Double)] {
        let sets = try await shingles(of: corpus)
        return try await Array(sets.indices).concurrentMap { a in
            ((a + 1)..<sets.count).compactMap { b in
                let jaccard = sets[a].jaccard(sets[b])
                return jaccard >= threshold ? (a, b, jaccard) : nil
            }
        }.flatMap { $0 }
    }

    /// The number of distinct shingles of each article (for timing the shingling alone).
    public static func shingleCount(in corpus: AnalyzedCorpus) async throws -> Int {
        try await shingles(of: corpus).reduce(0) { $0 + $1.hashes.count }
    }

    static func shingles(of corpus: AnalyzedCorpus) async throws -> [Shingles] {
        try await corpus.articles.concurrentMap { Shingles($0, title: Tokenizer.tokens(in: Array($0.clean.title.utf8))) }
    }
}
