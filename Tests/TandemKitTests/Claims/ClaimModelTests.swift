import Testing
@testable import TandemKit

@Suite struct ClaimModelTests {
    /// Statements of fact with figures against opinions and pleasantries, written
    /// here so the test does not depend on a benchmark corpus.
    private let facts = [
        "Unemployment fell to 3.5 percent in 2019, the lowest rate in fifty years.",
        "The state spent $4 billion on roads last year, according to the budget office.",
        "Wages rose 2% while prices climbed 6% over the same period.",
        "The company cut 1,200 jobs in March, the union said.",
        "Crime in the city dropped by a third between 2010 and 2020.",
        "The bill passed the Senate by 52 votes to 48 on Tuesday.",
        "Exports to China doubled to $120 billion in five years.",
        "The hospital treated 40,000 patients in 2022, up 8% on the year before.",
    ]
    private let opinions = [
        "I want to thank everyone for being here tonight.",
        "We have to believe in ourselves and in our future.",
        "What are you going to do about it?",
        "Thank you so much, it is wonderful to be here.",
        "I think we can do better, and we will.",
        "Let us come together as one people.",
        "You should be proud of what this community has built.",
        "Maybe it is time to look forward instead of back.",
    ]

    @Test func theTrainerSeparatesFactsFromOpinions() async throws {
        var trainer = ClaimModelTrainer()
        trainer.minimumWordFrequency = 1
        trainer.minimumCharacterFrequency = 1
        let model = try await trainer.train(sentences: facts + opinions, labels: facts.map { _ in true } + opinions.map { _ in false })
        #expect(model.score("Inflation rose 4% in 2021, the central bank said.") > 0.5)
        #expect(model.score("I hope we will all be proud of ourselves.") < 0.5)
        #expect(facts.allSatisfy { model.score($0) > 0.5 } && opinions.allSatisfy { model.score($0) < 0.5 })
    }

    @Test func aSerializedModelScoresTheSame() async throws {
        var trainer = ClaimModelTrainer()
        trainer.minimumWordFrequency = 1
        let model = try await trainer.train(sentences: facts + opinions, labels: facts.map { _ in true } + opinions.map { _ in false })
        let copy = try #require(ClaimModel(serialized: model.serialized))
        for sentence in facts + opinions + ["Something else entirely, 42 times."] {
            #expect(abs(copy.score(sentence) - model.score(sentence)) < 1e-4)
        }
        #expect(ClaimModel(serialized: "bias\t0\n") == nil, "a model without its cues is refused")
    }

    @Test func theBundledModelRanksCheckWorthySentencesFirst() {
        let model = ClaimModel.bundled
        #expect(model.score("Unemployment fell to 3.5 percent in 2019, the lowest in 50 years.")
            > model.score("Thank you all for being here tonight."))
        #expect(model.score("We spent $2.2 trillion on the war, according to the Pentagon.")
            > model.score("What do you think we should do next?"))
    }

    @Test func logisticRegressionFitsASeparableProblem() {
        var matrix = SparseMatrix(columnCount: 2)
        var labels: [Bool] = []
        for i in 0..<40 {
            let x = Double(i % 10) / 10, positive = i % 2 == 0
            matrix.append(row: [(0, positive ? 1 + x : -1 - x), (1, x)])
            labels.append(positive)
        }
        let (weights, bias) = LogisticRegressionTrainer().fit(matrix, labels: labels)
        #expect(weights[0] > 1 && abs(bias) < 0.5)
        let again = LogisticRegressionTrainer().fit(matrix, labels: labels)
        #expect(again.weights == weights, "training is deterministic")
    }
}
