import Dispatch
import Synchronization
import TandemKit

/// Runs the corpus analysis (index, stories) on a background thread while the
/// reader is already on screen, and hands over progress and the result.
public final class AnalysisRunner: Sendable {
    private struct State {
        var progress: String?
        var result: (AnalyzedCorpus, StoryClusters.Result)?
        var claims: [[Claim]]?
    }

    private let state = Mutex(State())

    public init() {}

    /// Analyses articles already cleaned (segmentation, index, stories, claims).
    public func start(_ articles: [CleanArticle]) {
        start(Corpus(articles: [], warnings: []), cleaned: articles,
              cached: Array(repeating: nil, count: articles.count), through: CachedAnalysis(cache: nil))
    }

    /// Analyses a corpus through the analysis cache: the articles it holds are
    /// not segmented again, and the stories of a corpus seen before are read back.
    /// - Parameters:
    ///   - cleaned: every article of `corpus`, cleaned, in order.
    ///   - cached: the articles the cache held (`CachedAnalysis.cachedArticles(of:)`).
    public func start(_ corpus: Corpus, cleaned: [CleanArticle], cached: [SegmentedArticle?],
                      through analysis: CachedAnalysis) {
        state.withLock { $0.progress = "analysing \(cleaned.count.formatted()) articles…" }
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let analyzed = corpus.articles.isEmpty ? AnalyzedCorpus(cleaned: cleaned)
                : AnalyzedCorpus(articles: analysis.segment(corpus, cleaned: cleaned, cached: cached))
            // An empty corpus stands for articles that came without files: nothing to key a cache by.
            let cacheable = !corpus.articles.isEmpty
            state.withLock { $0.progress = "finding stories…" }
            var analysis = analysis
            analysis.stories.onProgress = { [self] done, total in
                state.withLock { $0.progress = "finding stories… \(done * 100 / max(1, total))%" }
            }
            let stories = cacheable ? analysis.stories(of: corpus) { analyzed } : analysis.stories.find(in: analyzed)
            state.withLock {
                $0.result = (analyzed, stories)
                $0.progress = "finding claims…"
            }
            let finder = ClaimFinder()
            let claims = cacheable ? analysis.claims(of: corpus, articles: analyzed.articles, finder: finder) { analyzed }
                : finder.claims(in: analyzed, scores: finder.score(analyzed))
            state.withLock {
                $0.claims = claims
                $0.progress = nil
            }
        }
    }

    /// The claims of every article, once, when they are ready (after the result).
    public func takeClaims() -> [[Claim]]? {
        state.withLock { state in
            guard state.result == nil else { return nil }
            defer { state.claims = nil }
            return state.claims
        }
    }

    /// What the analysis is doing, for the status bar; nil when done.
    public var progress: String? { state.withLock { $0.progress } }

    /// The result, once, when it is ready.
    public func takeResult() -> (AnalyzedCorpus, StoryClusters.Result)? {
        state.withLock { state in
            defer { state.result = nil }
            return state.result
        }
    }
}
