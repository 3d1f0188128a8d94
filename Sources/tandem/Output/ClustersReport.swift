import TandemKit

/// `tandem clusters --json`: `{"clusters":[{"articles":[id…],"pairs":[{"a","b","similarity","relation"}]}]}`.
struct ClustersReport: Encodable {
    struct PairJSON: Encodable {
        let a: String
        let b: String
        let similarity: Double
        let relation: String
        let jaccard: Double
        /// For a rewrite, the id of the derived article.
        let derived: String?
    }

    struct ClusterJSON: Encodable {
        let articles: [String]
        let pairs: [PairJSON]
    }

    let clusters: [ClusterJSON]

    init(_ result: StoryClusters.Result, ids: [String]) {
        let id = { (index: Int) in ids[index] }
        clusters = result.clusters.map { cluster in
            ClusterJSON(articles: cluster.articles.map(id), pairs: cluster.pairs.map { pair in
                PairJSON(a: id(pair.a), b: id(pair.b), similarity: AlignReport.rounded(pair.similarity),
                         relation: pair.relation.rawValue, jaccard: AlignReport.rounded(pair.jaccard),
                         derived: pair.derived.map(id))
            })
        }
    }
}
