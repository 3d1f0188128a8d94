import TandemKit

/// `tandem show --json`: the cleaned article with byte ranges into the file.
struct ShowReport: Encodable {
    struct ParagraphJSON: Encodable {
        let kind: String
        let text: String
        let start: Int
        let end: Int
        /// Only for paragraphs stitched from several pieces.
        let ranges: [[Int]]?
    }

    struct RemovedJSON: Encodable {
        let text: String
        let start: Int
        let end: Int
        let reason: String
    }

    let id: String
    let path: String
    let title: String
    let titleSource: String
    let titleRange: RangeJSON?
    let byline: String?
    let encoding: String
    let paragraphs: [ParagraphJSON]
    let removed: [RemovedJSON]

    enum CodingKeys: String, CodingKey {
        case id, path, title, titleSource, titleRange, byline, encoding, paragraphs, removed
    }

    init(article: Article, clean: CleanArticle) {
        id = article.id
        path = article.path
        title = clean.title
        switch clean.titleSource {
        case .headline(let range):
            titleSource = "headline"
            titleRange = RangeJSON(start: range.start, end: range.end)
        case .lead:
            titleSource = "lead"
            titleRange = nil
        case .none:
            titleSource = "none"
            titleRange = nil
        }
        byline = clean.byline
        encoding = article.text.encoding.rawValue
        paragraphs = clean.paragraphs.map { paragraph in
            ParagraphJSON(kind: paragraph.kind.rawValue, text: paragraph.text,
                          start: paragraph.range.start, end: paragraph.range.end,
                          ranges: paragraph.ranges.count > 1 ? paragraph.ranges.map { [$0.start, $0.end] } : nil)
        }
        removed = clean.removed.map {
            RemovedJSON(text: $0.text, start: $0.range.start, end: $0.range.end, reason: $0.reason.rawValue)
        }
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(path, forKey: .path)
        try container.encode(title, forKey: .title)
        try container.encode(titleSource, forKey: .titleSource)
        try container.encodeIfPresent(titleRange, forKey: .titleRange)
        try container.encode(byline, forKey: .byline)
        try container.encode(encoding, forKey: .encoding)
        try container.encode(paragraphs, forKey: .paragraphs)
        try container.encode(removed, forKey: .removed)
    }
}
