import Testing
import TestSupport
@testable import TandemKit
@testable import TandemUI

/// Random keys, clicks and screen sizes, with the text, the analysis and a
/// reload arriving in between: the application must never trap, and every
/// screen it draws has the size asked for.
@MainActor
@Suite struct MonkeyTests {
    private static let keys: [Key] = KeyTable.standard.bindings.flatMap(\.keys)
        + [.escape, .enter, .tab, .backTab, .backspace, .left, .right, .character("x"), .character("é"),
           .character("中"), .control("c"), .function(5), .resize]

    private func randomKey(_ random: inout SplitMix64) -> Key {
        if Int.random(in: 0..<10, using: &random) == 0 {
            let kinds: [MouseEvent.Kind] = [.click, .wheelUp, .wheelDown]
            return .mouse(MouseEvent(kind: kinds.randomElement(using: &random)!, x: Int.random(in: -1..<130, using: &random),
                                     y: Int.random(in: -1..<40, using: &random)))
        }
        return Self.keys.randomElement(using: &random)!
    }

    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func randomInputNeverTraps(seed: UInt64) async throws {
        var random = SplitMix64(seed: seed)
        let corpus = try await Corpus.load(paths: [Repository.seeds])
        let cleaned = try await Cleaner().clean(corpus)
        let analyzed = try await AnalyzedCorpus(cleaned: cleaned)
        let stories = try await StoryClusters().find(in: analyzed)
        let finder = ClaimFinder()
        let claims = try await finder.claims(in: analyzed, scores: finder.score(analyzed))
        var app = Application(model: ReaderModel(pending: corpus.articles.map(\.id), sourceName: "seeds"))
        for step in 0..<600 {
            switch step {
            case 80: app.model.deliver(cleaned: cleaned); app.articlesDidArrive()
            case 160: app.model.deliver(analysis: analyzed, stories: stories); app.analysisDidFinish()
            case 240: app.model.deliver(claims: claims); app.claimsDidArrive()
            case 400:
                // A reload: the same folder, one file fewer, every result again.
                let kept = corpus.articles.dropLast()
                let fresh = Application(model: ReaderModel(articles: Array(cleaned.dropLast()), sourceName: "seeds"))
                fresh.carryOver(from: app)
                let again = try await AnalyzedCorpus(cleaned: Array(cleaned.dropLast()))
                try await fresh.model.deliver(analysis: again, stories: StoryClusters().find(in: again))
                fresh.analysisDidFinish()
                #expect(fresh.model.articles.map(\.id) == kept.map(\.id))
                app = fresh
            default: break
            }
            if app.wantsQuit { app = Application(model: app.model) }
            app.handle(randomKey(&random))
            let width = [1, 20, 60, 80, 99, 100, 120, 160].randomElement(using: &random)!
            let height = [1, 5, 10, 24, 32, 48].randomElement(using: &random)!
            let grid = app.render(width: width, height: height)
            #expect(grid.width == width && grid.height == height && grid.rows.allSatisfy { DisplayWidth.of($0) <= width })
        }
    }
}
