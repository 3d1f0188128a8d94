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
    @OptionGroup var state: StateOptions

    func run() throws {
        guard isatty(0) == 1, isatty(1) == 1 else {
            StandardError.fail(TerminalError.notATerminal.message)
            throw ExitCode.failure
        }
        let loaded = try corpus.load()
        let cache = CachedAnalysis(cache: state.analysisCache())
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
            let persistence = try openState().map { ($0, Self.corpusKey(try corpus.resolvedPaths())) }
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
            ReaderLoop.run(app, terminal: terminal, analysis: analysis) { old in
                let loaded: Corpus
                do { loaded = try corpus.load() } catch {
                    old.reloadFailed((error as? LoadFailure)?.reason ?? "\(error)")
                    return nil
                }
                let fresh = application(for: loaded)
                fresh.carryOver(from: old)
                analysis.start(loaded, through: cache, pausingAfterCleaning: true)
                return fresh
            }
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
