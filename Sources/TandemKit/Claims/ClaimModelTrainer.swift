import Foundation

/// Fits a `ClaimModel` on labelled sentences.
///
/// The stages are those of scikit-learn's `TfidfVectorizer` and
/// `LogisticRegression(class_weight="balanced")`, so results can be checked
/// against it: vocabularies with a minimum document frequency, smoothed IDF
/// `ln((1 + n) / (1 + df)) + 1`, unit-length blocks, then L-BFGS.
public struct ClaimModelTrainer: Sendable {
    /// Word n-grams seen in fewer sentences are dropped.
    public var minimumWordFrequency = 2
    /// Character n-grams seen in fewer sentences are dropped.
    public var minimumCharacterFrequency = 3
    /// Scale of the hand cues against the TF-IDF blocks (0 leaves them out).
    public var cueScale = 0.3
    /// Inverse regularisation strength of the regression.
    public var inverseRegularization = 1.0

    public init() {}

    /// - Complexity: O(*n*·*i*), *n* the characters of all sentences, *i* the
    ///   optimiser's iterations.
    /// - Throws: `CancellationError` when the calling task is cancelled.
    public func train(sentences: [String], labels: [Bool]) async throws -> ClaimModel {
        let wordGrams = try await sentences.concurrentMap { ClaimWords.wordGrams(ClaimWords.words($0)) }
        let characterGrams = try await sentences.concurrentMap { ClaimWords.characterGrams($0) }
        let cues = try await sentences.concurrentMap { ClaimCues($0).values }
        let wordVocabulary = Vocabulary(documents: wordGrams, minimumFrequency: minimumWordFrequency)
        let characterVocabulary = Vocabulary(documents: characterGrams, minimumFrequency: minimumCharacterFrequency)
        let cueOffset = wordVocabulary.count + characterVocabulary.count
        var matrix = SparseMatrix(columnCount: cueOffset + ClaimCues.names.count)
        for i in sentences.indices {
            var row = wordVocabulary.row(wordGrams[i], sublinear: false)
            row += characterVocabulary.row(characterGrams[i], sublinear: true).map { ($0.column + wordVocabulary.count, $0.value) }
            row += cues[i].enumerated().filter { $0.element != 0 }.map { (cueOffset + $0.offset, $0.element * cueScale) }
            matrix.append(row: row)
        }
        var trainer = LogisticRegressionTrainer()
        trainer.inverseRegularization = inverseRegularization
        let (weights, bias) = trainer.fit(matrix, labels: labels)
        return ClaimModel(
            wordTerms: wordVocabulary.terms(weights: weights[0..<wordVocabulary.count]),
            characterTerms: characterVocabulary.terms(weights: weights[wordVocabulary.count..<cueOffset]),
            texts: (words: wordVocabulary.grams.map { Substring($0) }, characters: characterVocabulary.grams.map { Substring($0) }),
            cueWeights: Array(weights[cueOffset...]), cueScale: cueScale, bias: bias)
    }
}

/// The n-grams kept for one TF-IDF block, with their columns and IDF.
private struct Vocabulary {
    private var columns: [String: Int] = [:]
    private var idf: [Double] = []
    private(set) var grams: [String] = []

    var count: Int { grams.count }

    init(documents: [[String]], minimumFrequency: Int) {
        var frequency: [String: Int] = [:]
        for document in documents { for gram in Set(document) { frequency[gram, default: 0] += 1 } }
        let n = Double(documents.count)
        for (gram, df) in frequency.sorted(by: { $0.key < $1.key }) where df >= minimumFrequency {
            columns[gram] = grams.count
            grams.append(gram)
            idf.append(log((1 + n) / (1 + Double(df))) + 1)
        }
    }

    /// A document's unit-length TF-IDF row, sorted by column.
    func row(_ document: [String], sublinear: Bool) -> [(column: Int, value: Double)] {
        var counts: [Int: Int] = [:]
        for gram in document { if let column = columns[gram] { counts[column, default: 0] += 1 } }
        // Sorted before summing: the norm must not depend on the hash table's order,
        // or two runs would train slightly different models.
        var row = counts.sorted { $0.key < $1.key }.map { column, count in
            (column: column, value: (sublinear ? 1 + log(Double(count)) : Double(count)) * idf[column])
        }
        let norm = row.reduce(0) { $0 + $1.value * $1.value }.squareRoot()
        if norm > 0 { row = row.map { ($0.column, $0.value / norm) } }
        return row
    }

    func terms(weights: ArraySlice<Double>) -> ClaimModel.Terms {
        var terms = ClaimModel.Terms(minimumCapacity: grams.count)
        for (index, gram) in grams.enumerated() {
            terms[WordKey(value: GramHash.of(gram))] = ClaimModel.Term(idf: idf[index], weight: weights[weights.startIndex + index])
        }
        return terms
    }
}
