/// What similarity needs to know about one sentence (or a run of sentences).
///
/// Content stems are kept sorted by key, so two profiles are compared by a
/// merge rather than by hashing.
struct SentenceProfile: Sendable {
    /// Every token's normalized key, in order (for n-grams and sequence overlap).
    let words: [WordKey]
    /// The tokens' normalized text joined by spaces, for character overlap; only
    /// kept when the profile is made from standalone text (`tandem similarity`).
    let normalizedText: [UInt8]
    /// Content stems (words that are not function words, and numbers), each once,
    /// sorted by key; with their weights and their bytes (for matching variants),
    /// all stems' bytes in one buffer.
    let stemKeys: [WordKey]
    let stemWeights: [Double]
    private let stemBytes: [UInt8]
    private let stemOffsets: [Int32]
    let totalWeight: Double
    let contentCount: Int
    /// Stems of numbers, sorted.
    let numbers: [WordKey]
    /// Stems of capitalised words that do not open the sentence (names, places), sorted.
    let names: [WordKey]
    /// An odd number of negations ("not", "never", "n't").
    let negated: Bool

    /// - Parameters:
    ///   - openingTokens: indices of tokens that open a sentence (their capital says
    ///     nothing about being a name); nil means the first token only.
    ///   - text: the text the tokens were read from, to keep the normalized text.
    init(tokens: [Token], openingTokens: [Int]? = nil, lexicon: Lexicon, weights: TermWeights,
         text: UnsafeBufferPointer<UInt8>? = nil) {
        words = tokens.map(\.key)
        // Stems with the token they start at; the stem's bytes are fetched once per distinct stem.
        var content: [(key: WordKey, token: Int, isPair: Bool)] = []
        content.reserveCapacity(tokens.count)
        ContentStems.visit(tokens, lexicon: lexicon) { content.append(($0, $1, $2)) }
        var numbers: [WordKey] = []
        var names: [WordKey] = []
        var negations = 0
        var normalized: [UInt8] = []
        let openings = openingTokens ?? [0]
        for token in tokens {
            if let text {
                if !normalized.isEmpty { normalized.append(0x20) }
                normalized.append(contentsOf: Tokenizer.normalizedBytes(of: token, in: text))
            }
            if token.isNegation { negations += 1 }
        }
        // Numbers and names are content words, whose stems `content` holds already
        // (a character is neither, and only characters make pairs).
        for item in content where !item.isPair {
            let token = tokens[item.token]
            if token.kind == .number { numbers.append(item.key) }
            if token.isCapitalized && !openings.contains(item.token) { names.append(item.key) }
        }
        normalizedText = normalized
        contentCount = content.count
        content.sort { $0.key.value < $1.key.value }
        var keys: [WordKey] = [], weightList: [Double] = [], bytes: [UInt8] = [], offsets: [Int32] = [0]
        keys.reserveCapacity(content.count)
        weightList.reserveCapacity(content.count)
        offsets.reserveCapacity(content.count + 1)
        bytes.reserveCapacity(8 * content.count)
        for (index, item) in content.enumerated() where index == 0 || content[index - 1].key != item.key {
            keys.append(item.key)
            weightList.append(weights.weight(of: item.key))
            bytes.append(contentsOf: lexicon.stemText(of: tokens[item.token]))
            if item.isPair { bytes.append(contentsOf: lexicon.stemText(of: tokens[item.token + 1])) }
            offsets.append(Int32(bytes.count))
        }
        stemKeys = keys
        stemWeights = weightList
        stemBytes = bytes
        stemOffsets = offsets
        totalWeight = weightList.reduce(0, +)
        self.numbers = Self.sortedUnique(numbers)
        self.names = Self.sortedUnique(names)
        negated = negations % 2 == 1
    }

    /// The bytes of the `index`th stem.
    func stemText(_ index: Int) -> ArraySlice<UInt8> {
        stemBytes[Int(stemOffsets[index])..<Int(stemOffsets[index + 1])]
    }

    /// Calls `body` with a function giving the bytes of the `index`th stem, read in place.
    func withStemBytes<Result>(_ body: ((Int) -> Slice<UnsafeBufferPointer<UInt8>>) -> Result) -> Result {
        stemBytes.withUnsafeBufferPointer { bytes in
            stemOffsets.withUnsafeBufferPointer { offsets in
                body { bytes[Int(offsets[$0])..<Int(offsets[$0 + 1])] }
            }
        }
    }

    static func sortedUnique(_ keys: [WordKey]) -> [WordKey] {
        guard keys.count > 1 else { return keys }  // most sentences have a name or number or two, if any
        var sorted = keys
        sorted.sort { $0.value < $1.value }
        var kept = 1
        for index in 1..<sorted.count where sorted[index] != sorted[kept - 1] {
            sorted[kept] = sorted[index]
            kept += 1
        }
        sorted.removeLast(sorted.count - kept)
        return sorted
    }

    /// Hashes of the character 4-grams of the normalized text.
    func characterGrams() -> [UInt32] {
        let bytes = normalizedText
        guard bytes.count >= 4 else { return bytes.isEmpty ? [] : [UInt32(bytes.count)] }
        var grams: [UInt32] = []
        grams.reserveCapacity(bytes.count - 3)
        for i in 0...(bytes.count - 4) {
            grams.append(UInt32(bytes[i]) << 24 | UInt32(bytes[i + 1]) << 16 | UInt32(bytes[i + 2]) << 8 | UInt32(bytes[i + 3]))
        }
        return SortedKeys.unique(grams)
    }
}

/// Set operations on sorted arrays of distinct values.
enum SortedKeys {
    static func unique<T: Comparable>(_ values: [T]) -> [T] {
        uniqueSorted(values.sorted())
    }

    /// The distinct values of a sorted array.
    static func uniqueSorted<T: Comparable>(_ sorted: [T]) -> [T] {
        var result: [T] = []
        result.reserveCapacity(sorted.count)
        for value in sorted where result.last != value { result.append(value) }
        return result
    }

    /// Size of the intersection of two sorted arrays of distinct values.
    static func intersectionCount<T: Comparable>(_ a: [T], _ b: [T]) -> Int {
        var i = 0, j = 0, count = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { count += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return count
    }
}

extension WordKey: Comparable {
    static func < (lhs: WordKey, rhs: WordKey) -> Bool { lhs.value < rhs.value }
}
