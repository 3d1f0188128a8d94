import TandemKit

/// `tandem list --json`: `{"articles":[{"id","path","title","byline","words"}]}`.
struct ListReport: Encodable {
    struct Entry: Encodable {
        let id: String
        let path: String
        let title: String
        let byline: String?
        let words: Int
        let bytes: Int
        let encoding: String

        enum CodingKeys: String, CodingKey { case id, path, title, byline, words, bytes, encoding }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(path, forKey: .path)
            try container.encode(title, forKey: .title)
            try container.encode(byline, forKey: .byline) // null, not absent
            try container.encode(words, forKey: .words)
            try container.encode(bytes, forKey: .bytes)
            try container.encode(encoding, forKey: .encoding)
        }
    }

    let articles: [Entry]

    init(corpus: Corpus, cleaned: [CleanArticle]) {
        articles = zip(corpus.articles, cleaned).map { article, clean in
            Entry(id: article.id, path: article.path, title: clean.title, byline: clean.byline,
                  words: clean.wordCount, bytes: article.byteCount, encoding: article.text.encoding.rawValue)
        }
    }
}
