import Testing
@testable import TandemKit

@Suite struct PolarityTests {
    private func flips(_ a: String, _ b: String) -> Bool {
        let first = Polarity(a), second = Polarity(b)
        #expect(first.flips(against: second) == second.flips(against: first), "a flip reads the same both ways")
        return first.flips(against: second)
    }

    @Test func aDenialOfWhatTheOtherAssertsFlips() {
        #expect(flips("China has not complied with the request.", "China complied with the request."))
        #expect(flips("A judge ruled that she had not been unreasonable.", "She had been unreasonable, he said."))
        #expect(flips("He drove without insurance.", "He drove with insurance."))
    }

    @Test func aDenialInAClauseTheOtherLacksIsNoConflict() {
        #expect(!flips("Had we not caught him it would probably only have been a matter of time before he did.",
                       "It was probably only a matter of time before he did."))
        #expect(!flips("He pleads not guilty to murder.", "He is accused of murder."))
        #expect(!flips("It is not only cheaper but faster.", "It is cheaper and faster."))
    }

    @Test func twoWaysOfDenyingAgree() {
        #expect(!flips("They did not admit liability.", "They admitted no liability."))
        #expect(!flips("None of their faces appears.", "Their faces do not appear."))
        #expect(!flips("They settled on cost rather than matters of principle.", "They settled on cost, and not on matters of principle."))
        #expect(!flips("He was caught driving without insurance.", "He was caught driving with no insurance."))
        #expect(!flips("He could be sentenced even for non-criminal offences.", "He could be sentenced even if his acts are not criminal."))
    }

    @Test func aNegationCutOffByPunctuationDeniesNothingAfterIt() {
        #expect(!flips("'I'm very happy,' said Mr Hamilton, who plainly was not, 'to exclude any damages.'",
                       "Mr Hamilton said: \"I'm very happy to exclude any damages.\""))
        #expect(!flips("The Acts do not, therefore, make it unlawful to transfer care.",
                       "The Acts did not make it unlawful to transfer care."))
    }

    @Test func notTheOnlyOneAddsRatherThanDenies() {
        #expect(!flips("He was not the only person with the motive.", "He was one person with the motive."))
    }

    @Test func reportedDenialsQuestionsAndChargesAssertNothing() {
        #expect(!flips("He denied being sacked for gross misconduct.", "He was sacked for gross misconduct."))
        #expect(!flips("He was not sacked for gross misconduct.", "He denied being sacked for gross misconduct."))
        #expect(!flips("Counsel asked him if the diagnosis of a stroke was justified.",
                       "The diagnosis of a stroke was not justified."))
        #expect(!flips("Has this case not revealed a dark side to him?", "The case revealed a dark side to him."))
        #expect(!flips("He is charged with assaulting a man in Bournemouth.", "He did not assault a man in Bournemouth."))
    }

    @Test func whatIsAskedOrAllegedStillDiffersFromItsDenial() {
        let charge = Polarity("He pleaded guilty to the charges."), plea = Polarity("He pleaded not guilty to all the charges.")
        #expect(!charge.flips(against: plea), "no conflict: one reports charges…")
        #expect(charge.differs(from: plea) && plea.differs(from: charge), "…but no corroboration either")
        #expect(!Polarity("He was not sacked.").differs(from: Polarity("He denied being sacked.")))
    }
}
