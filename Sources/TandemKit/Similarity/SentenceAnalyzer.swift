/// Turns loose sentences (not from an article) into profiles, with term weights
/// from the sentences themselves: what `tandem similarity` scores.
struct SentenceAnalyzer {
    let lexicon: Lexicon
    let weights: TermWeights
    private let tokenLists: [[Token]]

    init(sentences: [String]) {
        tokenLists = sentences.map { Tokenizer.tokens(in: Array($0.utf8)) }
        lexicon = Lexicon.build(tokenLists)
        var weights = TermWeights()
        for tokens in tokenLists {
            weights.addDocument(tokens.filter { !$0.isStopword }.map(lexicon.stem(of:)))
        }
        self.weights = weights
    }

    /// The profile of the `index`th sentence given at init.
    func profile(_ index: Int) -> SentenceProfile {
        SentenceProfile(tokens: tokenLists[index], lexicon: lexicon, weights: weights)
    }
}
