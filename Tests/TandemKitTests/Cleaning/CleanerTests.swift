import Foundation
import Testing
import TestSupport
@testable import TandemKit

@Suite struct CleanerTests {
    /// Every non-blank byte of the file belongs to exactly one of: the title,
    /// a paragraph piece, a removed passage.
    private func expectFullCoverage(_ clean: CleanArticle, of bytes: [UInt8]) {
        var owner = [Int](repeating: 0, count: bytes.count)
        var ranges = clean.paragraphs.flatMap(\.ranges) + clean.removed.map(\.range)
        if case .headline(let range) = clean.titleSource { ranges.append(range) }
        for range in ranges {
            #expect(range.start >= 0 && range.end <= bytes.count)
            for i in range.start..<range.end { owner[i] += 1 }
        }
        #expect(!owner.contains { $0 > 1 }, "overlapping ranges")
        // What no range covers may only be spaces and invisible characters
        // (line ends, trimmed no-break spaces, wire-copy control codes).
        var uncovered: [UInt8] = []
        for (i, byte) in bytes.enumerated() where owner[i] == 0 { uncovered.append(byte) }
        let stray = String(decoding: uncovered, as: UTF8.self).unicodeScalars.filter {
            !$0.properties.isWhitespace && $0.properties.generalCategory != .control
                && $0.properties.generalCategory != .format
        }
        #expect(stray.isEmpty, "uncovered: \(String(String.UnicodeScalarView(stray)).prefix(40))")
    }

    private let webPage = """
        Skip to main content
        Home News Sport Weather
        Harbour plan approved after ten-year fight
        By Priya Patel, Local Democracy Reporter

        The city council has approved a plan to rebuild the harbour wall, ending a dispute that began in 2014.

        A view of the harbour wall from the north pier.
        Waves break over the wall during a storm in January. Photo: Sam Lee/Alamy

        Councillors voted 31 to 9 in favour of the [£40m scheme](https://example.org/plan), which will be paid for by a **government grant** and local borrowing.

        What happens next

        Work will start in the spring and is expected to take three years, the council said.

        Sign up to our newsletter
        Get the day's top stories in your inbox every morning.
        Share this article
        Comments
        """

    @Test func aWebPageLosesItsChromeAndKeepsItsStory() throws {
        let bytes = Array(webPage.utf8)
        let clean = try cleanBytes(bytes)
        #expect(clean.title == "Harbour plan approved after ten-year fight")
        #expect(clean.byline == "Priya Patel")
        #expect(clean.texts == [
            "The city council has approved a plan to rebuild the harbour wall, ending a dispute that began in 2014.",
            "Councillors voted 31 to 9 in favour of the £40m scheme, which will be paid for by a government grant and local borrowing.",
            "What happens next",
            "Work will start in the spring and is expected to take three years, the council said.",
        ])
        #expect(clean.paragraphs[2].kind == .heading)
        #expect(clean.removals["A view of the harbour wall from the north pier."] == .caption)
        #expect(clean.removals["Sign up to our newsletter"] == .paywall)
        expectFullCoverage(clean, of: bytes)
    }

    @Test func windows1252TextKeepsItsPoundSignAndOffsets() throws {
        // "Fares rise to £5" in Windows-1252, then a body paragraph.
        var bytes = Array("Fares rise to ".utf8) + [0xA3] + Array("5\n\nThe operator said fares would rise to ".utf8)
        bytes += [0xA3] + Array("5 from Monday, the first increase for three years.\n".utf8)
        let clean = try cleanBytes(bytes)
        #expect(clean.title == "Fares rise to £5")
        let paragraph = try #require(clean.paragraphs.first)
        #expect(paragraph.text.contains("£5 from Monday"))
        // The pound sign is two bytes of text but one byte of the file.
        let pound = paragraph.text.utf8.firstRange(of: "£".utf8)!
        let offset = paragraph.text.utf8.distance(from: paragraph.text.utf8.startIndex, to: pound.lowerBound)
        let range = paragraph.sourceRange(ofText: offset..<(offset + 2))
        #expect(range.length == 1 && bytes[range.start] == 0xA3)
        expectFullCoverage(clean, of: bytes)
    }

    @Test func emptyAndBlankFilesCleanToNothing() throws {
        for text in ["", "   \n\n \t \n"] {
            let clean = try cleanText(text)
            #expect(clean.paragraphs.isEmpty && clean.removed.isEmpty)
            #expect(clean.titleSource == .none)
        }
    }

    @Test func theSeedsAreFullyCovered() throws {
        for prefix in ["000", "001", "002", "003", "004"] {
            let path = Repository.seed(prefix)
            let bytes = Array(FileManager.default.contents(atPath: path)!)
            expectFullCoverage(Cleaner().clean(try Corpus.loadFile(path)), of: bytes)
        }
    }

    /// Seeded random documents built from real-looking pieces: whatever the mix,
    /// cleaning never crashes and the coverage invariant holds.
    @Test(arguments: 1...25)
    func randomDocumentsKeepTheSourceMapInvariant(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let pieces = webPage.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            + ["", "", "* * *", "Page 2", "## A heading", "\u{19}wire paragraph start<", "``Quoted,'' he said.",
               "&amp; entity &#8217; here", "caf\u{E9} na\u{EF}ve", "日本語のテキスト", "emoji 👍🏽 here"]
        let lines = (0..<Int.random(in: 5...40, using: &random)).map { _ in pieces.randomElement(using: &random)! }
        let separator = ["\n", "\r\n", "\r"].randomElement(using: &random)!
        let bytes = Array(lines.joined(separator: separator).utf8)
        expectFullCoverage(try cleanBytes(bytes), of: bytes)
    }
}
