import Testing
import TestSupport
@testable import TandemKit

@Suite struct TitleRuleTests {
    @Test func theHeadlineIsPickedOverAMastheadRepeatedOnEveryPage() throws {
        let page = (1...6).map { "The council's budget for road repairs paragraph \($0) explains the spending." }
            .joined(separator: "\n\n")
        let text = "City Gazette\n\nCouncil doubles road repair budget\n\n" + page + "\n\nCity Gazette\n\n" + page
        let clean = try cleanText(text)
        #expect(clean.title == "Council doubles road repair budget")
        #expect(clean.removals["City Gazette"] == .runningHeader)
    }

    @Test func linesAboveTheHeadlineAreFurniture() throws {
        let clean = try cleanText("Home News Sport\nCouncil doubles road repair budget\n\n" + body)
        #expect(clean.title == "Council doubles road repair budget")
        #expect(clean.removals["Home News Sport"] != nil)
    }

    @Test func withoutAHeadlineTheLeadGivesTheTitle() throws {
        let clean = try cleanText(body)
        #expect(clean.title == "The regional council approved the budget on Monday after a long debate about road repairs.")
        #expect(clean.titleSource == .lead)
        #expect(clean.texts.count == 2)
    }

    @Test func aLongLeadIsCutAtAWord() {
        let lead = String(repeating: "word ", count: 40) + "end."
        let title = ArticleAssembler.leadTitle(from: lead)
        #expect(title.hasSuffix("…"))
        #expect(title.count <= ArticleAssembler.longestLeadTitle + 1)
    }

    @Test func aSiteNameAfterABarIsDropped() {
        #expect(ArticleAssembler.withoutSiteName("Council doubles road budget | The Gazette") == "Council doubles road budget")
        #expect(ArticleAssembler.withoutSiteName("Either | or") == "Either | or")
    }

    @Test func aOneSentenceFileHasNoHeadline() throws {
        let clean = try cleanText("The case was adjourned until tomorrow.\n")
        #expect(clean.titleSource == .lead)
        #expect(clean.texts == ["The case was adjourned until tomorrow."])
    }
}
