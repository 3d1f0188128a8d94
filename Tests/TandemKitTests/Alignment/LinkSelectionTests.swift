import Testing
@testable import TandemKit

@Suite struct LinkSelectionTests {
    @Test func theOrderedChainIsTheHeaviestIncreasingRun() {
        let links = [(a: 0, b: 0, score: 0.5), (a: 1, b: 5, score: 0.9), (a: 2, b: 1, score: 0.6), (a: 3, b: 2, score: 0.6)]
        #expect(LinkSelection.orderedChain(links) == [0, 2, 3])
    }
}

@Suite struct WordDiffTests {
    @Test func sharedWordsFollowTheCommonSubsequence() {
        let a = "the council approved the budget".split(separator: " ").map(WordKey.init)
        let b = "the city council rejected the budget".split(separator: " ").map(WordKey.init)
        let diff = WordDiff(a, b)
        #expect(diff.sharedA == [true, true, false, true, true])
        #expect(diff.sharedB == [true, false, true, false, true, true])
        #expect(abs(diff.reuse - 8.0 / 11.0) < 1e-9)
    }
}
