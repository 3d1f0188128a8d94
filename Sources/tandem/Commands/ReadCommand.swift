import ArgumentParser
import TandemKit

/// The default command: the reader. Until the terminal UI lands it prints the list.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open the reader on folders and files (the default command)."
    )

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let loaded = try corpus.load()
        PlainText.printList(loaded, Cleaner().clean(loaded))
    }
}
