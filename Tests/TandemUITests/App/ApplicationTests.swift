import Testing
import TestSupport
@testable import TandemKit
@testable import TandemUI

@MainActor
@Suite struct ApplicationTests {
    @Test func aFolderListedBeforeItsArticlesAreCleanedShowsFileNamesThenTitles() async throws {
        let corpus = try await Corpus.load(paths: [Repository.seeds])
        let model = ReaderModel(pending: corpus.articles.map(\.id), sourceName: "seeds")
        let app = Application(model: model)
        let before = app.render(width: 120, height: 32).text
        #expect(before.contains("000_40030c20fa9a20db.txt") && before.contains("reading…"))
        #expect(!before.contains("What Motivates China"))
        // The reader opened at a remembered place keeps it until the text arrives.
        let place = ReadingState.Position(paragraph: 12, offset: 0)
        app.reader.open(3, at: place)
        app.focus = .reader
        #expect(app.render(width: 120, height: 32).text.contains("Reading the articles…"))
        #expect(app.reader.readingPosition == place)
        try await model.deliver(cleaned: Cleaner().clean(corpus))
        app.articlesDidArrive()
        let after = app.render(width: 120, height: 32)
        #expect(after.text.contains("What Motivates China") && !after.text.contains("reading…"))
        let paragraph = model.articles[3].paragraphs[12].text.split(separator: " ").prefix(4).joined(separator: " ")
        #expect(after.text.contains(paragraph), "\(after.text)")
        #expect(app.reader.readingPosition?.paragraph == 12)
    }

    @Test func aReloadContinuesOnTheSameArticleAtTheSamePlaceAndSaysWhatChanged() async throws {
        let old = try await seedApplication()
        let ids = old.model.articles.map(\.id)
        let reading = try #require(ids.firstIndex { $0.hasPrefix("003") })
        old.model.markRead(0)
        old.model.marked = 1
        old.reader.open(reading, at: ReadingState.Position(paragraph: 9, offset: 0))
        old.focus = .reader
        _ = old.render(width: 120, height: 32)
        old.handle(.character("R"))
        #expect(old.wantsReload)
        // The folder again, read in another order, with one file gone.
        let kept = Array(ids.dropFirst().reversed())
        let fresh = Application(model: ReaderModel(pending: kept, sourceName: "seeds"))
        fresh.carryOver(from: old)
        let at = try #require(kept.firstIndex(of: ids[reading]))
        #expect(fresh.focus == .reader && fresh.reader.article == at)
        #expect(fresh.reader.readingPosition?.paragraph == 9)
        #expect(fresh.model.marked == kept.firstIndex(of: ids[1]))
        #expect(fresh.model.read.isEmpty)  // the article read is the one gone
        #expect(fresh.render(width: 120, height: 32).text.contains("reloaded: 4 articles, 1 gone"))
    }

    /// `R` through the `Reloader` the reader uses: the folders are read in the
    /// background, and the application to go on with comes once they are.
    @Test func theReloaderReadsTheFoldersInTheBackgroundThenCarriesOver() async throws {
        let old = try await seedApplication()
        old.selectArticle(2)
        let analysis = AnalysisRunner()
        let ids = old.model.articles.map(\.id)
        var reloader = Reloader(load: { try await Corpus.load(paths: [Repository.seeds]) }, cache: CachedAnalysis(cache: nil),
                                analysis: analysis) { corpus in
            Application(model: ReaderModel(pending: corpus.articles.map(\.id), sourceName: "seeds"))
        }
        reloader.start()
        #expect(reloader.isReading)
        var fresh: Application?
        for _ in 0..<600 where fresh == nil {
            fresh = reloader.finish(from: old)
            try await Task.sleep(for: .milliseconds(50))
        }
        let app = try #require(fresh)
        #expect(!reloader.isReading && app.model.articles.map(\.id) == ids && app.list.selected == 2)
        #expect(app.render(width: 120, height: 32).text.contains("reloaded: 5 articles"))
        analysis.cancel()
    }

