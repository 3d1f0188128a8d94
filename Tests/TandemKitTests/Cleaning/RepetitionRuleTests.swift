import Testing
import TestSupport
@testable import TandemKit

@Suite struct RepetitionRuleTests {
    @Test func headersRepeatedAcrossPagesGo() {
        let page = (1...6).map { "Paragraph \($0) of the report goes on about the findings in some detail." }.joined(separator: "\n\n")
        let text = "Quarterly Review\n\n" + page + "\n\nQuarterly Review\n\n" + page
        #expect(verdicts(text, through: [RepetitionRule.apply])["Quarterly Review"] == .removed(.runningHeader))
    }

    @Test func aLineRepeatedDownAListStays() {
        let text = "Team A v Team B\n\nWinners meet in final\n\nTeam C v Team D\n\nWinners meet in final\n\n" + body
        #expect(verdicts(text, through: [RepetitionRule.apply])["Winners meet in final"] == .open)
    }
}
