import Testing
import TestSupport
@testable import TandemKit

@Suite struct PageBreakJoinerTests {
    @Test func aParagraphSplitMidSentenceAcrossARunningHeaderIsRejoined() throws {
        let page = (1...5).map { "Paragraph \($0) of the report discusses the findings in detail." }.joined(separator: "\n\n")
        let text = "Annual Report\n\nRoads and budgets\n\n" + page
            + "\n\nThe council said the new budget would be reviewed by a panel of experts appointed by the"
            + "\n\nAnnual Report\n\nminister next year, after the election.\n\n" + page
        let clean = try cleanText(text)
        let joined = try #require(clean.paragraphs.first { $0.ranges.count == 2 })
        #expect(joined.text == "The council said the new budget would be reviewed by a panel of experts appointed by the minister next year, after the election.")
        let bytes = Array(text.utf8)
        #expect(String(decoding: bytes[joined.ranges[1].start..<joined.ranges[1].end], as: UTF8.self)
                == "minister next year, after the election.")
    }

    @Test func aHeadingIsNotJoinedToText() {
        #expect(!PageBreakJoiner.continues(UnitShape("Roads and budgets"), firstIsHeading: false,
                                           with: UnitShape("iPhone sales rose sharply.")))
    }
}
