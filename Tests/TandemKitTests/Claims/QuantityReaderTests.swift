import Testing
@testable import TandemKit

@Suite struct QuantityReaderTests {
    private func agree(_ a: String, _ b: String) -> Bool {
        let first = QuantityReader.quantities(in: a), second = QuantityReader.quantities(in: b)
        return first.contains { q in second.contains { q.agrees(with: $0) } }
    }

    @Test func datesWrittenEitherWayAgree() {
        #expect(agree("signed on 4 February 2022 in Beijing", "signed on February 4, 2022"))
        #expect(agree("on February 4 2022", "on 4 February"))
        #expect(!agree("on 4 February 2022", "on 5 February 2022"))
        #expect(!agree("on 4 February 2022", "on 4 March 2022"))
    }

    @Test func sumsAgreeAcrossScaleWords() {
        #expect(agree("a $2.2 trillion package", "a package of 2,200 billion dollars"))
        #expect(agree("a $2.2 trillion package", "worth 2,200 billion"))
        #expect(!agree("a $2.2 trillion package", "a $2.5 trillion package"))
        #expect(!agree("£40m", "$40m"), "different currencies are different sums")
    }

    @Test func scaleLettersWrittenOnTheNumberAreRead() {
        // "$900m", "£35bn": British and wire style; before, such a token was no number at all.
        let sums = QuantityReader.quantities(in: "to pay back a $900m (£479m) loan")
        #expect(sums.map(\.kind) == [.amount(currency: "USD"), .amount(currency: "GBP")])
        #expect(sums.map(\.value) == [900e6, 479e6])
        #expect(agree("would cut £35bn from public services", "£35 bn cuts in public services"))
        #expect(agree("sold for $9.3bn", "for 9.3 billion dollars"))
        #expect(agree("£40m", "£40 million") && !agree("£40m", "$40m"))
        #expect(QuantityReader.quantities(in: "the G7 met").isEmpty)
        // Metres, a network generation and a decade are no sums.
        #expect(QuantityReader.quantities(in: "won the 60m hurdles on 3G phones in the 1990s").isEmpty)
    }

    @Test func aHashBeforeASumIsThePoundOfBritishSevenBitText() {
        #expect(agree("forging the #386,000 will", "forging the £386,000 will"))
        #expect(agree("a #500 fine and #300 costs", "fined £500"))
        #expect(agree("a #2m deal", "a £2 million deal"))
        #expect(QuantityReader.quantities(in: "the #1 hit").map(\.kind) == [.amount(currency: nil)], "a rank, no sum")
    }

    @Test func percentagesAgreeWhateverTheSpelling() {
        #expect(agree("rose 12%", "rose 12 per cent"))
        #expect(agree("rose 12 percent", "rose 12%"))
        let quantities = QuantityReader.quantities(in: "rose 12%")
        #expect(quantities == [Quantity(kind: .percent, value: 12, unit: nil)])
    }

    @Test func kindsAreReadFromTheSurroundings() {
        let kinds = QuantityReader.quantities(in: "In 2019, 27 drones cost US$117 billion, 3% of the budget.").map(\.kind)
        #expect(kinds == [.year, .amount(currency: nil), .amount(currency: "USD"), .percent])
    }

    @Test func theModalMayIsNotAMonth() {
        #expect(QuantityReader.quantities(in: "China may provide drones").isEmpty)
        #expect(QuantityReader.quantities(in: "on 3 May 2023").first?.kind == .date)
    }

    @Test func countsOfDifferentThingsAreDifferentSlots() {
        let drones = QuantityReader.quantities(in: "27 drones")[0], tanks = QuantityReader.quantities(in: "40 tanks")[0]
        #expect(!drones.sameSlot(tanks))
        let more = QuantityReader.quantities(in: "40 drones")[0]
        #expect(drones.sameSlot(more) && !drones.agrees(with: more))
    }

    @Test func aBareCountRivalsOnlyACountOfTheSameThing() {
        let age = QuantityReader.quantities(in: "Ian Beckett, 52, of Surrey Police")[0]
        let older = QuantityReader.quantities(in: "Deputy Chief Constable Ian Beckett, 53, faces charges")[0]
        #expect(age.anchor == "beckett" && age.counted == nil)
        #expect(age.rivals(older) && !age.agrees(with: older))
        let counts = QuantityReader.quantities(in: "They were accused of three counts of cruelty.")[0]
        let stepmother = QuantityReader.quantities(in: "his stepmother Meryl Grant, 43.")[0]
        #expect(stepmother.sameSlot(counts), "a bare number may stand for any count when values are matched…")
        #expect(!stepmother.rivals(counts), "…but is no rival of a count of something else")
    }

    @Test func whatIsCountedIsReadPastOfAndItsDeterminer() {
        #expect(QuantityReader.quantities(in: "murdering 15 of his women patients")[0].counted == "women")
        let a = QuantityReader.quantities(in: "He denies two charges of rape and four of indecent assault.")
        let b = QuantityReader.quantities(in: "He denies four charges of indecent assault and two of rape.")
        #expect(a.map(\.counted) == ["rape", "indecent"])
        let rivals: (Quantity, Quantity) -> Bool = { $0.rivals($1) }
        #expect(!ClaimMatch.differ(a, b, in: rivals) && !ClaimMatch.differ(b, a, in: rivals))
        #expect(ClaimMatch.differ(a, QuantityReader.quantities(in: "He denies three charges of rape."), in: rivals))
    }

    @Test func sumsRivalOnlyInOneCurrency() {
        let pounds = QuantityReader.quantities(in: "a £1,900 fee")[0], dollars = QuantityReader.quantities(in: "a fee of 2,500 US dollars")[0]
        #expect(dollars.kind == .amount(currency: "USD"))
        #expect(!pounds.rivals(dollars))
        let bare = QuantityReader.quantities(in: "an 89,000 semi")[0], sterling = QuantityReader.quantities(in: "the £89,000 semi")[0]
        #expect(!bare.rivals(sterling), "a sum with no currency is no rival of one with a currency")
    }
}
