import ArgumentParser
import Dispatch
import Foundation
import TandemKit

/// Checks near-duplicate detection against an exact brute-force count over all pairs.
struct NearDuplicatePairs: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "near-duplicates",
        abstract: "Compare the pairs tandem finds (Jaccard ≥ t) with a brute-force count over all pairs."
    )

    @Argument(help: "Folders and files, e.g. ../shared/bench/bbc") var paths: [String]
    @Option(help: "The Jaccard threshold.") var threshold = 0.5
    @Flag(help: "Skip the brute-force reference (for profiling the index).") var indexOnly = false

    func run() async throws {
        let corpus = try await AnalyzedCorpus(corpus: Corpus.load(paths: paths), profiles: .onDemand)
        let shingleStart = DispatchTime.now().uptimeNanoseconds
        _ = try await NearDuplicateSearch.shingleCount(in: corpus)
        print("shingles: \(String(format: "%.1f", Double(DispatchTime.now().uptimeNanoseconds - shingleStart) / 1e6)) ms")
        let start = DispatchTime.now().uptimeNanoseconds
        let found = Set(try await NearDuplicateSearch.pairs(in: corpus, threshold: threshold).map { "\($0.a) \($0.b)" })
        let indexTime = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        guard !indexOnly else {
            print("prefix-filtered index: \(found.count) pairs (\(String(format: "%.1f", indexTime)) ms)")
            return
        }
        let bruteStart = DispatchTime.now().uptimeNanoseconds
        let exact = Set(try await NearDuplicateSearch.bruteForce(in: corpus, threshold: threshold).map { "\($0.a) \($0.b)" })
        let bruteTime = Double(DispatchTime.now().uptimeNanoseconds - bruteStart) / 1e6
        print("articles: \(corpus.articles.count), pairs checked by brute force: \(corpus.articles.count * (corpus.articles.count - 1) / 2)")
        print("brute force: \(exact.count) pairs with Jaccard ≥ \(threshold) (\(String(format: "%.0f", bruteTime)) ms)")
        print("prefix-filtered index: \(found.count) pairs (\(String(format: "%.1f", indexTime)) ms); missed \(exact.subtracting(found).count), extra \(found.subtracting(exact).count)")
    }
}
