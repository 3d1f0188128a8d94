import Testing
import TestSupport
@testable import TandemKit

@Suite struct TailRuleTests {
    @Test func promptsAndLabelsAtTheFootGo() throws {
        let footer = ["Want to write?", "Write for us and join our community of contributors today.",
                      "Or", "Sign up", "Topics in this article", "Don't miss out"]
        let clean = try cleanText("Council doubles road budget\n\n" + body + "\n\n" + footer.joined(separator: "\n\n"))
        for line in footer { #expect(clean.removals[line] != nil, "\(line)") }
        #expect(clean.texts.count == 2)
    }

    @Test func aReportEndingInAListKeepsIt() throws {
        let list = ["Booked: Smith, Jones.", "Goals: Brown 33.", "8,661", "K Clark"]
        let clean = try cleanText("United 1-0 City\n\n" + body + "\n\n" + list.joined(separator: "\n\n"))
        #expect(Array(clean.texts.suffix(4)) == list)
    }

    /// A note of one paragraph that opens like a prompt ("Read …") is all body.
    @Test func theOnlyParagraphStaysHoweverItOpens() throws {
        let clean = try cleanText("Reading list\n\nRead the council's minutes before Monday.\n")
        #expect(clean.title == "Reading list")
        #expect(clean.texts == ["Read the council's minutes before Monday."])
    }

    @Test func aClosingQuoteIsNotACallToAction() throws {
        let clean = try cleanText("Band plays farewell gig\n\n" + body + "\n\n\"See you at the next show!\"")
        #expect(clean.texts.last == "\"See you at the next show!\"")
    }
}
