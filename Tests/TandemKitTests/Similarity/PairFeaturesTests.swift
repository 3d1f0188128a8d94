import Testing
@testable import TandemKit

@Suite struct PairFeaturesTests {
    @Test(arguments: [
        ("contribut", "contributor", true), ("jung", "jong", true), ("secur", "secret", false),
        ("1961", "1962", false), ("arm", "art", false), ("sanction", "sanctions", true),
    ])
    func variantsShareALongPrefixOrDifferByOneLetter(a: String, b: String, variant: Bool) {
        #expect(PairFeatures.areVariants(a, b) == variant)
    }

    private func keys(_ text: String) -> [WordKey] { text.split(separator: " ").map(WordKey.init) }

    @Test func sequenceOverlapIsTheLongestCommonSubsequence() {
        #expect(PairFeatures.longestCommonSubsequence(keys("a b c d e"), keys("a x c e")) == 3)
        #expect(PairFeatures.longestCommonSubsequence(keys("a b"), []) == 0)
    }

    @Test func wordEditDistanceCountsWordsInsertedDeletedOrReplaced() {
        #expect(PairFeatures.wordEditDistance(keys("a b c d e"), keys("a x c e")) == 2)  // b→x, d deleted
        #expect(PairFeatures.wordEditDistance(keys("police said on monday"), keys("on monday police said")) == 4)
        #expect(PairFeatures.wordEditDistance(keys("a b"), []) == 2)
        #expect(PairFeatures.wordEditDistance(keys("same words"), keys("same words")) == 0)
    }

    @Test func bleuIsOneForACopyAndLowForOtherWords() {
        let sentence = keys("the council approved the budget on monday")
        #expect(PairFeatures.bleu(sentence, sentence) > 0.99)
        #expect(PairFeatures.bleu(sentence, keys("rain fell across the north of england")) < 0.2)
    }

    @Test func orderAgreementCountsPairsInTheSameOrder() {
        #expect(PairFeatures.orderAgreement(keys("alpha beta gamma"), keys("alpha beta gamma")) == 1)
        #expect(PairFeatures.orderAgreement(keys("alpha beta gamma"), keys("gamma beta alpha")) == 0)
    }
}
