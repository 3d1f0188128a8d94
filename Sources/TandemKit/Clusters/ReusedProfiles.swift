/// The sentence profiles of articles that take part in more than one aligned
/// pair, made once up front (on all cores) instead of once per pair; the
/// others are made when their pair is aligned.
///
/// A profile takes about 1.7 KB, so only up to a budget of sentences is
/// kept: clustering 100,000 articles peaks at the same memory with the
/// budget as without it.
struct ReusedProfiles: Sendable {
    private let kept: [Int: [SentenceProfile]]

    /// - Parameters:
    ///   - pairs: the pairs to be aligned, by article index.
    ///   - budget: the most sentences whose profiles are kept.
    /// - Complexity: O(*p* + *s*), *p* the pairs and *s* the tokens of the kept articles.
    /// - Throws: `CancellationError` when the calling task is cancelled.
    init(for pairs: [(a: Int, b: Int)], in corpus: AnalyzedCorpus, budget: Int) async throws {
        var uses: [Int: Int] = [:]
        for pair in pairs {
            uses[pair.a, default: 0] += 1
            uses[pair.b, default: 0] += 1
        }
        // Most used first, so that a tight budget goes where it saves the most.
        var chosen: [Int] = []
        var sentences = 0
        for (article, _) in uses.filter({ $0.value > 1 }).sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }) {
            let count = corpus.articles[article].sentences.count
            guard sentences + count <= budget else { continue }
            sentences += count
            chosen.append(article)
        }
        let profiles = try await chosen.concurrentMap { corpus.profiles(of: $0) }
        kept = Dictionary(uniqueKeysWithValues: zip(chosen, profiles))
    }

    /// The article's sentence profiles, kept or made now.
    /// - Complexity: O(1) when kept, else O(*n*), *n* the article's tokens.
    func profiles(of article: Int, in corpus: AnalyzedCorpus) -> [SentenceProfile] {
        kept[article] ?? corpus.profiles(of: article)
    }
}
