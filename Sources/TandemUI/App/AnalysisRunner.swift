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

    /// Analyses a corpus through the analysis cache: the articles it holds are
    /// not segmented again, and the stories of a corpus seen before are read back.
    /// - Parameters:
    ///   - cleaned: every article of `corpus`, cleaned, in order.
    ///   - cached: the articles the cache held (`CachedAnalysis.cachedArticles(of:)`).
    public func start(_ corpus: Corpus, cleaned: [CleanArticle], cached: [SegmentedArticle?],
                      through analysis: CachedAnalysis) {
        state.withLock { $0.progress = "analysing \(cleaned.count.formatted()) articles…" }
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let analyzed = AnalyzedCorpus(articles: analysis.segment(corpus, cleaned: cleaned, cached: cached))
            state.withLock { $0.progress = "finding stories…" }
            var analysis = analysis
            analysis.stories.onProgress = { [self] done, total in
                state.withLock { $0.progress = "finding stories… \(done * 100 / max(1, total))%" }
            }
            let stories = analysis.stories(of: corpus) { analyzed }
            state.withLock {
                $0.result = (analyzed, stories)
                $0.progress = "finding claims…"
            }
            let claims = analysis.claims(of: corpus, articles: analyzed.articles) { analyzed }
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
