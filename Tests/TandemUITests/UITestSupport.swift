import Foundation
import TandemKit
import TestSupport
@testable import TandemUI

/// A reader model on some files, with the analysis done at once (no background).
@MainActor
func analyzedModel(paths: [String], sourceName: String = "test") async throws -> ReaderModel {
    let corpus = try await Corpus.load(paths: paths)
    let cleaned = try await Cleaner().clean(corpus)
    let model = ReaderModel(articles: cleaned, sourceName: sourceName)
    let analysis = try await AnalyzedCorpus(cleaned: cleaned)
    try await model.deliver(analysis: analysis, stories: StoryClusters().find(in: analysis))
    return model
}

@MainActor
func seedApplication() async throws -> Application {
    let app = try await Application(model: analyzedModel(paths: [Repository.seeds], sourceName: "seeds"))
    app.analysisDidFinish()
    return app
}

extension Application {
    func press(_ keys: String) {
        for character in keys { handle(.character(character)) }
    }
}

extension CellGrid {
    /// The text of all rows joined, for "does the screen show X" checks.
    var text: String { rows.joined(separator: "\n") }
}
