import Testing
@testable import TandemKit

@Suite struct PairScoresTests {
    /// Articles of everyday size keep scores in a dense table, very long ones
    /// by key: both must answer alike, 0 for what was never scored.
    @Test(arguments: [(3, 4), (400, 300)])
    func scoresReadBackByPositionInDenseAndSparseTables(height: Int, width: Int) {
        var scores = PairScores(height: height, width: width)
        let written = [(0, 0, 0.9), (height - 1, width - 1, 0.4), (1, width - 1, 0.7), (height - 1, 0, 0.2)]
        for (a, b, score) in written { scores.set(score, a: a, b: b) }
        for (a, b, score) in written { #expect(scores[a, b] == score) }
        #expect(scores[1, 1] == 0)
        #expect(scores[-1, 0] == 0 && scores[0, -1] == 0)
        #expect(scores[height, 0] == 0 && scores[0, width] == 0)
        #expect(scores.all.map { [Double($0.a), Double($0.b), $0.score] } == written.map { [Double($0.0), Double($0.1), $0.2] })
    }
}
