/// A corpus read, cleaned, split into sentences and indexed: the input of
/// alignment, clustering and claims.
///
/// How rare a word is comes from the sentences of the whole corpus, so that
/// "China" weighs little in a folder about China and much in the BBC's.
public struct AnalyzedCorpus: Sendable {
    public let articles: [SegmentedArticle]
    let lexicon: Lexicon
    let weights: TermWeights
    /// Each article's sentence profiles, in sentence order; nil when they are
    /// made on demand.
    private let keptProfiles: [[SentenceProfile]]?

    /// Whether sentence profiles (what similarity compares) are made once for
    /// every sentence and kept, or made each time an article is compared.
    public enum Profiles: Sendable {
        /// For comparing most sentences with others several times (claims, the reader).
        case kept
        /// For comparing a few pairs of articles (clustering a large corpus):
        /// memory holds tokens only, about a third of what kept profiles take.
        case onDemand
    }

    /// Every stage runs on all cores, as child tasks of the calling task.
    /// - Complexity: O(*n*), *n* the corpus's byte count.
    /// - Throws: `CancellationError` when the calling task is cancelled.
    public init(corpus: Corpus, profiles: Profiles = .kept) async throws {
        try await self.init(cleaned: Cleaner().clean(corpus), profiles: profiles)
    }

    /// Segments and indexes articles already cleaned.
    public init(cleaned: [CleanArticle], profiles: Profiles = .kept) async throws {
        try await self.init(articles: cleaned.concurrentMap(Segmenter.segment), profiles: profiles)
    }

    /// Indexes articles already segmented.
    public init(articles: [SegmentedArticle], profiles: Profiles = .kept) async throws {
        self.articles = articles
        let lexicon = try await Lexicon.build(articles)
        self.lexicon = lexicon
        // A few large chunks: their tables are merged on one core afterwards.
        let chunks = (0..<articles.count).chunks(of: max(64, articles.count / 8))
        weights = TermWeights(try await chunks.concurrentMap { chunk in
            var frequencies = DocumentFrequencies()
            for article in articles[chunk] {
                for sentence in article.sentences {
                    frequencies.add(contentOf: sentence.tokens, lexicon: lexicon)
                }
            }
            return frequencies
        })
        let termWeights = weights
        keptProfiles = profiles == .onDemand ? nil : try await articles.concurrentMap { article in
            article.sentences.map { SentenceProfile(tokens: $0.tokens, lexicon: lexicon, weights: termWeights) }
        }
    }

    /// The profiles of an article's sentences, in order.
    /// - Complexity: O(1) when kept, else O(*n*), *n* the article's tokens.
    func profiles(of article: Int) -> [SentenceProfile] {
        keptProfiles?[article] ?? articles[article].sentences.map {
            SentenceProfile(tokens: $0.tokens, lexicon: lexicon, weights: weights)
        }
    }

    /// The index of the article with this id.
    public func index(of id: String) -> Int? { articles.firstIndex { $0.id == id } }

    /// The profile of a run of consecutive sentences read as one passage.
    func profile(article: Int, sentences: ClosedRange<Int>) -> SentenceProfile {
        if sentences.count == 1, let kept = keptProfiles { return kept[article][sentences.lowerBound] }
        var tokens: [Token] = []
        var openings: [Int] = []
        for index in sentences {
            openings.append(tokens.count)
            tokens += articles[article].sentences[index].tokens
        }
        return SentenceProfile(tokens: tokens, openingTokens: openings, lexicon: lexicon, weights: weights)
    }
}