    @Test func aReloadFindingNoReadableArticleLeavesTheReaderAsItWas() async throws {
        let old = try await seedApplication()
        old.handle(.character("R"))
        let folder = TemporaryFolder()
        let binary = folder.write("image.txt", "\u{0}\u{1}\u{2}")
        var reloader = Reloader(load: { try await Corpus.load(paths: [binary]) }, cache: CachedAnalysis(cache: nil),
                                analysis: AnalysisRunner()) { _ in Issue.record("no application on nothing"); return old }
        reloader.start()
        for _ in 0..<600 where reloader.isReading {
            #expect(reloader.finish(from: old) == nil)
            try await Task.sleep(for: .milliseconds(50))
        }
        #expect(!old.wantsReload && old.render(width: 120, height: 32).text.contains("reload failed:"))
        #expect(old.model.articles.count == 5)
    }

    @Test func uMarksTheArticleUnreadAndTheStoreRemembers() async throws {
        let folder = TemporaryFolder()
        let store = try StateStore(path: folder.path + "/state.sqlite")
        let app = try await seedApplication()
        app.model.persistence = (store, "/seeds")
        app.handle(.enter)  // opens and reads the first article
        let first = try #require(app.reader.article)
        #expect(app.model.read.contains(first))
        app.handle(.character("u"))
        #expect(!app.model.read.contains(first))
        #expect(app.render(width: 120, height: 32).text.contains(": unread"))
        #expect(try store.state(of: "/seeds").read.isEmpty)
        app.handle(.character("q"))  // back to the list: the row shows the unread marker again
        #expect(app.render(width: 120, height: 32).rows.contains { $0.hasPrefix(" ● Balancing the Tightrope") })
        app.handle(.character("u"))
        #expect(try store.state(of: "/seeds").read == [app.model.articles[first].id])
    }

    @Test func anEmptyFolderSaysSoInTheListAndTheStatusBar() {
        let app = Application(model: ReaderModel(articles: [], sourceName: "empty"))
        app.analysisDidFinish()
        let grid = app.render(width: 80, height: 10)
        #expect(grid.text.contains("No articles."))
        #expect(grid.rows.last?.hasPrefix(" No articles") == true, "\(grid.rows.last ?? "")")
        for key in ["j", "G", "u", "m", "c", "]", "n", "R"] { app.handle(.character(Character(key))) }
        app.handle(.enter)
        #expect(app.render(width: 80, height: 10).text.contains("No articles."))
    }

    @Test func theListShowsTheFiveTitlesGroupedByStoryWithBadges() async throws {
        let app = try await seedApplication()
        let screen = app.render(width: 120, height: 32).text
        for title in ["Balancing the Tightrope", "Will China arm Russia?", "Will China come to Putin’s rescue?",
                      "What Motivates China", "Why is China risking US sanctions"] {
            #expect(screen.contains(title), "\(title)")
        }
        #expect(screen.contains("Story 1 · 3 articles") && screen.contains("Story 2 · 2 articles"))
        #expect(screen.contains("rewrite of 001 · 95%"))
        #expect(screen.contains("Article 1/5 · 2 stories"))
    }

    @Test func aLongBylineGivesWayToTheWordCountAndTheBadge() async throws {
        let grid = try await seedApplication().render(width: 120, height: 32)
        let row = try #require(grid.rows.first { $0.contains("   Matthew Su") })
        let listPart = String(row.prefix { $0 != "│" })
        #expect(listPart.contains("…") && listPart.contains("4,316 words") && listPart.contains("overlaps"), "\(listPart)")
        // A title wider than the pane is cut with an ellipsis too.
        let titleRow = try #require(grid.rows.first { $0.contains("● Balancing the Tightrope") })
        #expect(titleRow.prefix { $0 != "│" }.hasSuffix("… "))
    }

    @Test func openingAnArticleShowsItsBodyWithLinkedPassagesMarked() async throws {
        let app = try await seedApplication()
        app.handle(.enter)
        let grid = app.render(width: 120, height: 32)
        #expect(grid.text.contains("Chinese Foreign Minister Qin Gang told reporters"))
        #expect(grid.text.contains("by Brian Hart"))
        // Linked lines carry a margin mark; the title has the title style.
        #expect(grid.rows.contains { $0.contains("│▌ ") })
        #expect(grid.text.contains("Article 1/5 · "))
        let titleRow = grid.rows.firstIndex { $0.contains("Balancing the Tightrope Between China and Russia is Serious Business") }!
        #expect(grid.styles(titleRow).contains(.title))
    }

