import TandemKit

/// Reads the reader's folders again in the analysis task (the reader goes on
/// meanwhile, a large folder taking seconds to read) and makes the
/// application to go on with once they are read.
@MainActor
public struct Reloader {
    private let load: @Sendable () async throws -> Corpus
    private let cache: CachedAnalysis
    private let analysis: AnalysisRunner
    private let application: @MainActor (Corpus) -> Application
    /// Whether the folders are being read.
    public private(set) var isReading = false

    /// - Parameters:
    ///   - load: reads the folders.
    ///   - application: a new application on the corpus read.
    public init(load: @escaping @Sendable () async throws -> Corpus, cache: CachedAnalysis, analysis: AnalysisRunner,
                application: @escaping @MainActor (Corpus) -> Application) {
        self.load = load
        self.cache = cache
        self.analysis = analysis
        self.application = application
    }

    /// Starts reading the folders; the analysis under way stops.
    public mutating func start() {
        isReading = true
        analysis.start(loading: load, through: cache, pausingAfterCleaning: true)
    }

    /// Once the folders are read, the application to go on with, where `old`
    /// was; nil until then, and when they could not be read (`old` goes on,
    /// saying why).
    public mutating func finish(from old: Application) -> Application? {
        guard isReading, let loaded = analysis.takeLoaded() else { return nil }
        isReading = false
        switch loaded {
        case .success(let corpus) where corpus.articles.isEmpty && !corpus.warnings.isEmpty:
            old.reloadFailed(corpus.warnings.count == 1 ? corpus.warnings[0].failure.reason : "no readable articles")
        case .success(let corpus):
            let fresh = application(corpus)
            fresh.carryOver(from: old)
            return fresh
        case .failure(let error):
            old.reloadFailed((error as? LoadFailure)?.reason ?? "\(error)")
        }
        return nil
    }
}
