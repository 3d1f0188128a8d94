/// The analysis stages run through an `AnalysisCache`: per file, cleaning and
/// segmentation; per corpus, the stories and claims. With no cache, the same
/// stages run plainly, so callers have one path. Every stage runs on all cores,
/// as child tasks of the calling task, and throws `CancellationError` when that
/// task is cancelled. Articles are written to the cache in the background: call
/// `finishWrites()` before the process ends.
public struct CachedAnalysis: Sendable {
    public let cache: AnalysisCache?
    public var stories = StoryClusters()

    public init(cache: AnalysisCache?) { self.cache = cache }

    /// Waits for the cache's background writes (a process that ends first leaves them out, safely).
    public func finishWrites() { cache?.waitForWrites() }

    /// Every article cleaned and segmented: decoded from the cache where the
    /// file is unchanged, analysed (on all cores) and stored where not.
    /// - Complexity: O(*n*) for the *n* bytes of changed files, O(*c*) for the *c*
    ///   cached bytes of the rest.
    public func segment(_ corpus: Corpus) async throws -> [SegmentedArticle] {
        let cached = try await cachedArticles(of: corpus)
        return try await segment(corpus, cleaned: clean(corpus, cached: cached), cached: cached)
    }

    /// Every article cleaned, taken from `cached` where it is there.
    /// - Parameter done: told how many articles are ready, now and then.
    public func clean(_ corpus: Corpus, cached: [SegmentedArticle?], done: (@Sendable (Int) -> Void)? = nil)
        async throws -> [CleanArticle] {
        try await Array(zip(corpus.articles, cached)).concurrentMap(chunksOf: 32, done: done, Self.cleanUnlessCached)
    }

    @Sendable
    private static func cleanUnlessCached(_ article: Article, _ cached: SegmentedArticle?) -> CleanArticle {
        cached?.clean ?? Cleaner().clean(article)
    }

    /// The articles the cache holds, in corpus order (nil where a file is new or changed).
    public func cachedArticles(of corpus: Corpus) async throws -> [SegmentedArticle?] {
        guard let cache else { return Array(repeating: nil, count: corpus.articles.count) }
        let found = cache.articles(for: corpus.articles.map(\.digest))
        return try await corpus.articles.concurrentMap { article in
            found[article.digest].flatMap { try? ArticleCodec.decode($0, id: article.id) }
        }
    }

    /// Every article's title: read from the cache where it holds the file, found
    /// by cleaning the file where it does not (without segmenting or storing it).
    public func titles(of corpus: Corpus) async throws -> [String] {
        let found = cache?.articles(for: corpus.articles.map(\.digest)) ?? [:]
        let cleaner = Cleaner()
        return try await corpus.articles.concurrentMap { article in
            found[article.digest].flatMap { try? ArticleCodec.decodeTitle($0) } ?? cleaner.clean(article).title
        }
    }

    /// Segments the articles the cache did not hold, stores them, and returns all.
    /// - Parameters:
    ///   - cleaned: every article cleaned (the cached ones' `clean`, say).
    ///   - cached: from `cachedArticles(of:)`.
    ///   - done: told how many articles are ready, now and then.
    /// - Throws: `CancellationError` when the calling task is cancelled (nothing is stored).
    public func segment(_ corpus: Corpus, cleaned: [CleanArticle], cached: [SegmentedArticle?],
                        done: (@Sendable (Int) -> Void)? = nil) async throws -> [SegmentedArticle] {
        let results = try await Array(zip(cleaned, cached)).concurrentMap(chunksOf: 32, done: done) { [self] in
            segmentUnlessCached($0, $1)
        }
        return stored(results, of: corpus)
    }

    /// The article as cached, or segmented now with its encoding for the cache.
    @Sendable
    private func segmentUnlessCached(_ clean: CleanArticle, _ cached: SegmentedArticle?)
        -> (article: SegmentedArticle, fresh: [UInt8]?) {
        if let cached { return (cached, nil) }
        let segmented = Segmenter.segment(clean)
        return (segmented, cache == nil ? nil : ArticleCodec.encode(segmented))
    }

    /// Stores the freshly segmented articles in the background; returns all.
    private func stored(_ results: [(article: SegmentedArticle, fresh: [UInt8]?)], of corpus: Corpus)
        -> [SegmentedArticle] {
        let fresh = zip(corpus.articles, results).compactMap { article, result in result.fresh.map { (article.digest, $0) } }
        cache?.storeInBackground(articles: fresh)
        return results.map(\.article)
    }

    /// The key of a result for a whole corpus: what it is and how it was found,
    /// the analysis version, and every article's id and digest in order.
    func corpusKey(_ kind: String, settings: String, of corpus: CorpusIdentity) -> String {
        var text = "v\(AnalysisCache.version) \(settings)\n"
        for article in corpus.articles { text += "\(article.id)\t\(article.digest)\n" }
        return kind + ":" + ContentDigest(Array(text.utf8)).description
    }

    /// The stories of the corpus, from the cache when it was clustered before.
    /// - Parameter analyzed: builds the analysed corpus, only when the stories must be found.
    public func stories(of corpus: Corpus, analyzed: () async throws -> AnalyzedCorpus) async throws
        -> StoryClusters.Result {
        try await stories(of: CorpusIdentity(corpus), analyzed: analyzed)
    }

    /// The stories of the corpus with this identity, from the cache when it was clustered before.
    public func stories(of corpus: CorpusIdentity, analyzed: () async throws -> AnalyzedCorpus) async throws
        -> StoryClusters.Result {
        if let result = cachedStories(of: corpus) { return result }
        let result = try await stories.find(in: analyzed())
        cache?.store(result: StoriesCodec.encode(result), for: storiesKey(corpus))
        return result
    }

    /// The stories of the corpus if the cache holds them (without reading any article back).
    public func cachedStories(of corpus: Corpus) -> StoryClusters.Result? {
        cachedStories(of: CorpusIdentity(corpus))
    }

    public func cachedStories(of corpus: CorpusIdentity) -> StoryClusters.Result? {
        guard let bytes = cache?.result(for: storiesKey(corpus), articles: corpus.articles.map(\.digest)) else { return nil }
        return try? StoriesCodec.decode(bytes, articleCount: corpus.count)
    }

    private func storiesKey(_ corpus: CorpusIdentity) -> String {
        corpusKey("stories", settings: "\(stories.parameters) \(stories.aligner.parameters)", of: corpus)
    }

    /// Every article's claims at every level, from the cache when the corpus was read before.
    /// - Parameters:
    ///   - articles: the corpus's articles, segmented (to check what the cache holds against).
    ///   - analyzed: builds the analysed corpus, only when the claims must be found.
    public func claims(of corpus: Corpus, articles: [SegmentedArticle], finder: ClaimFinder = ClaimFinder(),
                       analyzed: () async throws -> AnalyzedCorpus) async throws -> [[Claim]] {
        let key = corpusKey("claims", settings: "\(finder.levels) \(finder.linkedLevel)", of: CorpusIdentity(corpus))
        if let bytes = cache?.result(for: key), let claims = try? ClaimsCodec.decode(bytes, articles: articles) {
            return claims
        }
        let corpus = try await analyzed()
        let claims = try await finder.claims(in: corpus, scores: finder.score(corpus))
        cache?.store(result: ClaimsCodec.encode(claims), for: key)
        return claims
    }
}
