/// Turns loose sentences (not from an article) into profiles, with term weights
/// from the sentences themselves: what `tandem similarity` scores.
struct SentenceAnalyzer {
    let lexicon: Lexicon
    let weights: TermWeights
    private let texts: [[UInt8]]
    private let tokenLists: [[Token]]

    /// - Throws: `CancellationError` when the calling task is cancelled.
    init(sentences: [String]) async throws {
        texts = sentences.map { Array($0.utf8) }
        tokenLists = texts.map(Tokenizer.tokens(in:))
        let lexicon = try await Lexicon.build(Array(zip(tokenLists, texts)).map { (tokens: $0.0, text: $0.1) })
        self.lexicon = lexicon
        weights = try await TermWeights(documents: tokenLists.map { SortedKeys.unique(ContentStems.keys($0, lexicon: lexicon)) })
    }

    /// The profile of the `index`th sentence given at init.
    func profile(_ index: Int) -> SentenceProfile {
        texts[index].withUnsafeBufferPointer { text in
            SentenceProfile(tokens: tokenLists[index], lexicon: lexicon, weights: weights, text: text)
        }
    }
}
