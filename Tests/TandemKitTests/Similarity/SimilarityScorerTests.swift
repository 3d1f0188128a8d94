import Testing
@testable import TandemKit

@Suite struct SimilarityScorerTests {
    private let pairs: [(String, String)] = [
        ("The council approved the new budget for road repairs on Monday.",
         "On Monday the council approved the new budget for road repairs."),
        ("The council approved the new budget for road repairs on Monday.",
         "Heavy rain caused flooding across the north of England overnight."),
        ("Profits rose 12% to £40m in the first quarter, the company said.",
         "Profits rose 45% to £90m in the first quarter, the company said."),
        ("Profits rose 12% to £40m in the first quarter, the company said.",
         "The company said profits rose 12% to £40m in the first quarter."),
    ]

    @Test func aReorderedSentenceIsAParaphraseAndAnUnrelatedOneIsNot() async throws {
        let scorer = try await SimilarityScorer(pairs: pairs)
        #expect(scorer.score(pair: 0).paraphrase)
        #expect(!scorer.score(pair: 1).paraphrase)
        #expect(scorer.score(pair: 1).score < 0.1)
    }

    @Test func differentNumbersLowerTheScore() async throws {
        let scorer = try await SimilarityScorer(pairs: pairs)
        #expect(scorer.score(pair: 2).score < scorer.score(pair: 3).score)
    }

    @Test func theBundledModelMatchesTheFeatures() {
        #expect(ParaphraseModel.bundled.model.features == PairFeatures.names)
        #expect(ParaphraseModel.bundled.threshold > 0 && ParaphraseModel.bundled.threshold < 1)
    }
}
