import ArgumentParser
import TandemKit

struct ListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the articles of folders and files: id, words, title, byline."
    )

    @OptionGroup var corpus: CorpusOptions
    @Flag(help: "Print JSON: {\"articles\":[{\"id\",\"path\",\"title\",\"byline\",\"words\"}]}.")
    var json = false

    func run() async throws {
        let loaded = try await corpus.load()
        if json {
            try JSONOutput.print(ListReport(corpus: loaded, cleaned: try await Cleaner().clean(loaded)))
            return
        }
        // Printed a batch at a time: a folder of 100,000 files starts listing at
        // once instead of after every file is cleaned, and holds one batch.
        if loaded.articles.isEmpty { print("no articles") }
        let idWidth = PlainText.listIDWidth(loaded)
        for start in stride(from: 0, to: loaded.articles.count, by: Self.batch) {
            let batch = Corpus(articles: Array(loaded.articles[start..<min(start + Self.batch, loaded.articles.count)]),
                               warnings: [])
            PlainText.printList(batch, try await Cleaner().clean(batch), idWidth: idWidth)
        }
    }

    /// Articles cleaned (on all cores) before their lines are printed.
    private static let batch = 1_024
}
