import Foundation

/// The sentence-similarity model calibrated on the MSRP training set
/// (`tandem train-similarity`), shipped as `Resources/paraphrase-model.json`.
public struct ParaphraseModel: Sendable {
    let model: LogisticModel

    /// The bundled model.
    public static let bundled: ParaphraseModel = {
        guard let url = Bundle.module.url(forResource: "paraphrase-model", withExtension: "json"),
              let data = try? Data(contentsOf: url),
              let model = try? JSONDecoder().decode(LogisticModel.self, from: data),
              model.features == PairFeatures.names
        else { preconditionFailure("Resources/paraphrase-model.json is missing or stale: run tandem train-similarity") }
        return ParaphraseModel(model: model)
    }()

    init(model: LogisticModel) { self.model = model }

    /// The probability that two sentences say the same thing, 0…1.
    func score(_ a: SentenceProfile, _ b: SentenceProfile) -> Double {
        model.probability(PairFeatures.compute(a, b))
    }

    /// Scores at or above this are paraphrases.
    public var threshold: Double { model.threshold }

    /// Trains on labelled pairs (MSRP's format: label, ids, then the two sentences)
    /// and returns the model as JSON.
    public static func train(pairs: [(String, String, Bool)]) async throws -> Data {
        let analyzer = try await SentenceAnalyzer(sentences: pairs.flatMap { [$0.0, $0.1] })
        let examples = pairs.indices.map { i in
            PairFeatures.compute(analyzer.profile(2 * i), analyzer.profile(2 * i + 1))
        }
        // The penalty was chosen by 5-fold cross-validation on MSRP train (see BENCHMARKS.md).
        let model = LogisticModel.train(features: PairFeatures.names, examples: examples, labels: pairs.map(\.2),
                                        l2: 30)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(model)
    }
}

/// Scores sentence pairs given together, with term weights from all of them.
public struct SimilarityScorer: Sendable {
    private let analyzer: SentenceAnalyzer
    private let model: ParaphraseModel

    /// - Parameter pairs: the pairs to score; their sentences form the corpus
    ///   that decides how rare each word is.
    /// - Throws: `CancellationError` when the calling task is cancelled.
    public init(pairs: [(String, String)], model: ParaphraseModel = .bundled) async throws {
        analyzer = try await SentenceAnalyzer(sentences: pairs.flatMap { [$0.0, $0.1] })
        self.model = model
    }

    /// The model's inputs for the `index`th pair, by name: for inspecting the model.
    public func features(pair index: Int) -> [(String, Double)] {
        Array(zip(PairFeatures.names, PairFeatures.compute(analyzer.profile(2 * index), analyzer.profile(2 * index + 1))))
    }

    /// The score of the `index`th pair and whether it is a paraphrase.
    public func score(pair index: Int) -> (score: Double, paraphrase: Bool) {
        let score = model.score(analyzer.profile(2 * index), analyzer.profile(2 * index + 1))
        return (score, score >= model.threshold)
    }
}
