import Synchronization
import TandemKit

/// Runs the corpus analysis (cleaning, index, stories, claims) in a background
/// task while the reader is already on screen, and hands over progress and the
/// results.
///
/// Every stage runs on all cores as child tasks of that task (the library's
/// stages are `async`), so cancelling it, or starting again, stops the work
/// between two chunks of any stage.
public final class AnalysisRunner: Sendable {
    private struct State {
        var progress: String?
        /// The folders read again, or why they could not be (`start(loading:)`).
        var loaded: Result<Corpus, any Error>?
        var cleaned: [CleanArticle]?
        var result: (AnalyzedCorpus, StoryClusters.Result)?
        var claims: [[Claim]]?
        var task: Task<Void, any Error>?
        /// The analysis waiting for `resume()`, and whether it may go on.
        var paused: CheckedContinuation<Void, Never>?
        var mayContinue = true
        /// Counts the analyses started: a report from an older one is dropped,
        /// even from a library thread that knows nothing of task cancellation.
        var generation = 0
    }

    private let state = Mutex(State())

    public init() {}

    /// Analyses a corpus through the analysis cache, in a task of its own: the
    /// articles it holds are not cleaned or segmented again, and the stories of
    /// a corpus seen before are read back. The cleaned articles come first
    /// (`takeCleaned()`), so a large folder is listed by file name at once and
    /// by title soon after. Starting again cancels the analysis under way.
    /// - Parameter pausing: wait for `resume()` once the articles are cleaned
    ///   (the reader draws its first screen meanwhile, on a core of its own).
    public func start(_ corpus: Corpus, through analysis: CachedAnalysis, pausingAfterCleaning pausing: Bool = false) {
        begin(pausing: pausing, progress: "reading \(corpus.articles.count.formatted()) articles…") { [self] generation in
            try await analyse(corpus, through: analysis, generation: generation)
        }
    }

    /// Reads the corpus (the folders again, say) in the task, hands it over
    /// (`takeLoaded()`, before anything found in it), then analyses it as
    /// `start(_:through:pausingAfterCleaning:)` does. Cancels the analysis under way.
    public func start(loading load: @escaping @Sendable () async throws -> Corpus, through analysis: CachedAnalysis,
                      pausingAfterCleaning pausing: Bool = false) {
        begin(pausing: pausing, progress: "reading the folders…") { [self] generation in
            let corpus: Corpus
            do {
                corpus = try await load()
            } catch {
                try deliver(generation) { ($0.loaded, $0.progress) = (.failure(error), nil) }
                return
            }
            try deliver(generation) { $0.loaded = .success(corpus) }
            try await analyse(corpus, through: analysis, generation: generation)
        }
    }

    private func begin(pausing: Bool, progress: String, _ work: @escaping @Sendable (Int) async throws -> Void) {
        // Started under the lock, so that none of its reports comes before this one.
        state.withLock { state in
            state.task?.cancel()
            state.paused?.resume()
            (state.loaded, state.cleaned, state.result, state.claims, state.paused) = (nil, nil, nil, nil, nil)
            state.mayContinue = !pausing
            state.progress = progress
            state.generation += 1
            let generation = state.generation
            state.task = Task.detached(priority: .userInitiated) { try await work(generation) }
        }
    }

    /// Stops the analysis under way; what it has handed over stays.
    public func cancel() {
        let paused = state.withLock { state in
            state.generation += 1
            state.task?.cancel()
            state.task = nil
            state.progress = nil
            defer { state.paused = nil }
            return state.paused
        }
        paused?.resume()  // to end, not to go on: the task sees it was cancelled
    }

    /// Lets an analysis started with `pausingAfterCleaning` go on.
    public func resume() {
        let paused = state.withLock { state in
            state.mayContinue = true
            defer { state.paused = nil }
            return state.paused
        }
        paused?.resume()
    }

    /// Returns at once unless the analysis was started pausing and not resumed yet.
    private func waitUntilResumed() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let goOn = state.withLock { state in
                if state.mayContinue || Task.isCancelled { return true }
                state.paused = continuation
                return false
            }
            if goOn { continuation.resume() }
        }
    }

    /// The stages in order, each handing over its result as soon as it has one.
    private func analyse(_ corpus: Corpus, through analysis: CachedAnalysis, generation: Int) async throws {
        let report: @Sendable (String) -> Void = { [self] progress in
            _ = try? deliver(generation) { $0.progress = progress }
        }
        let total = corpus.articles.count
        let cached = try await analysis.cachedArticles(of: corpus)
        let fresh = cached.count { $0 == nil }
        let cleaned = try await analysis.clean(corpus, cached: cached) { done in
            guard fresh > 0 else { return }
            report("reading articles… \(done * 100 / max(1, total))%")
        }
        try deliver(generation) {
            $0.cleaned = cleaned
            $0.progress = "analysing \(total.formatted()) articles…"
        }
        await waitUntilResumed()
        try Task.checkCancellation()
        let articles = try await analysis.segment(corpus, cleaned: cleaned, cached: cached) { done in
            guard fresh > 0 else { return }
            report("analysing articles… \(done * 100 / max(1, total))%")
        }
        report("indexing \(total.formatted()) articles…")
        let analyzed = try await AnalyzedCorpus(articles: articles)
        report("finding stories…")
        var analysis = analysis
        analysis.stories.onStage = { stage in report("stories: \(stage)…") }
        analysis.stories.onProgress = { done, total in
            report("stories: aligning pairs… \(done * 100 / max(1, total))%")
        }
        let stories = try await analysis.stories(of: corpus) { analyzed }
        try deliver(generation) { $0.result = (analyzed, stories) }
        report("finding claims…")
        var finder = ClaimFinder()
        finder.onStage = { stage in report("claims: \(stage)…") }
        finder.onProgress = { done, total in
            report("claims: matching other sources… \(done * 100 / max(1, total))%")
        }
        let claims = try await analysis.claims(of: corpus, articles: analyzed.articles, finder: finder) { analyzed }
        try deliver(generation) {
            $0.claims = claims
            $0.progress = nil
        }
    }

    /// Hands over a result or a report, unless that analysis was cancelled or
    /// superseded meanwhile (it must not overwrite what its successor shows).
    private func deliver(_ generation: Int, _ change: (inout State) -> Void) throws {
        try state.withLock { state in
            guard state.generation == generation else { throw CancellationError() }
            change(&state)
        }
    }

    /// The corpus read by `start(loading:)`, or why it could not be, once.
    public func takeLoaded() -> Result<Corpus, any Error>? {
        state.withLock { state in
            defer { state.loaded = nil }
            return state.loaded
        }
    }

    /// Whether the cleaned articles are ready to take.
    public var hasCleaned: Bool { state.withLock { $0.loaded == nil && $0.cleaned != nil } }

    /// Every article cleaned, once, when they are ready (after the corpus read,
    /// before the result).
    public func takeCleaned() -> [CleanArticle]? {
        state.withLock { state in
            guard state.loaded == nil else { return nil }
            defer { state.cleaned = nil }
            return state.cleaned
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
            guard state.cleaned == nil else { return nil }
            defer { state.result = nil }
            return state.result
        }
    }
}
