import ArgumentParser
import TandemKit

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the articles of folders and files: id, words, title, byline."
    )

    @OptionGroup var corpus: CorpusOptions
    @Flag(help: "Print JSON: {\"articles\":[{\"id\",\"path\",\"title\",\"byline\",\"words\"}]}.")
    var json = false

    func run() throws {
        let loaded = try corpus.load()
        let cleaned = Cleaner().clean(loaded)
        if json {
            try JSONOutput.print(ListReport(corpus: loaded, cleaned: cleaned))
        } else {
            PlainText.printList(loaded, cleaned)
        }
    }
}
