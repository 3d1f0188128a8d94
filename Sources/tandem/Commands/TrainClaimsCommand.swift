import ArgumentParser
import Foundation
import TandemKit

struct TrainClaimsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-claims",
        abstract: "Train the check-worthiness model on CheckThat! 2024 English data.",
        discussion: """
            Reads CT24_checkworthy_english_{train,dev}.tsv from DIR and writes the model Tandem ships as \
            Sources/TandemKit/Resources/claim-model.tsv. With --fit train, fits on train alone and reports \
            F1 on dev: that is how the settings were chosen (see BENCHMARKS.md). The dev-test file is never read.
            """,
        shouldDisplay: false
    )

    enum Fit: String, ExpressibleByArgument { case train, all }

    @Argument(help: "The ct24_english folder, e.g. ../shared/bench/claims/ct24_english")
    var directory: String
    @Option(help: "train: fit on train, report dev F1. all: fit on train and dev (the shipped model).")
    var fit = Fit.all
    @Option(help: "Scale of the hand cues against the TF-IDF blocks (0 leaves them out).")
    var cueScale = 0.3
    @Option(name: .customLong("c"), help: "Inverse regularisation strength.")
    var inverseRegularization = 1.0
    @Option(help: "Probability from which a sentence is check-worthy.")
    var threshold = 0.5
    @Option(help: "Where to write the model (nothing is written with --fit train unless given).")
    var output: String?

    func run() async throws {
        let folder = URL(fileURLWithPath: directory)
        let train = try CheckWorthinessData.readTSV(folder.appendingPathComponent("CT24_checkworthy_english_train.tsv").path)
        let dev = try CheckWorthinessData.readTSV(folder.appendingPathComponent("CT24_checkworthy_english_dev.tsv").path)
        var trainer = ClaimModelTrainer()
        trainer.cueScale = cueScale
        trainer.inverseRegularization = inverseRegularization
        let data = fit == .train ? train : train + dev
        let started = Date()
        var model = try await trainer.train(sentences: data.sentences, labels: data.labels)
        model.threshold = threshold
        var report = "trained on \(data.sentences.count) sentences in \(String(format: "%.1f", Date().timeIntervalSince(started))) s"
        if fit == .train {
            report += "; dev F1 \(String(format: "%.3f", try await dev.f1(model)))"
            var best = (threshold: 0.0, f1: -1.0)
            for threshold in stride(from: 0.2, through: 0.8, by: 0.05) {
                var candidate = model
                candidate.threshold = threshold
                let f1 = try await dev.f1(candidate)
                if f1 > best.f1 { best = (threshold, f1) }
            }
            report += String(format: " (best threshold on dev %.2f: F1 %.3f)", best.0, best.1)
        }
        let destination = output ?? (fit == .all ? "Sources/TandemKit/Resources/claim-model.tsv" : nil)
        if let destination {
            try model.serialized.write(toFile: destination, atomically: true, encoding: .utf8)
            report += "; wrote \(destination)"
        }
        print(report)
    }
}
