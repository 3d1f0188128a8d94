import Testing
@testable import TandemKit

@Suite struct ClaimSelectionTests {
    private func sentence(_ score: Double, _ text: String, heading: Bool = false) -> ScoredSentence {
        ScoredSentence(score: score, text: text, isHeading: heading)
    }

    @Test func theTopShareAndEveryStrongCue() {
        let sentences = [
            sentence(0.9, "The council approved the plan after a long debate."),
            sentence(0.3, "Residents were not all happy with the outcome of it."),
            sentence(0.6, "The scheme will cost £40m, officials said on Monday."),
            sentence(0.25, "It was a long evening for everyone in the chamber."),
        ]
        let selection = ClaimSelection(share: 0.25, minimumScore: 0.2, cueScore: 0.5)
        #expect(selection.select(sentences) == [0, 2])
    }

    @Test func headingsQuestionsFragmentsAndCitationsAreNeverClaims() {
        let sentences = [
            sentence(0.99, "Exports rose 12% in 2023 says the ministry", heading: true),
            sentence(0.99, "Did exports really rise by 12% in 2023 as claimed?"),
            sentence(0.99, "Up 12%."),
            sentence(0.99, "Smith, 'Exports in 2023', Trade Review, 2024. https://example.org/exports"),
        ]
        #expect(ClaimSelection(share: 1, minimumScore: 0, cueScore: 0).select(sentences).isEmpty)
    }

    @Test func levelsGoFromFewestToMostClaims() {
        let sentences = (0..<20).map { sentence(Double($0) / 20, "Sentence number \($0) of the article says something.") }
        let counts = ClaimSelection.levels.map { $0.select(sentences).count }
        #expect(counts == counts.sorted() && counts.first! < counts.last!)
    }
}
