import ArgumentParser
import Foundation
import TandemKit
import TandemTerminal
import TandemUI

/// The default command: the full-screen reader.
struct ReadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open the reader on folders and files (the default command)."
    )

    @OptionGroup var corpus: CorpusOptions
    @Flag(name: .customLong("no-mouse"), help: "Leave the mouse to the terminal (text selection); M toggles it too.")
    var noMouse = false
    @OptionGroup var state: StateOptions

    func run() async throws {
        // Standard input may be a pipe the corpus is read from: the keys then come from /dev/tty.
        guard isatty(1) == 1 else {
            StandardError.fail(TerminalError.notATerminal.message)
            throw ExitCode.failure
        }
        let loaded = try await corpus.load()
        let (roots, options) = (try corpus.resolvedPaths(), corpus.limits.loadOptions)
        let cache = CachedAnalysis(cache: state.analysisCache())
        let source = corpus.paths.isEmpty ? "the bundled seeds" : corpus.paths.map(CorpusOptions.displayName).joined(separator: ", ")
        let environment = ProcessInfo.processInfo.environment
        let persistence = try openState().map { ($0, Self.corpusKey(roots)) }
        try await MainActor.run {
            let terminal: Terminal
            do {
                terminal = try Terminal(mouse: !noMouse, environment: environment)
            } catch {
                StandardError.fail((error as? TerminalError)?.message ?? "\(error)")
                throw ExitCode.failure
            }
            defer { terminal.shutdown() }
            // Cleaned in the background: a large folder is listed by file name at once.
            @MainActor func application(for loaded: Corpus) -> Application {
                let model = ReaderModel(pending: loaded.articles.map(\.id), sourceName: source)
                model.persistence = persistence
                let app = Application(model: model, mouse: !noMouse)
                if !loaded.warnings.isEmpty {
                    app.note("\(loaded.warnings.count) file\(loaded.warnings.count == 1 ? "" : "s") skipped (tandem list says why)")
                }
                return app
            }
            let app = application(for: loaded)
            app.restoreReadingState()
            let analysis = AnalysisRunner()
            analysis.start(loaded, through: cache, pausingAfterCleaning: true)
            // Read quietly: warnings on stderr would land in the middle of the screen.
            let reload = Reloader(load: { try await Corpus.load(paths: roots, options: options, keepingPipesOf: loaded) },
                                  cache: cache,
                                  analysis: analysis, application: application(for:))
            ReaderLoop.run(app, terminal: terminal, analysis: analysis, reload: reload)
        }
    }

    /// The state store, or nil with a warning when it cannot be used: the reader runs without it.
    private func openState() throws -> StateStore? {
        guard !state.noState else { return nil }
        let path = state.resolvedStatePath
        do {
            return try StateStore(path: path)
        } catch {
            StandardError.write("tandem: warning: reading state not kept: \(path): \(StateOptions.describe(error))\n")
            return nil
        }
    }

    /// A corpus is known by the absolute paths it was opened from.
    static func corpusKey(_ paths: [String]) -> String {
        paths.map { URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path }.sorted()
            .joined(separator: "\n")
    }
}
