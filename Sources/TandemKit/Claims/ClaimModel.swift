import Foundation

/// The check-worthiness model: logistic regression over TF-IDF word 1–2-grams
/// (quantities as placeholders), TF-IDF character 2–5-grams within words, and
/// the hand cues of `ClaimCues`.
///
/// Trained by `tandem train-claims` on CheckThat! 2024 and shipped as
/// `Resources/claim-model.tsv`: one line per term with its IDF and weight, so
/// the file is readable and diffs of a retrained model make sense.
public struct ClaimModel: Sendable {
    /// Plain numbers only, so that a lookup copies no reference.
    struct Term: Sendable {
        var idf: Double
        var weight: Double
    }

    /// Terms by `GramHash` of their text (an open-addressing table: scoring
    /// looks up every n-gram of every sentence).
    typealias Terms = WordKeyTable<Term>
    var wordTerms: Terms
    var characterTerms: Terms
    /// Each block's n-grams as text, for writing the model out (slices of the model file when read from one).
    var texts: (words: [Substring], characters: [Substring])
    var cueWeights: [Double]
    /// Scale of the cues against the unit-length TF-IDF blocks.
    var cueScale: Double
    var bias: Double
    /// Probabilities at or above this are check-worthy.
    public var threshold = 0.5

    /// The probability that a sentence is check-worthy, 0…1.
    /// - Complexity: O(*n*), *n* the sentence's length.
    public func score(_ sentence: String) -> Double { score(sentence, cues: ClaimCues(sentence)) }

    /// The score with the sentence's cues already read.
    func score(_ sentence: String, cues: ClaimCues) -> Double {
        var z = bias
        z += Self.block(GramHash.wordGrams(ClaimWords.words(sentence)), terms: wordTerms, sublinear: false)
        z += Self.block(GramHash.characterGrams(sentence), terms: characterTerms, sublinear: true)
        for (value, weight) in zip(cues.values, cueWeights) { z += value * cueScale * weight }
        return 1 / (1 + exp(-z))
    }

    /// One TF-IDF block's contribution: its unit-length vector dotted with the weights.
    private static func block(_ grams: [UInt64], terms: Terms, sublinear: Bool) -> Double {
        var sorted = grams
        RadixSort.sort(&sorted)
        var norm = 0.0, dot = 0.0
        var i = 0
        while i < sorted.count {
            var j = i + 1
            while j < sorted.count, sorted[j] == sorted[i] { j += 1 }
            if let term = terms[WordKey(value: sorted[i])] {
                let count = Double(j - i)
                let value = (sublinear ? 1 + log(count) : count) * term.idf
                norm += value * value
                dot += value * term.weight
            }
            i = j
        }
        return norm > 0 ? dot / norm.squareRoot() : 0
    }

    // MARK: - Storage

    /// The bundled model.
    public static let bundled: ClaimModel = {
        guard let url = Bundle.module.url(forResource: "claim-model", withExtension: "tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8),
              let model = ClaimModel(serialized: text)
        else { preconditionFailure("Resources/claim-model.tsv is missing or stale: run tandem train-claims") }
        return model
    }()

    /// Reads the format `serialized` writes; nil when it does not match this code's cues.
    /// - Complexity: O(*n*) in the text's bytes, read once: the bundled model
    ///   has 10⁵ lines, and loading it is on the way to every claim shown.
    public init?(serialized text: String) {
        var text = text
        text.makeContiguousUTF8()
        let utf8 = text.utf8
        let lineCount = utf8.withContiguousStorageIfAvailable { $0.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 } } ?? 0
        var words = Terms(minimumCapacity: lineCount / 2), characters = Terms(minimumCapacity: lineCount)
        var ranges: (words: [Range<Int>], characters: [Range<Int>]) = ([], [])
        var cues = [Double](repeating: .nan, count: ClaimCues.names.count)
        var scale: Double?, bias: Double?, threshold: Double?
        let valid: Bool? = utf8.withContiguousStorageIfAvailable { bytes in
            var reader = ModelFileReader(bytes: bytes)
            while let fields = reader.nextLine() {
                guard let tag = fields.first, bytes[tag.lowerBound] != UInt8(ascii: "#") else { continue }
                let name = reader.string(tag)
                switch (name, fields.count) {
                case ("w", 4), ("c", 4):
                    guard let idf = reader.number(fields[1]), let weight = reader.number(fields[2]) else { return false }
                    let hash = WordKey(value: reader.hash(fields[3]))
                    if name == "w" {
                        words[hash] = Term(idf: idf, weight: weight)
                        ranges.words.append(fields[3])
                    } else {
                        characters[hash] = Term(idf: idf, weight: weight)
                        ranges.characters.append(fields[3])
                    }
                case ("cue", 3):
                    guard let index = ClaimCues.names.firstIndex(of: reader.string(fields[1])) else { return false }
                    cues[index] = reader.number(fields[2]) ?? .nan
                case ("cue-scale", 2): scale = reader.number(fields[1])
                case ("bias", 2): bias = reader.number(fields[1])
                case ("threshold", 2): threshold = reader.number(fields[1])
                default: return false
                }
            }
            return true
        }
        guard valid == true, let scale, let bias, let threshold, !cues.contains(where: \.isNaN) else { return nil }
        let substring = { (range: Range<Int>) in
            Substring(utf8[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)])
        }
        self.init(wordTerms: words, characterTerms: characters,
                  texts: (ranges.words.map(substring), ranges.characters.map(substring)), cueWeights: cues, cueScale: scale,
                  bias: bias, threshold: threshold)
    }

    init(wordTerms: Terms, characterTerms: Terms, texts: (words: [Substring], characters: [Substring]), cueWeights: [Double], cueScale: Double,
         bias: Double, threshold: Double = 0.5) {
        self.wordTerms = wordTerms
        self.characterTerms = characterTerms
        self.texts = texts
        self.cueWeights = cueWeights
        self.cueScale = cueScale
        self.bias = bias
        self.threshold = threshold
    }

    /// The model as text, terms sorted, numbers with six significant digits.
    public var serialized: String {
        var lines = ["# tandem claim model: tandem train-claims (see BENCHMARKS.md)",
                     "bias\t\(Self.format(bias))", "threshold\t\(threshold)", "cue-scale\t\(cueScale)"]
        for (name, weight) in zip(ClaimCues.names, cueWeights) { lines.append("cue\t\(name)\t\(Self.format(weight))") }
        for (tag, terms, grams) in [("w", wordTerms, texts.words), ("c", characterTerms, texts.characters)] {
            for gram in grams.sorted() {
                guard let term = terms[WordKey(value: GramHash.of(gram))] else { continue }
                lines.append("\(tag)\t\(Self.format(term.idf))\t\(Self.format(term.weight))\t\(gram)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func format(_ value: Double) -> String { String(format: "%.6g", value) }
}
