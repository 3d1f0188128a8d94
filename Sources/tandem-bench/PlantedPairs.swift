import ArgumentParser
import Dispatch
import Foundation
import TandemKit

/// Runs story clustering on a synthetic corpus and checks it against what was planted.
struct PlantedPairs: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "planted",
        abstract: "Cluster a synthetic corpus (tandem-bench synthesize) and report time, peak memory and planted pairs found."
    )

    @Argument(help: "The folder synthesize wrote.") var folder: String
    @Flag(help: "For each planted rewrite not found, print how the two articles align.") var explain = false

    func run() async throws {
        let start = DispatchTime.now().uptimeNanoseconds
        let corpus = try await AnalyzedCorpus(corpus: Corpus.load(paths: [folder]), profiles: .onDemand)
        let result = try await StoryClusters().find(in: corpus)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        var found: [String: StoryRelation] = [:]
        for pair in result.pairs {
            let a = corpus.articles[pair.a].id, b = corpus.articles[pair.b].id
            found[min(a, b) + " " + max(a, b)] = pair.relation
        }
        guard let truth = try? String(contentsOfFile: folder + "/truth.tsv", encoding: .utf8) else {
            throw ValidationError("\(folder)/truth.tsv: not found")
        }
        var planted: [String: (count: Int, related: Int, asPlanted: Int)] = [:]
        for line in truth.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count == 3 else { continue }
            let key = min(fields[1], fields[2]) + " " + max(fields[1], fields[2])
            var tally = planted[fields[0], default: (0, 0, 0)]
            tally.count += 1
            if let relation = found[key] {
                tally.related += 1
                if relation.rawValue == fields[0] { tally.asPlanted += 1 }
            } else if explain && fields[0] == "rewrite" {
                explainMissed(fields[1], fields[2], in: corpus)
            }
            planted[fields[0]] = tally
        }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        print(String(format: "%d articles: load + index + clusters %.2f s, peak RSS %d MB, %d related pairs in %d stories",
                     corpus.articles.count, seconds, usage.ru_maxrss / 1024, result.pairs.count, result.clusters.count))
        for (kind, tally) in planted.sorted(by: { $0.key < $1.key }) {
            print("  planted \(kind): \(tally.count), found related \(tally.related), as \(kind) \(tally.asPlanted)")
        }
    }

    private func explainMissed(_ source: String, _ derived: String, in corpus: AnalyzedCorpus) {
        guard let a = corpus.index(of: source), let b = corpus.index(of: derived) else { return }
        let alignment = Aligner().align(a, b, in: corpus)
        print(String(format: "  missed %@ → %@: %d and %d sentences, %d links, linked shares %.2f / %.2f",
                     source, derived, corpus.articles[a].sentences.count, corpus.articles[b].sentences.count,
                     alignment.links.count, alignment.linkedShareA, alignment.linkedShareB))
    }
}
