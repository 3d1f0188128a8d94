/// A corpus read, cleaned, split into sentences and indexed: the input of
/// alignment, clustering and claims.
///
/// How rare a word is comes from the sentences of the whole corpus, so that
/// "China" weighs little in a folder about China and much in the BBC's.
public struct AnalyzedCorpus: Sendable {
    public let articles: [SegmentedArticle]
    let lexicon: Lexicon
    let weights: TermWeights
    /// Each article's sentence profiles, in sentence order.
    let profiles: [[SentenceProfile]]

    /// - Complexity: O(*n*), *n* the corpus's byte count, spread over all cores.
    public init(corpus: Corpus) {
        self.init(cleaned: Cleaner().clean(corpus))
    }

    /// Segments and indexes articles already cleaned.
    public init(cleaned: [CleanArticle]) {
        self.init(articles: cleaned.parallelMap(Segmenter.segment))
    }

    public init(articles: [SegmentedArticle]) {
        self.articles = articles
        let lexicon = Lexicon.build(articles)
        self.lexicon = lexicon
        let documents = articles.parallelMap { article in
            article.sentences.map { SortedKeys.unique($0.tokens.filter { !$0.isStopword }.map(lexicon.stem(of:))) }
        }
        weights = TermWeights(documents: documents.flatMap { $0 })
        let termWeights = weights
        profiles = articles.parallelMap { article in
            article.sentences.map { SentenceProfile(tokens: $0.tokens, lexicon: lexicon, weights: termWeights) }
        }
    }

    /// The index of the article with this id.
    public func index(of id: String) -> Int? { articles.firstIndex { $0.id == id } }

    /// The profile of a run of consecutive sentences read as one passage.
    func profile(article: Int, sentences: ClosedRange<Int>) -> SentenceProfile {
        if sentences.count == 1 { return profiles[article][sentences.lowerBound] }
        var tokens: [Token] = []
        var openings: [Int] = []
        for index in sentences {
            openings.append(tokens.count)
            tokens += articles[article].sentences[index].tokens
        }
        return SentenceProfile(tokens: tokens, openingTokens: openings, lexicon: lexicon, weights: weights)
    }
}
