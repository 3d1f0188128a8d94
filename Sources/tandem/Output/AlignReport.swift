import TandemKit

/// `tandem align --json`: coverage of each side and the links with byte ranges.
struct AlignReport: Encodable {
    struct Side: Encodable {
        let id: String
        let path: String
        let title: String
    }

    struct Coverage: Encodable {
        let a: Double
        let b: Double
    }

    struct LinkJSON: Encodable {
        let a: RangeJSON
        let b: RangeJSON
        let score: Double
        let kind: String
        /// Share of words the two passages have in common, in order.
        let reuse: Double
        /// Sentence indices of each passage (as `tandem show --sentences` numbers them).
        let sentences: [String: [Int]]
    }

    let a: Side
    let b: Side
    let coverage: Coverage
    /// Share of body bytes inside links, however reworded.
    let linked: Coverage
    let links: [LinkJSON]

    init(_ alignment: Alignment, in corpus: AnalyzedCorpus, paths: (String, String)) {
        let articleA = corpus.articles[alignment.a], articleB = corpus.articles[alignment.b]
        a = Side(id: articleA.id, path: paths.0, title: articleA.clean.title)
        b = Side(id: articleB.id, path: paths.1, title: articleB.clean.title)
        coverage = Coverage(a: Self.rounded(alignment.coverageA), b: Self.rounded(alignment.coverageB))
        linked = Coverage(a: Self.rounded(alignment.linkedShareA), b: Self.rounded(alignment.linkedShareB))
        links = alignment.links.map { link in
            LinkJSON(a: RangeJSON(start: link.rangeA.start, end: link.rangeA.end),
                     b: RangeJSON(start: link.rangeB.start, end: link.rangeB.end),
                     score: Self.rounded(link.score), kind: link.kind.rawValue, reuse: Self.rounded(link.diff.reuse),
                     sentences: ["a": Array(link.a), "b": Array(link.b)])
        }
    }

    static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
}
