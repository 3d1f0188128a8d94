import Foundation

/// The check-worthiness model: logistic regression over TF-IDF word 1–2-grams
/// (quantities as placeholders), TF-IDF character 2–5-grams within words, and
/// the hand cues of `ClaimCues`.
///
/// Trained by `tandem train-claims` on CheckThat! 2024 and shipped as
/// `Resources/claim-model.tsv`: one line per term with its IDF and weight, so
/// the file is readable and diffs of a retrained model make sense.
public struct ClaimModel: Sendable {
    struct Term: Sendable {
        var idf: Double
        var weight: Double
    }

    var wordTerms: [String: Term]
    var characterTerms: [String: Term]
    var cueWeights: [Double]
    /// Scale of the cues against the unit-length TF-IDF blocks.
    var cueScale: Double
    var bias: Double
    /// Probabilities at or above this are check-worthy.
    public var threshold = 0.5

    /// The probability that a sentence is check-worthy, 0…1.
    /// - Complexity: O(*n*), *n* the sentence's length.
    public func score(_ sentence: String) -> Double {
        var z = bias
        z += Self.block(ClaimWords.wordGrams(ClaimWords.words(sentence)), terms: wordTerms, sublinear: false)
        z += Self.block(ClaimWords.characterGrams(sentence), terms: characterTerms, sublinear: true)
        for (value, weight) in zip(ClaimCues(sentence).values, cueWeights) { z += value * cueScale * weight }
        return 1 / (1 + exp(-z))
    }

    /// One TF-IDF block's contribution: its unit-length vector dotted with the weights.
    private static func block(_ grams: [String], terms: [String: Term], sublinear: Bool) -> Double {
        var counts: [String: Int] = [:]
        for gram in grams where terms[gram] != nil { counts[gram, default: 0] += 1 }
        var norm = 0.0, dot = 0.0
        for (gram, count) in counts {
            let term = terms[gram]!
            let value = (sublinear ? 1 + log(Double(count)) : Double(count)) * term.idf
            norm += value * value
            dot += value * term.weight
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
    init?(serialized text: String) {
        var words: [String: Term] = [:], characters: [String: Term] = [:]
        var cues = [Double](repeating: .nan, count: ClaimCues.names.count)
        var scale: Double?, bias: Double?, threshold: Double?
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", maxSplits: 3, omittingEmptySubsequences: false)
            switch (fields.first, fields.count) {
            case ("w", 4), ("c", 4):
                guard let idf = Double(fields[1]), let weight = Double(fields[2]) else { return nil }
                if fields[0] == "w" { words[String(fields[3])] = Term(idf: idf, weight: weight) }
                else { characters[String(fields[3])] = Term(idf: idf, weight: weight) }
            case ("cue", 3):
                guard let index = ClaimCues.names.firstIndex(of: String(fields[1])) else { return nil }
                cues[index] = Double(fields[2]) ?? .nan
            case ("cue-scale", 2): scale = Double(fields[1])
            case ("bias", 2): bias = Double(fields[1])
            case ("threshold", 2): threshold = Double(fields[1])
            default: return nil
            }
        }
        guard let scale, let bias, let threshold, !cues.contains(where: \.isNaN) else { return nil }
        self.init(wordTerms: words, characterTerms: characters, cueWeights: cues, cueScale: scale, bias: bias,
                  threshold: threshold)
    }

    init(wordTerms: [String: Term], characterTerms: [String: Term], cueWeights: [Double], cueScale: Double,
         bias: Double, threshold: Double = 0.5) {
        self.wordTerms = wordTerms
        self.characterTerms = characterTerms
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
        for (tag, terms) in [("w", wordTerms), ("c", characterTerms)] {
            for (gram, term) in terms.sorted(by: { $0.key < $1.key }) {
                lines.append("\(tag)\t\(Self.format(term.idf))\t\(Self.format(term.weight))\t\(gram)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func format(_ value: Double) -> String { String(format: "%.6g", value) }
}
