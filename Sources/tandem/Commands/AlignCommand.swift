import ArgumentParser
import TandemKit

struct AlignCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Line up the passages two articles share: links, kinds, scores and coverage."
    )

    @Argument(help: "The first article (- for standard input).") var first: String
    @Argument(help: "The second article.") var second: String
    @OptionGroup var limits: LoadLimitOptions
    @OptionGroup var state: StateOptions
    @Flag(help: "Print JSON with byte ranges into both files.") var json = false

    func run() async throws {
        var articles: [Article] = []
        for path in [first, second] {
            do {
                articles.append(try Corpus.loadFile(CorpusOptions.resolved(path), options: limits.loadOptions))
            } catch {
                StandardError.fail("\(path): \(error.reason)")
                throw ExitCode.failure
            }
        }
        let loaded = Corpus(articles: articles, warnings: [])
        let analysis = CachedAnalysis(cache: state.analysisCache())
        defer { analysis.finishWrites() }
        let corpus = try await AnalyzedCorpus(articles: analysis.segment(loaded))
        let alignment = Aligner().align(0, 1, in: corpus)
        if json {
            try JSONOutput.print(AlignReport(alignment, in: corpus, paths: (first, second)))
        } else {
            PlainText.printAlignment(alignment, in: corpus)
        }
    }
}