    @Test func resizingAtTheTopKeepsTheTitleInView() async throws {
        let app = try await seedApplication()
        app.handle(.enter)
        _ = app.render(width: 120, height: 32)
        for (width, height) in [(1, 1), (20, 5), (50, 15), (37, 9), (120, 32)] { _ = app.render(width: width, height: height) }
        let grid = app.render(width: 120, height: 32)
        #expect(grid.text.contains("Balancing the Tightrope Between China and Russia is Serious Business"))
        #expect(grid.text.contains("by Brian Hart"))
    }

    @Test func headingsAreSetApartInTheReader() async throws {
        let app = try await seedApplication()
        app.press("jjjj") // 001, in the second story
        app.handle(.enter)
        for _ in 0..<8 { app.handle(.character(" ")) }
        app.handle(.character("g"))
        let grid = app.render(width: 120, height: 60)
        let row = grid.rows.firstIndex { $0.contains("China’s need for allies") }
        #expect(row != nil)
        if let row { #expect(grid.styles(row).contains(.heading)); #expect(grid.rows[row - 1].trimmingCharacters(in: .whitespaces).hasSuffix("│")) }
    }

    @Test func searchInTheReaderHighlightsMatchesAndCountsThem() async throws {
        let app = try await seedApplication()
        app.handle(.enter)
        app.press("/")
        app.press("Hart")
        var grid = app.render(width: 120, height: 32)
        #expect(grid.rows.last!.hasPrefix("/Hart"))
        #expect(grid.rows.last!.contains("match"))
        app.handle(.enter)
        grid = app.render(width: 120, height: 32)
        #expect(grid.rows.last!.contains("[1/"))
        let highlighted = (0..<grid.height).flatMap { y in grid.styles(y) }.filter { $0 == .selection || $0 == .searchMatch }
        #expect(highlighted.count >= 4)
        app.press("n")
        #expect(app.render(width: 120, height: 32).rows.last!.contains("[2/"))
    }

    @Test func searchInTheListFiltersByTitleBylineAndText() async throws {
        let app = try await seedApplication()
        app.press("/putin")
        app.handle(.enter)
        let grid = app.render(width: 120, height: 32)
        // 004 has Putin in its title; 000, 001 and 003 only in their text; 002 not at all.
        #expect(grid.text.contains("Articles matching “putin” · 4 of 5"), "\(grid.text)")
        #expect(!grid.text.contains("Balancing the Tightrope"))
        let list = grid.rows.map { String($0.prefix { $0 != "│" }) }
        let titled = try #require(list.firstIndex { $0.contains("Will China come to Putin’s rescue?") })
        #expect(list[titled + 1].contains("293 words"))
        let found = try #require(list.firstIndex { $0.contains("Will China arm Russia?") })
        #expect(list[found + 1].contains("matches in the text"), "\(list[found + 1])")
        // A name only two texts mention (Der Spiegel), in no title.
        app.handle(.escape)
        app.press("/spiegel")
        #expect(app.render(width: 120, height: 32).text.contains("Articles matching “spiegel” · 2 of 5"))
    }

    /// The words that found an article are shown in it, and n/N walk them until the search is cleared.
    @Test func aSearchInTheListGoesOnInTheArticleOpened() async throws {
        let app = try await seedApplication()
        app.press("/spiegel")
        app.handle(.enter)  // the list keeps the two articles that mention Der Spiegel
        app.handle(.enter)  // and the first opens
        var grid = app.render(width: 120, height: 32)
        #expect(grid.rows.last!.contains("“spiegel” here too"), "\(grid.rows.last!)")
        let pane = grid.rows.map { String($0.split(separator: "│", maxSplits: 1).last ?? "") }.joined()
        #expect(pane.contains("Spiegel"))  // scrolled to the first match
        app.handle(.character("n"))
        grid = app.render(width: 120, height: 32)
        #expect(grid.rows.last!.contains("[1/") || grid.rows.last!.contains("[2/"), "\(grid.rows.last!)")
        #expect(grid.rows.last!.contains("n/N matches"))
        app.press("/")
        app.handle(.enter)  // an empty search clears it: n walks the claims again
        #expect(app.render(width: 120, height: 32).rows.last!.contains("n/N claims"))
    }

    /// Found by its title alone, an article has nothing to show for the list's search: the reader keeps its own.
    @Test func anArticleFoundByItsTitleAloneKeepsTheReadersOwnSearch() async throws {
        let folder = TemporaryFolder()
        folder.write("a.txt", "Harbour rebuild approved\n\nThe council voted on Tuesday to rebuild the sea wall.\n")
        let app = Application(model: try await analyzedModel(paths: [folder.path]))
        app.articlesDidArrive()
        app.handle(.enter)
        app.press("/sea")
        app.handle(.enter)
        #expect(app.render(width: 120, height: 32).rows.last!.contains("[1/1]"))
        app.press("q/harbour")
        app.handle(.enter)
        app.handle(.enter)
        let status = app.render(width: 120, height: 32).rows.last!
        #expect(status.contains("[1/1]"), "\(status)")
        #expect(status.contains("n/N matches"))
    }

    @Test func searchFoldsTheCaseOfLettersOutsideASCII() async throws {
        let folder = TemporaryFolder()
        folder.write("a.txt", "Banks raise rates\n\nThe central bank in Zürich raised its rate by half a point on Thursday.\n")
        folder.write("b.txt", "Markets fall\n\nShares fell in Frankfurt and Paris as traders sold bank stocks.\n")
        let app = Application(model: try await analyzedModel(paths: [folder.path]))
        app.articlesDidArrive()
        app.press("/ZÜRICH")
        let list = app.render(width: 120, height: 32).text
        #expect(list.contains("Articles matching “ZÜRICH” · 1 of 2"), "\(list)")
        #expect(list.contains("1 match in the text"))
        app.handle(.enter)
        app.handle(.enter)
        app.press("/zürich")
        let grid = app.render(width: 120, height: 32)
        #expect(grid.rows.last!.contains("1 match"), "\(grid.rows.last!)")
    }

    @Test func badgesNameTheOtherArticleByWhatTellsItApart() async throws {
        let folder = TemporaryFolder()
        let story = """
            The regional council approved the budget on Monday after a long debate about road repairs in the north.

            Officials said the spending would rise by four percent next year, the largest increase in a decade.

            Opposition members said the rise was too small to repair the roads damaged by the winter floods.
            """
        folder.write("08.12.99/roads/roads1.txt", "Council approves road budget\n\n" + story + "\n")
        folder.write("22.11.99/roads/roads1.txt", "Road budget approved\n\n" + story + "\n\nThe vote was 31 to 12.\n")
        let app = Application(model: try await analyzedModel(paths: [folder.path]))
        app.analysisDidFinish()
        // Both files are roads/roads1: the badge names the date folder, and the list beside the
        // reading pane cuts it from the front.
        let rows = app.render(width: 120, height: 24).rows.map { String($0.prefix { $0 != "│" }) }
        #expect(rows.contains { $0.contains("rewrite of …") && $0.contains("roads/roads1 · 100%") }, "\(rows)")
        #expect(rows.contains { $0.contains("source of …") && $0.contains("roads/roads1 · 100%") }, "\(rows)")
        let wide = app.render(width: 80, height: 24).text  // the list alone
        #expect(wide.contains("of 08.12.99/roads/roads1 · ") && wide.contains("of 22.11.99/roads/roads1 · "), "\(wide)")
    }

    /// A long path in the reading pane's header gives up its start, not the
    /// word count and relation at its end.
    @Test func theHeaderKeepsTheRelationWhenThePathIsLong() async throws {
        let folder = TemporaryFolder()
        let story = (1...4).map { "Sentence \($0) of the report on the harbour wall and the storm damage to quay number \($0)." }
        let deep = "press-association/rawtexts/courts/08.12.99/harbour/"
        folder.write(deep + "harbour1.txt", "Harbour report\n\n" + story.joined(separator: "\n\n") + "\n")
        folder.write("papers/harbour1.txt", "Harbour wall\n\n" + story.joined(separator: "\n\n") + "\n\nThe vote was 31 to 12.\n")
        let app = Application(model: try await analyzedModel(paths: [folder.path]))
        app.analysisDidFinish()
        app.handle(.enter)
        let header = String(app.render(width: 100, height: 24).rows[0].drop { $0 != "│" }.dropFirst())
        #expect(header.contains("…") && header.contains("/harbour1.txt · "), "\(header)")
        #expect(header.contains(" words · ") && header.hasSuffix("%"), "\(header)")
    }

    @Test func helpIsGeneratedFromTheKeyTable() async throws {
        let app = try await seedApplication()
        app.press("?")
        let screen = app.render(width: 120, height: 40).text
        for binding in KeyTable.standard.bindings { #expect(screen.contains(binding.help), "\(binding.help)") }
        app.press("q")
        #expect(!app.render(width: 120, height: 40).text.contains("Keys"))
        #expect(!app.wantsQuit)
    }

    @Test func aSmallTerminalGetsOneLineAndRecovers() async throws {
        let app = try await seedApplication()
        let small = app.render(width: 30, height: 8)
        #expect(small.rows[0] == "Too small: 30×8, need 40×10")
        #expect(small.rows.dropFirst().allSatisfy { $0.isEmpty })
        #expect(app.render(width: 120, height: 32).text.contains("Articles · 5 in seeds"))
    }

    @Test func narrowTerminalsShowOneViewAtATime() async throws {
        let app = try await seedApplication()
        var screen = app.render(width: 60, height: 20).text
        #expect(screen.contains("Articles · 5") && !screen.contains("Qin Gang"))
        app.handle(.enter)
        screen = app.render(width: 60, height: 20).text
        #expect(screen.contains("Qin Gang") && !screen.contains("Articles · 5"))
        app.press("q")
        #expect(app.render(width: 60, height: 20).text.contains("Articles · 5"))
        app.press("q")
        #expect(app.wantsQuit)
    }

    @Test func resizingKeepsTheReadingPosition() async throws {
        let app = try await seedApplication()
        app.press("jjj") // 003, the long one
        app.handle(.enter)
        _ = app.render(width: 120, height: 32)
        for _ in 0..<5 { app.handle(.character(" ")) }
        let before = app.render(width: 120, height: 32)
        let topText = before.rows[1].split(separator: "│").last.map(String.init)!.trimmingCharacters(in: .whitespaces)
        let firstWords = String(topText.split(separator: " ").prefix(3).joined(separator: " "))
        _ = app.render(width: 50, height: 15)
        let after = app.render(width: 120, height: 32)
        #expect(after.rows[1...3].joined().contains(firstWords), "\(firstWords)")
    }

    @Test func qOnTheListQuitsAndCtrlCToo() async throws {
        let app = try await seedApplication()
        app.handle(.control("c"))
        #expect(app.wantsQuit)
    }

    @Test func aClickSelectsAnArticleAndASecondClickOpensIt() async throws {
        let app = try await seedApplication()
        var grid = app.render(width: 120, height: 32)
        let row = try #require(grid.rows.firstIndex { $0.contains("Will China come to Putin") })
        app.handle(.mouse(MouseEvent(kind: .click, x: 5, y: row)))
        grid = app.render(width: 120, height: 32)
        #expect(grid.rows.last!.contains("Article 3/5"))
        #expect(grid.rows[0].contains("· 293 words")) // its preview beside the list
        app.handle(.mouse(MouseEvent(kind: .click, x: 5, y: row + 1)))
        #expect(app.render(width: 120, height: 32).rows.last!.contains("passage"))
    }

    @Test func theStatusCountsPassagesUntilBracketFocusesOne() async throws {
        let app = try await seedApplication()
        app.handle(.enter) // 002, which overlaps two articles
        var status = app.render(width: 120, height: 32).rows.last!
        let count = try #require(status.firstMatch(of: /· (\d+) passages/)?.1)
        #expect(!status.contains("passage 0/"))
        app.press("]")
        status = app.render(width: 120, height: 32).rows.last!
        #expect(status.contains("passage 1/\(count)"), "\(status)")
    }

    @Test func theWheelScrollsThePaneUnderThePointerUnlessTheMouseIsOff() async throws {
        let app = try await seedApplication()
        app.press("jjj") // 003, long enough to scroll
        let before = app.render(width: 120, height: 32)
        app.handle(.mouse(MouseEvent(kind: .wheelDown, x: 80, y: 10)))
        let after = app.render(width: 120, height: 32)
        #expect(after.rows[1...] != before.rows[1...])
        #expect(after.rows[5].contains(before.rows[8].split(separator: "│").last!.trimmingCharacters(in: .whitespaces)))
        app.press("M")
        let off = app.render(width: 120, height: 32)
        app.handle(.mouse(MouseEvent(kind: .wheelDown, x: 80, y: 10)))
        #expect(app.render(width: 120, height: 32).rows[1...5] == off.rows[1...5])
    }
}
