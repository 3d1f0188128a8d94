import ArgumentParser
import Foundation
import TandemKit

struct ClaimsCommand: ParsableCommand {
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

    func run() throws {
        if lines { return scoreLines() }
        let progress = ProgressLine()
        progress.stage("reading")
        let loaded = try corpus.load()
        progress.stage("indexing \(loaded.articles.count) articles")
        let analyzed = AnalyzedCorpus(articles: CachedAnalysis(cache: state.analysisCache()).segment(loaded))
        progress.stage("scoring sentences")
        let finder = ClaimFinder()
        let scores = finder.score(analyzed)
        progress.stage("finding who else states each claim")
        let found = finder.claims(in: analyzed, scores: scores)
        progress.finish()
        let claims = found.map { article in
            article.filter { $0.level <= ClaimSelection.defaultLevel }
        }
        if json {
            try JSONOutput.print(ClaimsReport(claims, in: analyzed))
        } else {
            PlainText.printClaims(claims, in: analyzed)
        }
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
    static func printClaims(_ claims: [[Claim]], in corpus: AnalyzedCorpus) {
        for (index, articleClaims) in claims.enumerated() where !articleClaims.isEmpty {
            let article = corpus.articles[index]
            print("\(article.id)  \(article.clean.title)  (\(articleClaims.count) claims)")
            for claim in articleClaims {
                let claimant = claim.claimant.map { "  [\($0)]" } ?? ""
                print("  \(String(format: "%.2f", claim.score))  \(article.text(of: article.sentences[claim.sentence]))\(claimant)")
                for evidence in claim.corroborations {
                    print("        = \(corpus.articles[evidence.article].id) \(String(format: "%.2f", evidence.score))  \(text(evidence, corpus))")
                }
                for evidence in claim.conflicts {
                    print("        ≠ possible conflict: \(corpus.articles[evidence.article].id) \(String(format: "%.2f", evidence.score))  \(text(evidence, corpus))")
                }
            }
            print("")
        }
    }

    private static func text(_ evidence: Claim.Evidence, _ corpus: AnalyzedCorpus) -> String {
        let article = corpus.articles[evidence.article]
        return article.text(of: article.sentences[evidence.sentence])
    }
}
