import Foundation
import Testing
import TestSupport
@testable import TandemKit

@Suite struct ArticleCodecTests {
    /// A page with chrome, a byline, a heading, entities and a Windows-1252 pound sign.
    static let page: [UInt8] = Array("""
        Home | News | Sport
        Harbour plan approved after &quot;long&quot; debate
        By Jane Doe
        Councillors voted 31-12 on Tuesday to approve the plan, the mayor said. It costs
        """.utf8) + [0x20, 0xA3] + Array("""
        40m.

        What happens next
        Work starts in March. "We won't stop," said Roy Hart. It didn't rain.
        Share this article
        """.utf8)

    @Test func anArticleComesBackAsItWasWritten() throws {
        let article = try Article(id: "a.txt", path: "a.txt", bytes: Self.page)
        let segmented = Segmenter.segment(Cleaner().clean(article))
        let decoded = try ArticleCodec.decode(ArticleCodec.encode(segmented), id: "b.txt")
        #expect(decoded.id == "b.txt")
        let (before, after) = (segmented.clean, decoded.clean)
        #expect(after.title == before.title && after.titleSource == before.titleSource && after.byline == before.byline)
        #expect(after.paragraphs.map(\.text) == before.paragraphs.map(\.text))
        #expect(after.paragraphs.map(\.kind) == before.paragraphs.map(\.kind))
        #expect(after.paragraphs.map(\.ranges) == before.paragraphs.map(\.ranges))
        #expect(after.paragraphs.map(\.offsets) == before.paragraphs.map(\.offsets))
        #expect(after.paragraphs.map(\.wordCount) == before.paragraphs.map(\.wordCount))
        #expect(after.removed.map(\.text) == before.removed.map(\.text))
        #expect(after.removed.map(\.reason) == before.removed.map(\.reason))
        #expect(after.removed.map(\.range) == before.removed.map(\.range))
        #expect(decoded.sentences.count == segmented.sentences.count && !segmented.sentences.isEmpty)
        for (a, b) in zip(decoded.sentences, segmented.sentences) {
            #expect(a.paragraph == b.paragraph && a.textRange == b.textRange && a.range == b.range)
            #expect(a.isHeading == b.isHeading && a.tokens == b.tokens)
        }
        #expect(segmented.sentences.contains { $0.tokens.contains(where: \.isNegation) })
        #expect(segmented.sentences.contains { $0.tokens.contains(where: \.isCapitalized) })
    }

    @Test func everyTruncationAndBadByteIsRefusedWithoutATrap() throws {
        let article = try Article(id: "a.txt", path: "a.txt", bytes: Self.page)
        let bytes = ArticleCodec.encode(Segmenter.segment(Cleaner().clean(article)))
        for length in 0..<bytes.count {
            #expect(throws: ByteReader.Malformed.self) { try ArticleCodec.decode(Array(bytes[..<length]), id: "a") }
        }
        #expect(throws: ByteReader.Malformed.self) { try ArticleCodec.decode(bytes + [0], id: "a") }
        for index in stride(from: 0, to: bytes.count, by: 7) {
            var damaged = bytes
            damaged[index] = 0xFF
            _ = try? ArticleCodec.decode(damaged, id: "a")  // throws or decodes; never traps
        }
    }

    @Test func storiesComeBackWithTheirClustersRebuilt() throws {
        let pairs = [StoryPair(a: 0, b: 2, relation: .rewrite, similarity: 0.9, jaccard: 0.3, linkedShareA: 0.95, linkedShareB: 0.5),
                     StoryPair(a: 1, b: 3, relation: .duplicate, similarity: 1, jaccard: 1, linkedShareA: nil, linkedShareB: nil)]
        let result = StoryClusters.Result(pairs: pairs, clusters: StoryClusters.components(pairs, count: 4),
                                          diagnostics: .init())
        let decoded = try StoriesCodec.decode(StoriesCodec.encode(result), articleCount: 4)
        #expect(decoded.pairs.map(\.relation) == [.rewrite, .duplicate])
        #expect(decoded.pairs.map(\.derived) == [0, nil])
        #expect(decoded.clusters.map(\.articles) == result.clusters.map(\.articles))
        #expect(throws: ByteReader.Malformed.self) { try StoriesCodec.decode(StoriesCodec.encode(result), articleCount: 3) }
    }
}
