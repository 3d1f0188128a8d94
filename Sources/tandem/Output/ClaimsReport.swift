import TandemKit

/// `tandem claims --json`: each article's claims with byte ranges, claimant,
/// and the sentences of other articles that corroborate or conflict with them.
struct ClaimsReport: Encodable {
    struct EvidenceJSON: Encodable {
        let article: String
        let start: Int
        let end: Int
        let score: Double
        let text: String
    }

    struct ClaimJSON: Encodable {
        let article: String
        let start: Int
        let end: Int
        let text: String
        let score: Double
        let claimant: String?
        let corroborations: [EvidenceJSON]
        /// Tentative: shown as possible conflicts.
        let conflicts: [EvidenceJSON]

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(article, forKey: .article)
            try container.encode(start, forKey: .start)
            try container.encode(end, forKey: .end)
            try container.encode(text, forKey: .text)
            try container.encode(score, forKey: .score)
            try container.encode(claimant, forKey: .claimant) // null, not absent, when unattributed
            try container.encode(corroborations, forKey: .corroborations)
            try container.encode(conflicts, forKey: .conflicts)
        }

        enum CodingKeys: String, CodingKey {
            case article, start, end, text, score, claimant, corroborations, conflicts
        }
    }

    let claims: [ClaimJSON]

    init(_ claims: [[Claim]], in articles: [SegmentedArticle]) {
        func evidence(_ item: Claim.Evidence) -> EvidenceJSON {
            let article = articles[item.article]
            return EvidenceJSON(article: article.id, start: item.range.start, end: item.range.end,
                                score: AlignReport.rounded(item.score), text: article.text(of: article.sentences[item.sentence]))
        }
        self.claims = claims.joined().map { claim in
            let article = articles[claim.article]
            return ClaimJSON(article: article.id, start: claim.range.start, end: claim.range.end,
                             text: article.text(of: article.sentences[claim.sentence]),
                             score: AlignReport.rounded(claim.score), claimant: claim.claimant,
                             corroborations: claim.corroborations.map(evidence), conflicts: claim.conflicts.map(evidence))
        }
    }
}
