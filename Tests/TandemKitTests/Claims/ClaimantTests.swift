import Testing
@testable import TandemKit

@Suite struct ClaimantTests {
    @Test func theNameBeforeTheVerb() {
        #expect(Claimant.find(in: "'We will not allow that,' Mr. Sullivan said in an interview.") == "Mr. Sullivan")
        #expect(Claimant.find(in: "US Secretary of State Antony Blinken asserted that China was considering aid.")
            == "US Secretary of State Antony Blinken")
        #expect(Claimant.find(in: "The German magazine Der Spiegel recently reported that a firm was in talks.") == "Der Spiegel")
        #expect(Claimant.find(in: "Der Spiegel then reported on 23 February that a firm was in talks.") == "Der Spiegel")
    }

    @Test func theNameAfterAQuoteAndTheVerb() {
        #expect(Claimant.find(in: "“We see no conditions for peace,” said Kremlin spokesman Dmitry Peskov.")
            == "Dmitry Peskov")
        #expect(Claimant.find(in: "Exports fell by a third, according to the Pentagon.") == "Pentagon")
    }

    @Test func pronounsAndUnattributedSentencesHaveNone() {
        #expect(Claimant.find(in: "He said the talks had failed.") == nil)
        #expect(Claimant.find(in: "As we noted in the March 2022 Looking Glass, analysts must be careful.") == nil)
        #expect(Claimant.find(in: "The US's top diplomat said that China is a prime contributor.") == nil)
        #expect(Claimant.find(in: "Prices rose sharply in March.") == nil)
        #expect(Claimant.find(in: "Exports rose, the trade ministry in Tokyo said.") == "trade ministry in Tokyo")
        #expect(Claimant.find(in: "During the meeting with Kim Jung Un, Zhao claimed that ties were good.") == "Zhao")
    }
}
