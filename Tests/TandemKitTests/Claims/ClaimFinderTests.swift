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
