import Foundation
import ArgumentParser
import Dispatch
import TandemKit

/// Times each stage of the library in-process, so process start-up and output
/// do not count: loading, cleaning, segmenting and indexing, pair alignment.
struct Throughput: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "throughput",
        abstract: "Time the library's stages on a corpus, and the alignment of two of its articles."
    )

    @Argument(help: "Folders and files.") var paths: [String]
    @Option(help: "Align these two articles (ids) repeatedly.") var pair: [String] = []
    @Option(help: "Repetitions for the pair alignment.") var repeats = 200
    @Flag(help: "Stop after clustering (large corpora).") var clustersOnly = false

    func run() async throws {
        let (corpus, loadTime) = try await measure { try await Corpus.load(paths: paths) }
        let bytes = corpus.articles.reduce(0) { $0 + $1.byteCount }
        report("load", loadTime, "\(corpus.articles.count) files, \(bytes / 1000) KB")
        let (cleaned, cleanTime) = try await measure { try await Cleaner().clean(corpus) }
        report("clean", cleanTime, rate(bytes, cleanTime))
        let (segmented, segmentTime) = await measure { cleaned.map(Segmenter.segment) }
        report("segment (one core)", segmentTime, "")
        let (analyzed, analyzeTime) = try await measure { try await AnalyzedCorpus(articles: segmented, profiles: clustersOnly ? .onDemand : .kept) }
        let sentences = analyzed.articles.reduce(0) { $0 + $1.sentences.count }
        report("index", analyzeTime, "\(sentences) sentences, " + rate(bytes, analyzeTime))
        let (clusters, clusterTime) = try await measure { try await StoryClusters().find(in: analyzed) }
        report("clusters", clusterTime, "\(clusters.pairs.count) related pairs in \(clusters.clusters.count) stories")
        let d = clusters.diagnostics
        for stage in d.stages { report("  " + stage.name, stage.milliseconds, "") }
        print("  candidates: \(d.nearDuplicatePairs) near-duplicate, \(d.topicalPairs) topical; \(d.alignedPairs) aligned")
        guard !clustersOnly else { return }
        let (model, modelTime) = await measure { ClaimModel.bundled }
        report("claim model load", modelTime, "")
        let finder = ClaimFinder(model: model)
        let (scores, scoreTime) = try await measure { try await finder.score(analyzed) }
        report("claim scores", scoreTime, "\(sentences) sentences")
        let (claims, claimTime) = try await measure { try await finder.claims(in: analyzed, scores: scores) }
        let all = claims.joined()
        report("claims + corroboration", claimTime,
               "\(all.count) claims at all levels, \(all.filter { !$0.corroborations.isEmpty }.count) corroborated")
        guard pair.count == 2 else { return }
        guard let a = analyzed.index(of: pair[0]), let b = analyzed.index(of: pair[1]) else {
            throw ValidationError("no article with id \(pair[0]) or \(pair[1])")
        }
        let aligner = Aligner()
        var links = 0
        let (_, alignTime) = await measure { for _ in 0..<repeats { links = aligner.align(a, b, in: analyzed).links.count } }
        report("align \(pair[0]) × \(pair[1])", alignTime / Double(repeats), "\(links) links, mean of \(repeats)")
    }

    private func measure<T>(_ work: () async throws -> T) async rethrows -> (T, Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try await work()
        return (result, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }

    private func report(_ stage: String, _ milliseconds: Double, _ detail: String) {
        let resident = String(format: "%6d MB", Self.residentMegabytes())
        print("\(stage.padding(toLength: 40, withPad: " ", startingAt: 0)) \(String(format: "%9.2f", milliseconds)) ms \(resident)   \(detail)")
    }

    private func rate(_ bytes: Int, _ milliseconds: Double) -> String {
        String(format: "%.1f MB/s", Double(bytes) / 1e6 / (milliseconds / 1000))
    }

    /// The process's resident memory now (Linux), to see what each stage keeps.
    static func residentMegabytes() -> Int {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
              let pages = statm.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }
}
