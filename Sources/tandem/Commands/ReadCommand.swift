import ArgumentParser
import Foundation
import TandemKit
import TandemTerminal
import TandemUI

/// The default command: the full-screen reader.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open the reader on folders and files (the default command)."
    )

    @OptionGroup var corpus: CorpusOptions
    @Flag(name: .customLong("no-mouse"), help: "Leave the mouse to the terminal (text selection); M toggles it too.")
    var noMouse = false

    func run() throws {
        guard isatty(0) == 1, isatty(1) == 1 else {
            StandardError.fail(TerminalError.notATerminal.message)
            throw ExitCode.failure
        }
        let loaded = try corpus.load()
        let articles = Cleaner().clean(loaded)
        let source = corpus.paths.isEmpty ? "the bundled seeds" : corpus.paths.map(CorpusOptions.displayName).joined(separator: ", ")
        let environment = ProcessInfo.processInfo.environment
        try MainActor.assumeIsolated {
            let terminal: Terminal
            do {
                terminal = try Terminal(mouse: !noMouse, environment: environment)
            } catch {
                StandardError.fail((error as? TerminalError)?.message ?? "\(error)")
                throw ExitCode.failure
            }
            defer { terminal.shutdown() }
            let app = Application(model: ReaderModel(articles: articles, sourceName: source), mouse: !noMouse)
            if !loaded.warnings.isEmpty {
                app.progress = "\(loaded.warnings.count) file\(loaded.warnings.count == 1 ? "" : "s") skipped (see tandem list)"
            }
            let analysis = AnalysisRunner()
            analysis.start(articles)
            ReaderLoop.run(app, terminal: terminal, analysis: analysis)
        }
    }
}
