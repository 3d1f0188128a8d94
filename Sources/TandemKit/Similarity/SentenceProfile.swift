/// What similarity needs to know about one sentence (or a run of sentences).
struct SentenceProfile: Sendable {
    /// Every token's normalized key, in order (for n-grams and sequence overlap).
    let words: [WordKey]
    /// Content stems (words that are not function words, and numbers), each once, with weights.
    let stems: [WordKey: Double]
    /// The stems' text, for soft matching of variants.
    let stemTexts: [WordKey: String]
    let totalWeight: Double
    let contentCount: Int
    let numbers: Set<WordKey>
    /// Stems of capitalised words that do not open the sentence: names, places.
    let names: Set<WordKey>
    /// An odd number of negations ("not", "never", "n't").
    let negated: Bool
    /// Hashes of the character 4-grams of the normalized text.
    let charGrams: Set<UInt32>

    /// - Parameter openingTokens: indices of tokens that open a sentence (their
    ///   capital says nothing about being a name).
    init(tokens: [Token], openingTokens: Set<Int> = [0], lexicon: Lexicon, weights: TermWeights) {
        words = tokens.map(\.key)
        var stems: [WordKey: Double] = [:]
        var texts: [WordKey: String] = [:]
        var numbers = Set<WordKey>()
        var names = Set<WordKey>()
        var negations = 0
        var content = 0
        for (index, token) in tokens.enumerated() {
            if Self.negations.contains(token.key) || token.normalized.hasSuffix("n't") { negations += 1 }
            guard !token.isStopword else { continue }
            let stem = lexicon.stem(of: token)
            content += 1
            if stems[stem] == nil {
                stems[stem] = weights.weight(of: stem)
                texts[stem] = lexicon.stemText(of: token)
            }
            if token.kind == .number { numbers.insert(stem) }
            if token.isCapitalized && !openingTokens.contains(index) { names.insert(stem) }
        }
        self.stems = stems
        stemTexts = texts
        totalWeight = stems.values.reduce(0, +)
        contentCount = content
        self.numbers = numbers
        self.names = names
        negated = negations % 2 == 1
        charGrams = Self.characterGrams(tokens.map(\.normalized).joined(separator: " "))
    }

    private static let negations = Set(["not", "no", "never", "nor", "none", "nothing", "neither", "without"].map(WordKey.init))

    private static func characterGrams(_ text: String) -> Set<UInt32> {
        let bytes = Array(text.utf8)
        guard bytes.count >= 4 else { return bytes.isEmpty ? [] : [UInt32(bytes.count)] }
        var grams = Set<UInt32>(minimumCapacity: bytes.count)
        for i in 0...(bytes.count - 4) {
            grams.insert(UInt32(bytes[i]) << 24 | UInt32(bytes[i + 1]) << 16 | UInt32(bytes[i + 2]) << 8 | UInt32(bytes[i + 3]))
        }
        return grams
    }
}
