/// Every article's claims as bytes for the analysis cache, and back.
enum ClaimsCodec {
    static func encode(_ claims: [[Claim]]) -> [UInt8] {
        var writer = ByteWriter(capacity: claims.count * 256)
        writer.write(claims.count)
        for article in claims {
            writer.write(article.count)
            for claim in article {
                write(claim.article, claim.sentence, claim.range, claim.score, to: &writer)
                writer.write(claim.claimant)
                writer.write(claim.level)
                for evidence in [claim.corroborations, claim.conflicts] {
                    writer.write(evidence.count)
                    for item in evidence { write(item.article, item.sentence, item.range, item.score, to: &writer) }
                }
            }
        }
        return writer.bytes
    }

    /// - Throws: `ByteReader.Malformed` for bytes this code did not write, or
    ///   that name sentences the articles do not have.
    static func decode(_ bytes: [UInt8], articles: [SegmentedArticle]) throws(ByteReader.Malformed) -> [[Claim]] {
        var reader = ByteReader(bytes)
        guard try reader.count() == articles.count else { throw ByteReader.Malformed() }
        var claims: [[Claim]] = []
        for _ in articles.indices {
            var article: [Claim] = []
            for _ in 0..<(try reader.count()) {
                let (index, sentence, range, score) = try read(&reader, articles)
                let claimant = try reader.optionalString()
                let level = try reader.int(limit: 1_000)
                var evidence: [[Claim.Evidence]] = []
                for _ in 0..<2 {
                    var items: [Claim.Evidence] = []
                    for _ in 0..<(try reader.count()) {
                        let (other, otherSentence, otherRange, otherScore) = try read(&reader, articles)
                        items.append(Claim.Evidence(article: other, sentence: otherSentence, range: otherRange,
                                                    score: otherScore))
                    }
                    evidence.append(items)
                }
                article.append(Claim(article: index, sentence: sentence, range: range, score: score, claimant: claimant,
                                     level: level, corroborations: evidence[0], conflicts: evidence[1]))
            }
            claims.append(article)
        }
        guard reader.isAtEnd else { throw ByteReader.Malformed() }
        return claims
    }

    private static func write(_ article: Int, _ sentence: Int, _ range: ByteRange, _ score: Double,
                              to writer: inout ByteWriter) {
        writer.write(article)
        writer.write(sentence)
        writer.write(range.start)
        writer.write(range.end - range.start)
        writer.write(score)
    }

    private static func read(_ reader: inout ByteReader, _ articles: [SegmentedArticle])
        throws(ByteReader.Malformed) -> (Int, Int, ByteRange, Double) {
        let article = try reader.int(limit: articles.count - 1)
        let sentence = try reader.int(limit: articles[article].sentences.count - 1)
        let start = try reader.int()
        let range = ByteRange(start: start, end: start + (try reader.int()))
        return (article, sentence, range, try reader.double())
    }
}
