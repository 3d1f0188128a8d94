import Testing
import TestSupport
@testable import TandemKit

@Suite struct CheckWorthinessDataTests {
    @Test func idsAreReadAndTheLatestShareIsSplitOffByID() throws {
        let folder = TemporaryFolder()
        // Out of id order on purpose: the split goes by id, not by line.
        let path = folder.write("data.tsv", """
            Sentence_id\tText\tclass_label
            30\tThe third.\tYes
            10\tThe first.\tNo
            40\tThe fourth.\tNo
            20\tThe second.\tYes

            """)
        let data = try CheckWorthinessData.readTSV(path)
        #expect(data.ids == [30, 10, 40, 20] && data.labels == [true, false, false, true])
        let (earlier, latest) = data.split(latestShare: 0.25)
        #expect(earlier.sentences == ["The third.", "The first.", "The second."] && earlier.ids == [30, 10, 20])
        #expect(latest.sentences == ["The fourth."] && latest.labels == [false])
        #expect(data.split(latestShare: 0.5).latest.ids == [30, 40])
    }

    @Test func theBestThresholdIsTheLowestOfTheBestF1() async throws {
        let facts = ["Unemployment fell to 3.5 percent in 2019.", "The state spent $4 billion on roads last year.",
                     "Wages rose 2% while prices climbed 6%.", "The company cut 1,200 jobs in March."]
        let opinions = ["I want to thank everyone for being here.", "What are you going to do about it?",
                        "Maybe it is time to look forward.", "Let us come together as one people."]
        var trainer = ClaimModelTrainer()
        trainer.minimumWordFrequency = 1
        trainer.minimumCharacterFrequency = 1
        let model = try await trainer.train(sentences: facts + opinions, labels: facts.map { _ in true } + opinions.map { _ in false })
        var data = CheckWorthinessData()
        data.sentences = facts + opinions
        data.labels = facts.map { _ in true } + opinions.map { _ in false }
        let best = try await data.bestThreshold(for: model)
        #expect(best.f1 == 1)
        // The lowest threshold of the grid that still puts every opinion below it.
        let lowest = opinions.map(model.score).max()!
        #expect(best.threshold > lowest && (best.threshold < 0.2 + 1e-9 || best.threshold - 0.05 <= lowest + 1e-12))
    }
}
