import Foundation

/// Labelled sentences for check-worthiness, read from CheckThat! files.
public struct CheckWorthinessData: Sendable {
    public var sentences: [String] = []
    public var labels: [Bool] = []

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
        }
        return result
    }

    public static func + (lhs: CheckWorthinessData, rhs: CheckWorthinessData) -> CheckWorthinessData {
        var result = lhs
        result.sentences += rhs.sentences
        result.labels += rhs.labels
        return result
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
