import ArgumentParser
import Foundation
import TandemKit

struct SimilarityCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "similarity",
        abstract: "Score sentence pairs read from stdin, one `s1<TAB>s2` per line.",
        discussion: "Prints one JSON object per line: {\"score\":0..1,\"paraphrase\":bool}. How rare each word is comes from all the sentences read."
    )

    @Flag(help: "Print each pair's feature values as well (for inspecting the model).")
    var features = false

    func run() async throws {
        var pairs: [(String, String)] = []
        var lineNumber = 0
        while let line = readLine(strippingNewline: true) {
            lineNumber += 1
            let fields = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
            guard fields.count == 2 else {
                StandardError.fail("stdin line \(lineNumber): expected two sentences separated by a tab")
                throw ExitCode.failure
            }
            pairs.append((String(fields[0]), String(fields[1])))
        }
        let scorer = try await SimilarityScorer(pairs: pairs)
        var output = ""
        for index in pairs.indices {
            let (score, paraphrase) = scorer.score(pair: index)
            output += "{\"score\":\(String(format: "%.4f", score)),\"paraphrase\":\(paraphrase)"
            if features {
                let values = scorer.features(pair: index).map { "\"\($0.0)\":\(String(format: "%.4f", $0.1))" }
                output += ",\"features\":{\(values.joined(separator: ","))}"
            }
            output += "}\n"
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}

struct TrainSimilarityCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-similarity",
        abstract: "Calibrate the sentence-similarity model on MSRP training data.",
        discussion: "Reads MSRP's tab-separated format (label, id1, id2, sentence1, sentence2) and writes the model JSON that Tandem ships as Sources/TandemKit/Resources/paraphrase-model.json.",
        shouldDisplay: false
    )

    @Argument(help: "MSRP training file, e.g. ../shared/bench/msrp/msr_paraphrase_train.txt")
    var file: String
    @Option(help: "Where to write the model.")
    var output = "Sources/TandemKit/Resources/paraphrase-model.json"

    func run() async throws {
        let pairs = try MSRPFile.read(file)
        let data = try await ParaphraseModel.train(pairs: pairs)
        try data.write(to: URL(fileURLWithPath: output))
        print("trained on \(pairs.count) pairs; wrote \(output)")
    }
}

/// Reads MSRP's format, skipping a header line and a byte-order mark if present.
enum MSRPFile {
    static func read(_ path: String) throws -> [(String, String, Bool)] {
        guard let data = FileManager.default.contents(atPath: path) else {
            StandardError.fail("\(path): cannot read")
            throw ExitCode.failure
        }
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text.split(whereSeparator: \.isNewline).compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 5, let label = Int(fields[0]) else { return nil }
            return (String(fields[3]), String(fields[4]), label == 1)
        }
    }
}
