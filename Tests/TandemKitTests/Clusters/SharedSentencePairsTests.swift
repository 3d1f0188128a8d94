import Testing
import TestSupport
@testable import TandemKit

@Suite struct SharedSentencePairsTests {
    /// A sentence of made-up words, so that no two share a phrase by chance.
    private static func words(_ n: Int) -> String {
        "Item\(n) " + (0..<14).map { "w\(n)x\($0)" }.joined(separator: " ") + "."
    }

    private func pairs(_ bodies: [String]) async throws -> Set<String> {
        let folder = TemporaryFolder()
        let paths = bodies.enumerated().map { folder.write("d\(100 + $0.offset).txt", "Title \($0.offset)\n\n" + $0.element) }
        let corpus = try await AnalyzedCorpus(corpus: Corpus.load(paths: paths), profiles: .onDemand)
        let found = try await SharedSentencePairs.find(in: corpus, fingerprintsPerSentence: 4, minimumShared: 9, maximumArticles: 5)
        return Set(found.map { "\($0.a)-\($0.b)" })
    }

    @Test func threeSharedSentencesJoinAPairEvenWithAWordDropped() async throws {
        let source = (0..<10).map(Self.words).joined(separator: " ")
        // Three of the source's sentences, one with a word left out near its end
        // (a word in its middle changes more shingles, and may take every
        // fingerprint with it), among new ones.
        let edited = Self.words(4).replacingOccurrences(of: " w4x12", with: "")
        let derived = [Self.words(2), Self.words(100), Self.words(6), edited, Self.words(101)].joined(separator: " ")
        let unrelated = (200..<210).map(Self.words).joined(separator: " ")
        #expect(try await pairs([source, unrelated, derived]) == ["0-2"])
    }

    @Test func oneOrTwoSharedSentencesAreChanceNotCopying() async throws {
        let a = (0..<10).map(Self.words).joined(separator: " ")
        let b = ([Self.words(3)] + (300..<309).map(Self.words)).joined(separator: " ")
        let c = ([Self.words(5), Self.words(7)] + (400..<408).map(Self.words)).joined(separator: " ")
        #expect(try await pairs([a, b, c]).isEmpty)
    }

    @Test func boilerplateSentencesJoinNothing() async throws {
        let boilerplate = (900..<903).map(Self.words)
        let bodies = (0..<8).map { n in (boilerplate + (n * 10..<n * 10 + 5).map(Self.words)).joined(separator: " ") }
        #expect(try await pairs(bodies).isEmpty)
    }
}
