import Testing
@testable import TandemFuzz
import TandemKit

/// The harness's targets on the kinds of input a fuzzer starts from, and the
/// inputs it found problems with (each a regression test once fixed).
@Suite struct FuzzTargetTests {
    static let story = """
        Ministers agree rescue plan for steelworks

        By Jane Doe

        The government said on Tuesday that it would lend £300m to the steelworks, saving 4,000 jobs.
        Unions welcomed the deal, but warned that 1,200 contracts would still end in March.

        "This is a lifeline," said Roy Hart, the union's general secretary.
        """

    static let rewrite = """
        Steelworks saved by £300m loan

        The government will lend £300m to the steelworks, it said on Tuesday, saving 4,000 jobs.
        "This is a lifeline," union leader Roy Hart said. Unions warned 1,200 contracts would end in March.
        """

    static var inputs: [(String, [UInt8])] {
        [
            ("empty", []),
            ("a form feed alone", [0x0C]),
            ("NUL bytes", [0x41, 0x00, 0x42]),
            ("an odd-length UTF-16 file", [0xFF, 0xFE, 0x41]),
            ("a lone UTF-16 surrogate", [0xFE, 0xFF, 0xD8, 0x00, 0x00, 0x41]),
            ("invalid UTF-8", [0xC3, 0x28, 0xE2, 0x82, 0x0A, 0xF0, 0x9F]),
            ("an escape sequence", Array("Title\n\n\u{1B}]52;c;aGk=\u{07}Body text. More.\u{1B}[2J".utf8)),
            ("only punctuation", Array(String(repeating: ".!? \"'«» —\n", count: 50).utf8)),
            ("a two-version story", Array((story + "\u{0C}" + rewrite).utf8)),
            ("the story twice", Array((story + "\u{0C}" + story).utf8)),
            ("markup", Array("<p>Open <b>bold <i>and</p> never closed &amp; &#x110000; &#99999999999;\n".utf8)),
        ]
    }

    @Test(arguments: FuzzTarget.allCases)
    func everyTargetKeepsItsPromisesOnHostileInput(_ target: FuzzTarget) async throws {
        for (name, bytes) in Self.inputs {
            #expect(try await target.run(bytes) == [], "\(target.rawValue) on \(name)")
        }
    }

    @Test func twoArticleInputsSplitAtTheFirstFormFeed() async throws {
        let (articles, corpus) = try await FuzzTarget.pair(Array((Self.story + "\u{0C}" + Self.rewrite).utf8))
        #expect(articles.map(\.byteCount) == [Self.story.utf8.count, Self.rewrite.utf8.count])
        #expect(corpus.articles.count == 2)
        #expect(!Aligner().align(0, 1, in: corpus).links.isEmpty)
    }

    @Test func bytesThatAreNotTextStillMakeTwoArticles() async throws {
        let (articles, _) = try await FuzzTarget.pair([0x00, 0x00, 0x0C, 0x41])
        #expect(articles.map(\.byteCount) == [0, 1])
    }
}
