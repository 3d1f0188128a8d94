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
        let cleaned = Cleaner().clean(corpus)
        self.init(articles: cleaned.parallelMap(Segmenter.segment))
    }

    public init(articles: [SegmentedArticle]) {
        self.articles = articles
        lexicon = Lexicon.build(articles)
        var weights = TermWeights()
        for article in articles {
            for sentence in article.sentences {
                weights.addDocument(sentence.tokens.filter { !$0.isStopword }.map(lexicon.stem(of:)))
            }
        }
        self.weights = weights
        let (lexicon, termWeights) = (lexicon, weights)
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
