import Testing
@testable import TandemKit

@Suite struct RestatementScoreTests {
    /// Profiles of sentences, with word rarity from a small corpus of them.
    private func profiles(_ sentences: [String]) async throws -> [SentenceProfile] {
        let analyzer = try await SentenceAnalyzer(sentences: sentences)
        return sentences.indices.map(analyzer.profile)
    }

    private let corpus = [
        "US secretary of state Antony Blinken fired a warning salvo towards China during a G7 meeting in Capri.",
        "Blinken's address at the G7 meeting, resembling a warning shot aimed at China, highlighted the issue.",
        "Heavy rain caused flooding across the north of England overnight, forecasters said.",
        "The budget for road repairs rose by four percent, the council said on Monday.",
        "The budget for road repairs rose by nine percent, the council said on Monday.",
    ]

    @Test func aCondensedRestatementOutscoresAnUnrelatedSentence() async throws {
        let p = try await profiles(corpus)
        #expect(RestatementScore.score(p[0], p[1]) > 0.5)
        #expect(RestatementScore.score(p[0], p[2]) < 0.1)
    }

    @Test func theScoreIsSymmetricAndBounded() async throws {
        let p = try await profiles(corpus)
        for i in p.indices {
            for j in p.indices {
                let s = RestatementScore.score(p[i], p[j])
                #expect(s >= 0 && s <= 1)
                #expect(abs(s - RestatementScore.score(p[j], p[i])) < 1e-9)
            }
        }
    }

    @Test func numbersThatDisagreeLowerTheScore() async throws {
        let p = try await profiles(corpus + ["Road repairs: the council said on Monday the budget rose by four percent."])
        #expect(RestatementScore.score(p[3], p[5]) > RestatementScore.score(p[4], p[5]))
    }

    @Test func chineseCharactersSharedOutsideAWordAreNoEvidence() async throws {
        let p = try await profiles([
            "中国の経済成長が鈍化した。",
            "中国経済の成長は鈍化している。",
            "中学生の成績が上がった。",
            "東京で大雪が降った。",
        ])
        #expect(RestatementScore.score(p[0], p[1]) > 0.5)
        // 中 and 成 are shared, 中国 and 成長 are not.
        #expect(RestatementScore.score(p[0], p[2]) < 0.05)
    }
}
