/// What names a corpus's contents for the analysis cache: each article's id and
/// content digest, in order.
///
/// Kept in place of the corpus once its texts are no longer needed: the texts of
/// 100,000 articles are a tenth of what clustering them may use at its peak.
public struct CorpusIdentity: Sendable {
    let articles: [(id: String, digest: ContentDigest)]

    public init(_ corpus: Corpus) {
        articles = corpus.articles.map { ($0.id, $0.digest) }
    }

    public var count: Int { articles.count }
}
