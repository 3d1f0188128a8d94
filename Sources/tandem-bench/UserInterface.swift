import ArgumentParser
import Dispatch
import TandemKit
import TandemUI

/// Times the view layer: the first screen, and a keypress plus a full redraw
/// into the grid, for a screen size (no terminal involved).
struct UserInterface: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ui",
        abstract: "Time the reader's first screen and keypress redraws into the cell grid."
    )

    @Argument(help: "Folders and files.") var paths: [String]
    @Option(help: "Screen width.") var width = 200
    @Option(help: "Screen height.") var height = 60
    @Option(help: "Keypresses per measurement.") var presses = 200
    @Option(help: "Compare these two articles (ids) instead of the first with its closest version.") var compare: [String] = []

    func run() async throws {
        let start = DispatchTime.now().uptimeNanoseconds
        let corpus = try await Corpus.load(paths: paths)
        let cleaned = try await Cleaner().clean(corpus)
        let loaded = milliseconds(since: start)
        print("load and clean: \(format(loaded)) ms")
        let analysis = try await AnalyzedCorpus(cleaned: cleaned)
        let stories = try await StoryClusters().find(in: analysis)
        await MainActor.run {
            let drawStart = DispatchTime.now().uptimeNanoseconds
            let app = Application(model: ReaderModel(articles: cleaned, sourceName: "bench"))
            _ = app.render(width: width, height: height)
            let firstScreen = loaded + milliseconds(since: drawStart)
            print("first screen (load, clean, draw; before analysis): \(format(firstScreen)) ms")
            app.model.deliver(analysis: analysis, stories: stories)
            app.analysisDidFinish()
            measure("list: j", app) { $0.handle(.character("j")) }
            app.handle(.enter)
            measure("reader: j", app) { $0.handle(.character("j")) }
            measure("reader: space", app) { $0.handle(.character(" ")) }
            measure("reader: ]", app) { $0.handle(.character("]")) }
            app.handle(.character("/"))
            for c in "the" { app.handle(.character(c)) }
            app.handle(.enter)
            measure("reader with 'the' highlighted: n", app) { $0.handle(.character("n")) }
            app.handle(.character("q"))
            measureListSearch(app, typing: "governmen")
            if compare.count == 2, let first = app.model.articles.firstIndex(where: { $0.id == compare[0] }),
               let second = app.model.articles.firstIndex(where: { $0.id == compare[1] }) {
                app.model.marked = second
                app.selectArticle(first)
                print("comparing \(compare[0]) with \(compare[1])")
            }
            let compareStart = DispatchTime.now().uptimeNanoseconds
            app.handle(.character("c"))
            _ = app.render(width: width, height: height)
            print("open compare (align, lay out, draw): \(format(milliseconds(since: compareStart))) ms")
            measure("compare: j", app) { $0.handle(.character("j")) }
            measure("compare: ]", app) { $0.handle(.character("]")) }
        }
    }

    @MainActor
    private func measure(_ name: String, _ app: Application, _ press: (Application) -> Void) {
        var times: [Double] = []
        for _ in 0..<presses {
            let start = DispatchTime.now().uptimeNanoseconds
            press(app)
            _ = app.render(width: width, height: height)
            times.append(milliseconds(since: start))
        }
        times.sort()
        let mean = times.reduce(0, +) / Double(times.count)
        print("\(name.padding(toLength: 36, withPad: " ", startingAt: 0)) mean \(format(mean)) ms, 95th \(format(times[times.count * 95 / 100])) ms, max \(format(times.last!)) ms  (\(width)×\(height))")
    }

    /// Types a search into the list a letter at a time: the first letter folds
    /// every article's text, the others search it.
    @MainActor
    private func measureListSearch(_ app: Application, typing query: String) {
        app.handle(.character("/"))
        var times: [Double] = []
        for letter in query {
            let start = DispatchTime.now().uptimeNanoseconds
            app.handle(.character(letter))
            _ = app.render(width: width, height: height)
            times.append(milliseconds(since: start))
        }
        app.handle(.escape)
        let rest = times.dropFirst()
        print("\("list search: first letter".padding(toLength: 36, withPad: " ", startingAt: 0)) \(format(times[0])) ms; "
              + "next \(rest.count): \(format(rest.min()!))–\(format(rest.max()!)) ms (typing '\(query)')")
    }

    private func milliseconds(since start: UInt64) -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6 }
    private func format(_ value: Double) -> String { String(format: "%.2f", value) }
}
