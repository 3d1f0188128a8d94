/// A corpus's related pairs as bytes for the analysis cache; the clusters
/// are rebuilt from the pairs.
enum StoriesCodec {
    static func encode(_ result: StoryClusters.Result) -> [UInt8] {
        var writer = ByteWriter(capacity: result.pairs.count * 40)
        writer.write(result.pairs.count)
        for pair in result.pairs {
            writer.write(pair.a)
            writer.write(pair.b)
            writer.write(pair.relation.rawValue)
            writer.write(pair.similarity)
            writer.write(pair.jaccard)
            for share in [pair.linkedShareA, pair.linkedShareB] {
                writer.write(share != nil)
                if let share { writer.write(share) }
            }
        }
        return writer.bytes
    }

    /// - Throws: `ByteReader.Malformed` for bytes this code did not write, or
    ///   that name articles the corpus does not have.
    static func decode(_ bytes: [UInt8], articleCount: Int) throws(ByteReader.Malformed) -> StoryClusters.Result {
        var reader = ByteReader(bytes)
        var pairs: [StoryPair] = []
        for _ in 0..<(try reader.count()) {
            let a = try reader.int(limit: articleCount - 1), b = try reader.int(limit: articleCount - 1)
            guard let relation = StoryRelation(rawValue: try reader.string()) else { throw ByteReader.Malformed() }
            let similarity = try reader.double(), jaccard = try reader.double()
            let shareA = try reader.bool() ? try reader.double() : nil
            let shareB = try reader.bool() ? try reader.double() : nil
            pairs.append(StoryPair(a: a, b: b, relation: relation, similarity: similarity, jaccard: jaccard,
                                   linkedShareA: shareA, linkedShareB: shareB))
        }
        guard reader.isAtEnd else { throw ByteReader.Malformed() }
        return StoryClusters.Result(pairs: pairs, clusters: StoryClusters.components(pairs, count: articleCount),
                                    diagnostics: StoryClusters.Diagnostics())
    }
}
