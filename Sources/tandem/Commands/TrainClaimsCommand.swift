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
            F1 on dev: that is how the cue scale and C were chosen. With --fit earlier, holds out the latest \
            tenth of train by sentence id (the latest debates) and reports F1 there: that is how the \
            threshold was chosen (see BENCHMARKS.md). The dev-test file is never read.
            """,
        shouldDisplay: false
    )

    enum Fit: String, ExpressibleByArgument { case train, earlier, all }

    @Argument(help: "The ct24_english folder, e.g. ../shared/bench/claims/ct24_english")
    var directory: String
    @Option(help: "train: fit on train, report dev F1. earlier: fit on all but the latest tenth of train, report F1 there. all: fit on train and dev (the shipped model).")
    var fit = Fit.all
    @Option(help: "Scale of the hand cues against the TF-IDF blocks (0 leaves them out).")
    var cueScale = 0.3
    @Option(name: .customLong("c"), help: "Inverse regularisation strength.")
    var inverseRegularization = 1.0
    @Option(help: "Probability from which a sentence is check-worthy.")
    var threshold = 0.4
    @Option(help: "Where to write the model (nothing is written with --fit train unless given).")
    var output: String?

    func run() async throws {
        let folder = URL(fileURLWithPath: directory)
        let train = try CheckWorthinessData.readTSV(folder.appendingPathComponent("CT24_checkworthy_english_train.tsv").path)
        let dev = try CheckWorthinessData.readTSV(folder.appendingPathComponent("CT24_checkworthy_english_dev.tsv").path)
        var trainer = ClaimModelTrainer()
        trainer.cueScale = cueScale
        trainer.inverseRegularization = inverseRegularization
        let (earlier, latest) = train.split(latestShare: 0.1)
        let (data, heldOut): (CheckWorthinessData, (name: String, data: CheckWorthinessData)?) = switch fit {
        case .train: (train, ("dev", dev))
        case .earlier: (earlier + dev, ("the latest tenth of train", latest))
        case .all: (train + dev, nil)
        }
        let started = Date()
        var model = try await trainer.train(sentences: data.sentences, labels: data.labels)
        model.threshold = threshold
        var report = "trained on \(data.sentences.count) sentences in \(String(format: "%.1f", Date().timeIntervalSince(started))) s"
        if let heldOut {
            let best = try await heldOut.data.bestThreshold(for: model)
            report += String(format: "; F1 on %@ %.3f at threshold %.2f (best threshold %.2f: F1 %.3f)", heldOut.name,
                             try await heldOut.data.f1(model), threshold, best.threshold, best.f1)
        }
        let destination = output ?? (fit == .all ? "Sources/TandemKit/Resources/claim-model.tsv" : nil)
        if let destination {
            try model.serialized.write(toFile: destination, atomically: true, encoding: .utf8)
            report += "; wrote \(destination)"
        }
        print(report)
    }
}
