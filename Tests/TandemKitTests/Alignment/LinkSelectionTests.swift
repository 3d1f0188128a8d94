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

    /// A reordered sentence moves words rather than changing them; reuse still counts the subsequence alone.
    @Test func wordsOutsideTheSubsequenceThatTheOtherSideHasAreMoved() {
        let a = "china was warned by the minister on monday".split(separator: " ").map(WordKey.init)
        let b = "on monday the minister warned china".split(separator: " ").map(WordKey.init)
        let diff = WordDiff(a, b)
        // The subsequence keeps "on monday"; "china", "warned", "the minister" moved; "was", "by" changed.
        #expect(diff.sharedA == [false, false, false, false, false, false, true, true])
        #expect(diff.movedA == [true, false, true, false, true, true, false, false])
        #expect(diff.movedB == [false, false, true, true, true, true])
        #expect(diff.sharedB.enumerated().allSatisfy { !($1 && diff.movedB[$0]) })
        #expect(abs(diff.reuse - 4.0 / 14.0) < 1e-9)
    }
}
