import Foundation

/// Labelled sentences for check-worthiness, read from CheckThat! files.
public struct CheckWorthinessData: Sendable {
    public var sentences: [String] = []
    public var labels: [Bool] = []
    /// The files' sentence ids: CheckThat! numbers sentences in the order of
    /// the debates, so a larger id is a later debate.
    public var ids: [Int] = []

    public init() {}

    /// CheckThat! 2024 English: tab-separated `Sentence_id, Text, class_label`
    /// (`Yes`/`No`) with a header line.
    public static func readTSV(_ path: String) throws -> CheckWorthinessData {
        guard let data = FileManager.default.contents(atPath: path) else { throw LoadFailure.unreadable(reason: "\(path): cannot read") }
        var result = CheckWorthinessData()
        for line in String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 3 else { continue }
            result.sentences.append(String(fields[1]))
            result.labels.append(fields[2].trimmingCharacters(in: .whitespaces) == "Yes")
            result.ids.append(Int(fields[0].trimmingCharacters(in: .whitespaces)) ?? result.ids.count)
        }
        return result
    }

    public static func + (lhs: CheckWorthinessData, rhs: CheckWorthinessData) -> CheckWorthinessData {
        var result = lhs
        result.sentences += rhs.sentences
        result.labels += rhs.labels
        result.ids += rhs.ids
        return result
    }

    /// The sentences split at an id: those with a smaller id, and the rest.
    /// The latest share by id is a held-out set that stands for debates after
    /// the training data, which is what a model meets in use.
    /// - Complexity: O(*n* log *n*).
    public func split(latestShare share: Double) -> (earlier: CheckWorthinessData, latest: CheckWorthinessData) {
        let sortedIDs = ids.sorted()
        guard !sortedIDs.isEmpty else { return (self, CheckWorthinessData()) }
        let cut = sortedIDs[min(sortedIDs.count - 1, Int(Double(sortedIDs.count) * (1 - share)))]
        var earlier = CheckWorthinessData(), latest = CheckWorthinessData()
        for i in sentences.indices {
            if ids[i] < cut {
                earlier.append(sentences[i], label: labels[i], id: ids[i])
            } else {
                latest.append(sentences[i], label: labels[i], id: ids[i])
            }
        }
        return (earlier, latest)
    }

    private mutating func append(_ sentence: String, label: Bool, id: Int) {
        sentences.append(sentence)
        labels.append(label)
        ids.append(id)
    }

    /// The threshold from 0.2 to 0.8 (in steps of 0.05) that gives `model` the
    /// best F1 here; the lowest of equals.
    public func bestThreshold(for model: ClaimModel) async throws -> (threshold: Double, f1: Double) {
        var best = (threshold: 0.0, f1: -1.0)
        for step in 4...16 {
            var candidate = model
            candidate.threshold = Double(step) * 0.05
            let f1 = try await f1(candidate)
            if f1 > best.f1 { best = (candidate.threshold, f1) }
        }
        return best
    }

    /// F1 of the check-worthy class when `model` labels the sentences.
    /// - Throws: `CancellationError` when the calling task is cancelled.
    public func f1(_ model: ClaimModel) async throws -> Double {
        let predicted = try await sentences.concurrentMap { model.score($0) >= model.threshold }
        var truePositives = 0, falsePositives = 0, falseNegatives = 0
        for (guess, label) in zip(predicted, labels) {
            if guess && label { truePositives += 1 } else if guess { falsePositives += 1 } else if label { falseNegatives += 1 }
        }
        let denominator = Double(2 * truePositives + falsePositives + falseNegatives)
        return denominator > 0 ? Double(2 * truePositives) / denominator : 0
    }
}
