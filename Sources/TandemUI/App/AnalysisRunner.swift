import Synchronization
import TandemKit

/// Runs the corpus analysis (index, stories, claims) in a background task while
/// the reader is already on screen, and hands over progress and the results.
///
/// Articles are segmented as child tasks of that task (`CachedAnalysis.segment`),
/// on all cores; the corpus-wide stages then fork and join inside the library.
public final class AnalysisRunner: Sendable {
    private struct State {
        var progress: String?
        var result: (AnalyzedCorpus, StoryClusters.Result)?
        var claims: [[Claim]]?
        var task: Task<Void, any Error>?
    }

    private let state = Mutex(State())

    public init() {}

    /// Analyses a corpus through the analysis cache, in a task of its own: the
    /// articles it holds are not segmented again, and the stories of a corpus
    /// seen before are read back. Starting again cancels the analysis under way.
    /// - Parameters:
    ///   - cleaned: every article of `corpus`, cleaned, in order.
    ///   - cached: the articles the cache held (`CachedAnalysis.cachedArticles(of:)`).
    public func start(_ corpus: Corpus, cleaned: [CleanArticle], cached: [SegmentedArticle?],
                      through analysis: CachedAnalysis) {
        // Started under the lock, so that none of its reports comes before this one.
        state.withLock { state in
            state.task?.cancel()
            (state.result, state.claims) = (nil, nil)
            state.progress = "analysing \(cleaned.count.formatted()) articles…"
            state.task = Task.detached(priority: .userInitiated) { [self] in
                try await analyse(corpus, cleaned: cleaned, cached: cached, through: analysis)
            }
        }
    }

    /// Stops the analysis under way; what it has handed over stays.
    public func cancel() {
        state.withLock { state in
            state.task?.cancel()
            state.task = nil
            state.progress = nil
        }
    }

    /// The stages in order, each handing over its result as soon as it has one.
    private func analyse(_ corpus: Corpus, cleaned: [CleanArticle], cached: [SegmentedArticle?],
                         through analysis: CachedAnalysis) async throws {
        let total = cleaned.count
        let fresh = cached.count { $0 == nil }
        let articles = try await analysis.segment(corpus, cleaned: cleaned, cached: cached) { [self] done in
            guard fresh > 0 else { return }
            report("analysing articles… \(done * 100 / max(1, total))%")
        }
        let analyzed = AnalyzedCorpus(articles: articles)
        try Task.checkCancellation()
        report("finding stories…")
        var analysis = analysis
        analysis.stories.onProgress = { [self] done, total in
            report("finding stories… \(done * 100 / max(1, total))%")
        }
        let stories = analysis.stories(of: corpus) { analyzed }
        try deliver { $0.result = (analyzed, stories) }
        report("finding claims…")
        let claims = analysis.claims(of: corpus, articles: analyzed.articles) { analyzed }
        try deliver {
            $0.claims = claims
            $0.progress = nil
        }
    }

    /// Shows what the analysis is doing, unless it was cancelled meanwhile.
    private func report(_ progress: String) {
        try? deliver { $0.progress = progress }
    }

    /// Hands over a result, unless the analysis was cancelled meanwhile (a
    /// cancelled analysis must not overwrite what its successor shows).
    private func deliver(_ change: (inout State) -> Void) throws {
        try state.withLock { state in
            try Task.checkCancellation()
            change(&state)
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
