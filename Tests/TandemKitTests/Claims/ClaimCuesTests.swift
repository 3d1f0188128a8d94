import Testing
@testable import TandemKit

@Suite struct ClaimCuesTests {
    @Test func quantitiesAndAttributionAreStrongCues() {
        let cues = ClaimCues("Exports rose 12% to $2.2 trillion in 2023, the ministry said on Tuesday.")
        #expect(cues["percent"] == 1 && cues["money"] == 1 && cues["year"] == 1 && cues["date"] == 1)
        #expect(cues.hasQuantity && cues.hasAttribution)
        #expect(cues["question"] == 0 && cues["short"] == 0)
        #expect(ClaimCues("The figures were reported according to the agency.")["attribution"] == 1)
    }

    @Test func negativeCues() {
        #expect(ClaimCues("Should we not ask what comes next?")["question"] == 1)
        #expect(ClaimCues("The government must act now on housing.")["obligation"] == 1)
        #expect(ClaimCues("I think prices will rise next year.")["firstSingular"] == 1)
        #expect(ClaimCues("I think prices will rise next year.")["future"] == 1)
        #expect(ClaimCues("I think prices will rise next year.")["hedge"] == 1)
        #expect(ClaimCues("Thank you.")["short"] == 1)
    }

    @Test func theUSIsNotUs() {
        #expect(ClaimCues("The US imposed sanctions on the company.")["firstPlural"] == 0)
        #expect(ClaimCues("The US imposed sanctions on the company.")["acronym"] == 1)
        #expect(ClaimCues("They told us the plan had failed.")["firstPlural"] == 1)
    }

    @Test func namesAreCountedAfterTheFirstWord() {
        #expect(ClaimCues("Yesterday the cat slept.")["names"] == 0)
        #expect(ClaimCues("Yesterday Antony Blinken met Wang Yi in Munich.")["names"] == 1)
    }

    @Test func everyCueHasAName() {
        #expect(ClaimCues("Anything at all.").values.count == ClaimCues.names.count)
    }

    @Test func chineseAndJapaneseSentencesAreNotShort() {
        let cues = ClaimCues("日本銀行は政策金利を0.5％に引き上げた。")
        #expect(cues["short"] == 0 && cues["percent"] == 1)
        #expect(ClaimCues("利上げはあるのか？")["question"] == 1)
    }
}
