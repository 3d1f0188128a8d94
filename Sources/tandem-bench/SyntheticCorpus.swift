import ArgumentParser
import Foundation
import TandemKit

/// Writes a synthetic corpus of N articles built from the sentences of real
/// ones, with planted rewrites (sentences kept, dropped, reordered, lightly
/// edited, some added) and overlaps (a few sentences shared), and the list of
/// what was planted, for scale runs (`tandem-bench planted` checks it).
struct SyntheticCorpus: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synthesize",
        abstract: "Write N synthetic articles with planted rewrites and overlaps, and truth.tsv."
    )

    @Argument(help: "How many articles.") var count: Int
    @Argument(help: "The folder to write (files in subfolders of 1,000).") var output: String
    @Option(help: "Where the sentences come from (folders and files).") var from: [String] = ["seeds"]
    @Option(help: "Share of articles that rewrite an earlier one.") var rewrites = 0.1
    @Option(help: "Share of articles that share a few sentences with an earlier one.") var overlaps = 0.05
    @Option(help: "Random seed (the same seed writes the same corpus).") var seed: UInt64 = 1

    func run() async throws {
        let pool = try await Self.sentences(from: from)
        guard pool.count >= 50 else { throw ValidationError("need at least 50 sentences in --from, found \(pool.count)") }
        var random = SplitMix64(seed: seed)
        var bodies: [[String]] = []
        var truth = ["kind\tsource\tderived"]
        for index in 0..<count {
            var body: [String]
            let roll = Double(random.next() % 10_000) / 10_000
            if index > 0, roll < rewrites {
                let source = Int(random.next() % UInt64(index))
                body = Self.rewrite(bodies[source], pool: pool, random: &random)
                truth.append("rewrite\t\(Self.name(source))\t\(Self.name(index))")
            } else if index > 0, roll < rewrites + overlaps {
                let source = Int(random.next() % UInt64(index))
                body = Self.fresh(pool: pool, random: &random)
                let shared = bodies[source].shuffled(using: &random).prefix(3)
                body.insert(contentsOf: shared, at: Int(random.next() % UInt64(body.count)))
                truth.append("overlap\t\(Self.name(source))\t\(Self.name(index))")
            } else {
                body = Self.fresh(pool: pool, random: &random)
            }
            bodies.append(body)
            try write(index: index, body: body, pool: pool, random: &random)
        }
        try (truth.joined(separator: "\n") + "\n").write(toFile: output + "/truth.tsv", atomically: true, encoding: .utf8)
        print("wrote \(count) articles to \(output) (\(truth.count - 1) planted) from \(pool.count) sentences")
    }

    static func name(_ index: Int) -> String { String(format: "%03d/%06d.txt", index / 1000, index) }

    private func write(index: Int, body: [String], pool: [String], random: inout SplitMix64) throws {
        let path = output + "/" + Self.name(index)
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        let title = pool[Int(random.next() % UInt64(pool.count))].split(separator: " ").prefix(8).joined(separator: " ")
        var paragraphs: [String] = []
        var start = 0
        while start < body.count {
            let length = 1 + Int(random.next() % 3)
            paragraphs.append(body[start..<min(body.count, start + length)].joined(separator: " "))
            start += length
        }
        try ([title] + paragraphs).joined(separator: "\n\n").appending("\n").write(toFile: path, atomically: false, encoding: .utf8)
    }

    private static func fresh(pool: [String], random: inout SplitMix64) -> [String] {
        (0..<(8 + Int(random.next() % 13))).map { _ in pool[Int(random.next() % UInt64(pool.count))] }
    }

    /// Keeps 60–90 % of the sentences, swaps a few neighbours, drops a word here
    /// and there, and adds one or two sentences of its own.
    private static func rewrite(_ source: [String], pool: [String], random: inout SplitMix64) -> [String] {
        // Exactly that share, in order: drawn sentence by sentence, a short source
        // could keep one sentence of six, which is no rewrite.
        let keep = 0.6 + Double(random.next() % 300) / 1000
        let kept = Set(Array(source.indices).shuffled(using: &random)
            .prefix(max(1, Int((keep * Double(source.count)).rounded()))))
        var body = source.indices.filter(kept.contains).map { source[$0] }
        for i in stride(from: 1, to: body.count, by: 4) where random.next() % 2 == 0 { body.swapAt(i - 1, i) }
        body = body.map { sentence in
            var words = sentence.split(separator: " ").map(String.init)
            if words.count > 8, random.next() % 2 == 0 { words.remove(at: 1 + Int(random.next() % UInt64(words.count - 2))) }
            return words.joined(separator: " ")
        }
        for _ in 0..<(1 + Int(random.next() % 2)) {
            body.insert(pool[Int(random.next() % UInt64(pool.count))], at: Int(random.next() % UInt64(body.count + 1)))
        }
        return body
    }

    private static func sentences(from paths: [String]) async throws -> [String] {
        let analyzed = try await AnalyzedCorpus(corpus: Corpus.load(paths: paths), profiles: .onDemand)
        return analyzed.articles.flatMap { article in
            article.sentences.filter { !$0.isHeading }.map { article.text(of: $0) }
                .filter { $0.split(separator: " ").count >= 6 }
        }
    }
}

/// A small, fast, seedable generator (Steele, Lea and Flood's SplitMix64).
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
