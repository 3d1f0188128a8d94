/// Tells verbatim, near-verbatim and paraphrased passages apart by how much of
/// their wording, in order, they share.
enum LinkKind {
    /// Reuse above which a passage is verbatim…
    static let verbatimReuse = 0.95
    /// …and near-verbatim.
    static let nearVerbatimReuse = 0.6

    static func classify(_ diff: WordDiff) -> Link.Kind {
        if diff.reuse >= verbatimReuse { return .verbatim }
        if diff.reuse >= nearVerbatimReuse { return .nearVerbatim }
        return .paraphrase
    }
}
