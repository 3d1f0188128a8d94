import Testing
import TestSupport
@testable import TandemKit

@Suite struct ClaimFinderTests {
    private let wire = """
        Japan's exports hit a record

        Japan's exports rose 12% to $2.2 trillion in 2023, the trade ministry in Tokyo said on Tuesday.

        The ministry said shipments of cars to the United States grew faster than any other category.

        Officials expect the rise to slow next year as demand in China weakens.
        """
    /// The same facts in other words and other spellings of the numbers.
    private let paper = """
        Record year for Japanese trade

        Shipments abroad from Japan climbed 12 per cent last year, to 2,200 billion dollars, according to figures from Tokyo.

        Sales of cars to the United States grew faster than any other category, the ministry said.

        A local bakery in Osaka celebrated its fiftieth anniversary with free bread for every visitor.
        """
    /// The headline figure with another value.
    private let rival = """
        Japan trade figures

        Japan's exports rose 15% to $2.2 trillion in 2023, the trade ministry in Tokyo said on Tuesday.
        """
    private let unrelated = """
        Garden show opens

        The annual flower show opened in the park on Saturday with more than 300 exhibitors from 12 countries.
        """

    private func claims(_ texts: [String]) async throws -> ([[Claim]], AnalyzedCorpus, TemporaryFolder) {
        let folder = TemporaryFolder()
        let paths = texts.enumerated().map { folder.write("\($0.offset).txt", $0.element) }
        let corpus = try await AnalyzedCorpus(corpus: Corpus.load(paths: paths))
        let finder = ClaimFinder()
        return try await (finder.claims(in: corpus, scores: finder.score(corpus)), corpus, folder)
    }

    private func text(_ claim: Claim, _ corpus: AnalyzedCorpus) -> String {
        corpus.articles[claim.article].text(of: corpus.articles[claim.article].sentences[claim.sentence])
    }

    @Test func aFactReportedTwiceIsCorroboratedInBothDirections() async throws {
        let (claims, corpus, _) = try await claims([wire, paper])
        let headline = try #require(claims[0].first { text($0, corpus).contains("12%") })
        #expect(headline.corroborations.map(\.article) == [1])
        let echo = try #require(claims[1].first { $0.sentence == headline.corroborations[0].sentence })
        #expect(text(echo, corpus).contains("12 per cent"))
        #expect(echo.corroborations.map(\.sentence) == [headline.sentence])
        let cars = try #require(claims[0].first { text($0, corpus).contains("cars") })
        #expect(cars.corroborations.map(\.article) == [1], "a paraphrase of a sentence without numbers counts too")
    }

    @Test func sharingAStorysWordsButNotTheClaimsFigureIsNoReportOfIt() async throws {
        let loan = """
            Yukos owners want loan repaid

            The owners of Russian oil giant Yukos will ask the buyer of its former production unit Yugansk to repay a $900m loan.

            Yukos says the sale of Yugansk to the state oil firm Rosneft was illegal.
            """
        let auction = """
            Yugansk sold at auction

            A little-known company bought Yugansk, the former production unit of Russian oil giant Yukos, at an auction in Moscow.

            Yukos says the sale of Yugansk to the state oil firm Rosneft was illegal.
            """
        // Other news around them, so that the story's names are rare words, as in a real folder.
        let (claims, corpus, _) = try await claims([loan, auction, unrelated, paper, rival, """
            Council budget

            The council approved its budget on Monday after a long debate about road repairs and school buildings.
            """])
        let repay = try #require(claims[0].first { text($0, corpus).contains("$900m") })
        #expect(repay.corroborations.isEmpty, "the auction is not the loan")
        let illegal = try #require(claims[0].first { text($0, corpus).contains("illegal") })
        #expect(illegal.corroborations.map(\.article) == [1])
    }

    @Test func aFigureIsLackingWhenNoneAgreesButADroppedDayIsNoFigure() {
        let q = QuantityReader.quantities(in:)
        #expect(ClaimMatch.lacksFigure(of: q("will ask the buyer to repay a $900m loan"), in: q("bought the unit at auction")))
        #expect(!ClaimMatch.lacksFigure(of: q("to repay a $900m loan"), in: q("asked it to repay $900 million")))
        #expect(!ClaimMatch.lacksFigure(of: q("a meeting on Capri on April 20, 2024"), in: q("his recent address")))
        #expect(ClaimMatch.lacksFigure(of: q("prices rose 12%"), in: q("prices rose 15%")))
    }

    @Test func aDifferentValueInTheSameSlotIsAPossibleConflict() async throws {
        let (claims, corpus, _) = try await claims([wire, rival])
        let headline = try #require(claims[0].first { text($0, corpus).contains("12%") })
        #expect(headline.conflicts.map(\.article) == [1])
        #expect(headline.corroborations.isEmpty)
    }

    @Test func aFlippedPolarityIsAPossibleConflict() async throws {
        let statement = "Japan's exports increased 12% to $2.2 trillion in 2023, the trade ministry in Tokyo said on Tuesday."
        let denial = "Japan's exports did not increase 12% to $2.2 trillion in 2023, the trade ministry in Tokyo said on Tuesday."
        let (claims, corpus, _) = try await claims(["Exports\n\n" + statement, "Correction\n\n" + denial])
        let headline = try #require(claims[0].first { text($0, corpus).contains("12%") })
        #expect(headline.conflicts.map(\.article) == [1])
    }

    @Test func unrelatedArticlesShareNoClaims() async throws {
        let (claims, _, _) = try await claims([wire, unrelated])
        #expect(claims.joined().allSatisfy { $0.corroborations.isEmpty && $0.conflicts.isEmpty })
    }

    @Test func claimsCarryByteRangesAndClaimants() async throws {
        let (claims, corpus, folder) = try await claims([wire, paper])
        let claim = try #require(claims[0].first { text($0, corpus).contains("12%") })
        let bytes = Array(wire.utf8)
        _ = folder
        #expect(String(decoding: bytes[claim.range.start..<claim.range.end], as: UTF8.self) == text(claim, corpus))
        #expect(claim.claimant == "trade ministry in Tokyo")
        let attributed = try #require(claims[0].first { text($0, corpus).contains("The ministry said shipments") })
        #expect(attributed.claimant == nil, "a common noun is no claimant")
    }
}
