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

    @Test func aPronounSpeaksForTheNameJustBefore() {
        let article = [
            "The trial opened on Monday.",
            "Mr Henriques said the doctor had forged the will.",
            "He added that the forgery was crude.",
            "The jury was shown the document.",
            "Mrs Owen told the court she had been sick.",
            "He said the order was lawful.",
            "Reading Crown Court said the case was grave.",
            "She said she had seen nothing.",
        ]
        func claimant(_ index: Int) -> String? { Claimant.find(sentence: index) { article[$0] } }
        #expect(claimant(2) == "Mr Henriques")
        #expect(claimant(3) == nil, "no attribution, no claimant")
        #expect(claimant(5) == nil, "'he' is not Mrs Owen")
        #expect(claimant(7) == nil, "'she' is not a court")
        #expect(Claimant.find(sentence: 1) { ["He said so.", "He said so again."][$0] } == nil, "no name before")
        let mention = ["Mr Greer said the tax was paid.", "He said he asked Mr Greer to help."]
        #expect(Claimant.find(sentence: 1) { mention[$0] } == nil, "a person named in the sentence is not its speaker")
    }

    @Test func aConjunctionOpeningTheSentenceIsNoPartOfTheName() {
        #expect(Claimant.find(in: "But Mr Crawford said the canteen was empty.") == "Mr Crawford")
        #expect(Claimant.find(in: "From reports of the case then, Mr Thwaites also attacked the inspector.") == nil)
    }

    /// Accents written as a letter and a combining mark, and letters beyond ASCII, stay in the name.
    @Test func namesWithCombiningMarksAndOtherScriptsAreWhole() {
        #expect(Claimant.find(in: "Jose\u{301} Ramos-Horta said the vote was free.") == "Jose\u{301} Ramos-Horta")
        #expect(Claimant.find(in: "Exports fell by a third, according to Øresund Łódź Institute.") == "Øresund Łódź Institute")
    }

    /// A name in a clause about the object ("something China has denied") does not make the sentence's claim.
    @Test func aNameInARelativeClauseIsNoClaimant() {
        #expect(Claimant.find(in: "Western countries warn Beijing against sending arms, something China has denied as it seeks a role.") == nil)
        #expect(Claimant.find(in: "We had what Ken Livingstone said, and what others have said.") == nil)
        // "which" brings the claimant's own claim: often the figure worth checking.
        #expect(Claimant.find(in: "The airline ordered the 7E7, which Boeing says is super-economical.") == "Boeing")
        #expect(Claimant.find(in: "Exports rose, the Trade Ministry said.") == "Trade Ministry")
        #expect(Claimant.find(in: "The Pentagon has said that exports fell.") == "Pentagon")
    }
}
