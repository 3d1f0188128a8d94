import ArgumentParser
import Foundation
import TandemKit

struct ClaimsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "List each article's check-worthy claims and the other articles that state them.",
        discussion: """
            With --lines, scores sentences read from stdin (one per line) and prints \
            {"text","score","claim"} per line instead.
            """
    )

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var state: StateOptions
    @Flag(help: "Print JSON: {\"claims\":[{\"article\",\"start\",\"end\",\"text\",\"score\",\"claimant\",\"corroborations\",\"conflicts\"}]}.")
    var json = false
    @Flag(help: "Score sentences given one per line on stdin.")
    var lines = false

    func validate() throws {
        if lines && !corpus.paths.isEmpty {
            throw ValidationError("--lines scores sentences read from standard input; it takes no paths")
        }
    }

    func run() async throws {
        if lines { return scoreLines() }
        let progress = ProgressLine()
        let loaded = try await corpus.load(progress: progress)
        progress.stage("indexing \(loaded.articles.count.formatted()) articles")
        let analysis = CachedAnalysis(cache: state.analysisCache())
        defer { analysis.finishWrites() }
        let articles = try await analysis.segment(loaded)
        var finder = ClaimFinder()
        finder.onStage = { progress.stage($0) }
        finder.onProgress = { done, total in progress.update("finding who else states each claim", done: done, total: total) }
        let found = try await analysis.claims(of: loaded, articles: articles, finder: finder) {
            try await AnalyzedCorpus(articles: articles)
        }
        progress.finish()
        let claims = found.map { article in
            article.filter { $0.level <= ClaimSelection.defaultLevel }
        }
        if json {
            try JSONOutput.print(ClaimsReport(claims, in: articles))
        } else {
            PlainText.printClaims(claims, in: articles)
        }
        analysis.finishWrites()
        ProcessEnd.now(keeping: articles, found)
    }

    private func scoreLines() {
        let model = ClaimModel.bundled
        while let line = readLine(strippingNewline: true) {
            let score = model.score(line)
            let object = LineScore(text: line, score: AlignReport.rounded(score), claim: score >= model.threshold)
            try? JSONOutput.print(object)
        }
    }

    struct LineScore: Encodable {
        let text: String
        let score: Double
        let claim: Bool
    }
}

extension PlainText {
    static func printClaims(_ claims: [[Claim]], in articles: [SegmentedArticle]) {
        if claims.allSatisfy(\.isEmpty) { print("no claims") }
        for (index, articleClaims) in claims.enumerated() where !articleClaims.isEmpty {
            let article = articles[index]
            print("\(article.id)  \(article.clean.title)  (\(articleClaims.count) claims)")
            for claim in articleClaims {
                let claimant = claim.claimant.map { "  [\($0)]" } ?? ""
                print("  \(String(format: "%.2f", claim.score))  \(article.text(of: article.sentences[claim.sentence]))\(claimant)")
                for evidence in claim.corroborations {
                    print("        = \(articles[evidence.article].id) \(String(format: "%.2f", evidence.score))  \(text(evidence, articles))")
                }
                for evidence in claim.conflicts {
                    print("        ≠ possible conflict: \(articles[evidence.article].id) \(String(format: "%.2f", evidence.score))  \(text(evidence, articles))")
                }
            }
            print("")
        }
    }

    private static func text(_ evidence: Claim.Evidence, _ articles: [SegmentedArticle]) -> String {
        let article = articles[evidence.article]
        return article.text(of: article.sentences[evidence.sentence])
    }
}
