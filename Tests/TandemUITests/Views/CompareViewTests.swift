import Testing
import TestSupport
@testable import TandemKit
@testable import TandemUI

@MainActor
@Suite struct CompareViewTests {
    /// A: four paragraphs. B restates A's 1st and 3rd, in the other order, and adds one of its own.
    private let a = """
        Harbour wall plan approved

        The city council has approved a plan to rebuild the harbour wall, ending a dispute with fishermen that began in 2014.

        The harbour master said the old wall had been breached twice during winter storms and posed a danger to boats.

        Work on the foundations will start in the spring, and the whole project is expected to take three years.

        Local traders welcomed the decision but warned that parking near the quay would be lost while the work goes on.
        """
    private let b = """
        Council backs harbour rebuild

        Foundation work will start in the spring and the project should take three years to complete.

        A spokesman for the regional tourist board said visitor numbers had risen every year since 2019.

        Ending a dispute with fishermen dating from 2014, the city council approved a plan to rebuild the harbour wall.
        """

    private func compare() async throws -> (Application, TemporaryFolder) {
        let folder = TemporaryFolder()
        let model = try await analyzedModel(paths: [folder.write("a.txt", a), folder.write("b.txt", b)])
        let app = Application(model: model)
        app.analysisDidFinish()
        model.marked = 1
        app.handle(.character("c"))
        return (app, folder)
    }

    @Test func theBlocksPutLinksSideBySideAndUnlinkedPassagesInTheirPlace() async throws {
        let (app, _) = try await compare()
        let view = try #require(app.compare)
        #expect(view.lead == 0 && view.other == 1)
        let alignment = try #require(app.model.alignment(0, 1))
        #expect(alignment.links.count == 2)
        let blocks = CompareBlocks(alignment: alignment, leadIsA: true, leadCount: 4, otherCount: 3).blocks
        // A's sentences in order; B's tourist-board sentence after the B passage before it.
        #expect(blocks.map(\.lead) == [[0], [1], [2], [], [3]])
        #expect(blocks.map(\.other) == [[2], [], [0], [1], []])
        #expect(blocks.map(\.outOfOrder) == [false, false, true, false, false])
    }

    @Test func aLongUniqueOpeningIsScrolledPastToWhereTheVersionsMeet() async throws {
        let folder = TemporaryFolder()
        let words = ["orchard", "violin", "glacier", "lantern", "meadow", "copper", "falcon", "tunnel", "harvest",
                     "pebble", "thunder", "saddle", "marble", "canyon", "ribbon", "beacon", "walnut", "quarry"]
        let opening = words.indices.map { i in
            "The \(words[i]) column number \(i + 1) recalls a \(words[(i + 5) % words.count]) seen in \(1900 + i)."
        }
        let long = "Harbour wall plan approved\n\n" + opening.joined(separator: "\n\n") + "\n\n"
            + a.split(separator: "\n\n").dropFirst().joined(separator: "\n\n")
        let model = try await analyzedModel(paths: [folder.write("a.txt", long), folder.write("b.txt", b)])
        let app = Application(model: model)
        app.analysisDidFinish()
        model.marked = 1
        app.handle(.character("c"))
        let grid = app.render(width: 130, height: 20)
        let row = try #require(grid.rows.firstIndex { $0.contains("The city council has approved") }, "\(grid.text)")
        #expect(grid.rows[row].contains("Ending a dispute with fishermen"))
        #expect(!grid.text.contains("orchard column number 1 "))
        // Nothing is focused: ] goes to the first link, which is already in view.
        app.handle(.character("]"))
        let after = app.render(width: 130, height: 20)
        #expect(after.rows.firstIndex { $0.contains("The city council has approved") } == row)
        // Stacked (narrow), the same.
        let narrow = Application(model: model)
        narrow.analysisDidFinish()
        model.marked = 1
        narrow.handle(.character("c"))
        #expect(narrow.render(width: 80, height: 24).text.contains("The city council has approved"))
    }

    @Test func theSeedsOpenWhereTheVersionsMeetNotBesideAnEmptyColumn() async throws {
        let app = try await seedApplication()
        app.handle(.character("c"))  // 002, the first in the list, with 004
        let grid = app.render(width: 120, height: 32)
        // 004's own opening (a dozen rows beside nothing of 002's) is scrolled past.
        #expect(!grid.text.contains("Joe Biden appears to be trying"), "\(grid.text)")
        let row = try #require(grid.rows.firstIndex { $0.contains("The announcement comes as Western countries") })
        #expect(grid.rows[row].contains("But they said they were watching closely"))
        #expect(row <= 8)
        // It opens on the whole short paragraph before the link, not on its tail.
        #expect(grid.rows[2].contains("Chinese Foreign Minister Qin Gang told reporters"), "\(grid.text)")
        app.handle(.character("g"))
        #expect(app.render(width: 120, height: 32).text.contains("Joe Biden appears to be trying"))
    }

