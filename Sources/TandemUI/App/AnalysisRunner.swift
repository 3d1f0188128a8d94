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

    public func start(_ articles: [CleanArticle]) {
        state.withLock { $0.progress = "analysing \(articles.count.formatted()) articles…" }
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let corpus = AnalyzedCorpus(cleaned: articles)
            state.withLock { $0.progress = "finding stories…" }
            var finder = StoryClusters()
            finder.onProgress = { [self] done, total in
                state.withLock { $0.progress = "finding stories… \(done * 100 / max(1, total))%" }
            }
            let stories = finder.find(in: corpus)
            state.withLock {
                $0.result = (corpus, stories)
                $0.progress = "finding claims…"
            }
            let claimFinder = ClaimFinder()
            let claims = claimFinder.claims(in: corpus, scores: claimFinder.score(corpus))
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
