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
}