    @Test func linkedPassagesStandOnTheSameRows() async throws {
        let (app, _) = try await compare()
        let grid = app.render(width: 130, height: 30)
        // Each side's first line of the first link is on the same row.
        let row = grid.rows.firstIndex { $0.contains("The city council has approved") }
        #expect(row != nil)
        if let row { #expect(grid.rows[row].contains("Ending a dispute with fishermen")) }
        #expect(grid.text.contains("% of this text is in the other"))
    }

    @Test func aReorderedPassageIsMarkedWithItsPlaceAndUnlinkedTextIsDimmed() async throws {
        let (app, _) = try await compare()
        let grid = app.render(width: 130, height: 30)
        // The mark opens the moved passage's column; the divider beside it stays whole.
        let marked = try #require(grid.rows.firstIndex { $0.contains("¶1 ") })
        let divider = try #require((0..<grid.width).first { x in
            grid.rows.indices.dropFirst(2).dropLast().allSatisfy { grid[x, $0].text == "│" }
        })
        let line = grid.row(marked)
        #expect(line.distance(from: line.startIndex, to: line.range(of: "¶1 ")!.lowerBound) > divider, "\(grid.text)")
        let harbourMaster = grid.rows.firstIndex { $0.contains("The harbour master said") }!
        let column = grid.row(harbourMaster).distance(from: grid.row(harbourMaster).startIndex,
                                                      to: grid.row(harbourMaster).range(of: "The harbour")!.lowerBound)
        #expect(grid[column, harbourMaster].style == .dim)
    }

    @Test func changedWordsAreHighlightedAndSharedWordsPlain() async throws {
        let (app, _) = try await compare()
        let grid = app.render(width: 130, height: 30)
        let styles = (0..<grid.height).flatMap { grid.styles($0) }
        #expect(styles.contains(.changed))
        #expect(styles.contains(.normal))
    }

    /// 000 restates 001's sentence in another order: "warning" and "China" moved, "resembling" is new.
    @Test func movedWordsAreNotMarkedAsChanged() async throws {
        let app = try await seedApplication()
        try app.selectArticle(#require(app.model.articles.firstIndex { $0.id.hasPrefix("000") }))
        app.handle(.character("c"))
        let grid = app.render(width: 130, height: 30)
        let row = try #require(grid.rows.firstIndex { $0.contains("resembling a warning") }, "\(grid.text)")
        func style(of word: String) throws -> StyleRole {
            let line = grid.rows[row]
            let column = line.distance(from: line.startIndex, to: try #require(line.range(of: word)).lowerBound)
            return grid[column, row].style
        }
        #expect(try style(of: "resembling") == .changed)
        #expect(try style(of: "warning") != .changed)
    }

    @Test func linkNavigationFocusesLinksAndReportsThem() async throws {
        let (app, _) = try await compare()
        _ = app.render(width: 130, height: 30)
        app.press("]")
        let grid = app.render(width: 130, height: 30)
        #expect(grid.rows.last!.contains("link 1/2 · "))
        app.press("]")
        #expect(app.render(width: 130, height: 30).rows.last!.contains("link 2/2"))
        app.handle(.tab)
        #expect(app.compare?.lead == 1)
        app.press("q")
        #expect(app.compare == nil)
    }

    @Test func narrowTerminalsStackTheTwoSides() async throws {
        let (app, _) = try await compare()
        let grid = app.render(width: 80, height: 30)
        let top = grid.rows.firstIndex { $0.contains("Harbour wall plan approved") }!
        let bottom = grid.rows.firstIndex { $0.contains("Council backs harbour rebuild") }!
        #expect(top < bottom)
        #expect(!grid.rows.contains { $0.contains("The city council has approved") && $0.contains("Ending a dispute") })
    }

    /// The columns of the separator between the two sides, row by row.
    private func separatorColumns(_ grid: CellGrid, rows: Range<Int>) -> Set<Int> {
        Set(rows.compactMap { y in (1..<(grid.width - 1)).first { grid[$0, y].text == "│" } })
    }

    @Test func theShorterSideIsPaddedSoTheNextLinkStartsOnTheSameRow() async throws {
        let (app, _) = try await compare()
        let grid = app.render(width: 100, height: 40)
        let separator = try #require(separatorColumns(grid, rows: 3..<20).first)
        // A's unlinked harbour-master passage stands opposite blank rows on B's side…
        let harbour = grid.rows.indices.filter { grid.row($0).prefix(separator).contains("harbour master") || grid.row($0).prefix(separator).contains("breached twice") }
        #expect(!harbour.isEmpty)
        for y in harbour {
            let right = (separator + 1..<(grid.width - 1)).map { grid[$0, y].text }.joined()
            #expect(right.trimmingCharacters(in: .whitespaces).isEmpty, "row \(y): \(right)")
        }
        // …so that the second link starts on one row on both sides.
        #expect(grid.rows.contains { $0.contains("Work on the foundations") && $0.contains("Foundation work will start") })
    }

    @Test func wideCharactersKeepTheColumnsAligned() async throws {
        let folder = TemporaryFolder()
        let a = "東京 talks\n\nThe ministers met in 東京 on Monday and agreed a trade deal worth 3 billion yen 😀 after long talks.\n\nThe deal covers rice, cars and steel, officials said."
        let b = "Trade deal in 東京\n\nAfter long talks the ministers agreed a 3 billion yen trade deal in 東京 on Monday 😀.\n\nOfficials said the deal covers rice, cars and steel."
        let model = try await analyzedModel(paths: [folder.write("a.txt", a), folder.write("b.txt", b)])
        let app = Application(model: model)
        app.analysisDidFinish()
        model.marked = 1
        app.handle(.character("c"))
        for width in [101, 104, 117] {
            let grid = app.render(width: width, height: 20)
            #expect(grid.text.contains("東京"))
            // One separator column on every body row, whatever the wide glyphs before it.
            #expect(separatorColumns(grid, rows: 2..<19).count == 1, "width \(width)")
            for y in 0..<grid.height {
                #expect((0..<grid.width).reduce(0) { $0 + grid[$1, y].width } == width)
            }
        }
        #expect(app.render(width: 101, height: 20).rows.contains { $0.contains("The ministers met in 東京") && $0.contains("After long talks") })
    }
}
