import ArgumentParser
import TandemKit

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one article cleaned: title, byline, headings and paragraphs."
    )

    @Argument(help: "The article file (- for standard input).")
    var file: String

    @OptionGroup var limits: LoadLimitOptions
    @Flag(help: "Print JSON with byte ranges into the file, and what was removed and why.")
    var json = false
    @Flag(help: "Also list the removed lines with their reasons and byte ranges.")
    var removed = false
    @Flag(help: "Print one sentence per line with its byte range instead.")
    var sentences = false

    func run() throws {
        let article: Article
        do {
            article = try Corpus.loadFile(CorpusOptions.resolved(file), options: limits.loadOptions)
        } catch {
            StandardError.fail("\(file): \(error.reason)")
            throw ExitCode.failure
        }
        let clean = Cleaner().clean(article)
        if sentences {
            PlainText.printSentences(Segmenter.segment(clean))
        } else if json {
            try JSONOutput.print(ShowReport(article: article, clean: clean))
        } else {
            PlainText.printArticle(clean, withRemoved: removed)
        }
    }
}
