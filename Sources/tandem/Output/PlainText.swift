import Foundation
import TandemKit
import TandemUI

/// The readable default output of the subcommands.
///
/// Every line goes through `print(_:)` below, which shows control characters,
/// escape sequences and bidi overrides of the articles as visible placeholders
/// (`␛`), as the reader does: a saved web page must not drive the terminal.
enum PlainText {
    /// Prints one line made safe for a terminal.
    static func print(_ line: String) {
        Swift.print(DisplayText.sanitize(line))
    }

    /// The width of the id column: the longest id, at most 48.
    static func listIDWidth(_ corpus: Corpus) -> Int {
        min(48, corpus.articles.map(\.id.count).max() ?? 2)
    }

    static func printList(_ corpus: Corpus, _ cleaned: [CleanArticle], idWidth: Int) {
        for (article, clean) in zip(corpus.articles, cleaned) {
            let id = article.id.padding(toLength: idWidth)
            let words = String(clean.wordCount).leftPadded(to: 6)
            let byline = clean.byline.map { " — \($0)" } ?? ""
            print("\(id)  \(words)  \(clean.title)\(byline)")
        }
    }

    static func printAlignment(_ alignment: Alignment, in corpus: AnalyzedCorpus) {
        let a = corpus.articles[alignment.a], b = corpus.articles[alignment.b]
        print("A  \(a.id)  \(a.clean.title)")
        print("B  \(b.id)  \(b.clean.title)")
        print("linked: \(percent(alignment.linkedShareA)) of A, \(percent(alignment.linkedShareB)) of B; "
            + "wording reused: \(percent(alignment.coverageA)) of A, \(percent(alignment.coverageB)) of B; "
            + "\(alignment.links.count) links")
        for (number, link) in alignment.links.enumerated() {
            print("")
            print("\(number + 1). \(link.kind.rawValue) \(String(format: "%.2f", link.score))   A \(link.rangeA.start)-\(link.rangeA.end)   B \(link.rangeB.start)-\(link.rangeB.end)")
            print("   A: " + link.a.map { a.text(of: a.sentences[$0]) }.joined(separator: " "))
            print("   B: " + link.b.map { b.text(of: b.sentences[$0]) }.joined(separator: " "))
        }
    }

    static func printClusters(_ result: StoryClusters.Result, ids: [String], titles: [String]) {
        if result.clusters.isEmpty { print("no related articles") }
        for (number, cluster) in result.clusters.enumerated() {
            if number > 0 { print("") }
            print("story \(number + 1): \(cluster.articles.count) articles")
            for article in cluster.articles {
                print("  \(ids[article])  \(titles[article])")
            }
            for pair in cluster.pairs {
                let a = ids[pair.a], b = ids[pair.b]
                print("    \(pair.relation.rawValue.padding(toLength: 9)) \(percent(pair.similarity).leftPadded(to: 4))  \(a) ~ \(b)")
            }
        }
    }

    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

    static func printSentences(_ article: SegmentedArticle) {
        for (index, sentence) in article.sentences.enumerated() {
            let marker = sentence.isHeading ? "#" : " "
            print("\(String(index).leftPadded(to: 4))\(marker) \(sentence.range.start)-\(sentence.range.end)  \(article.text(of: sentence))")
        }
    }

    static func printArticle(_ clean: CleanArticle, withRemoved: Bool) {
        print(clean.title)
        print(String(repeating: "=", count: min(78, max(3, clean.title.count))))
        if let byline = clean.byline { print("by \(byline)") }
        for paragraph in clean.paragraphs {
            print("")
            print(paragraph.kind == .heading ? "## \(paragraph.text)" : paragraph.text)
        }
        guard withRemoved, !clean.removed.isEmpty else { return }
        print("")
        print("-- removed --")
        for passage in clean.removed {
            print("[\(passage.reason.rawValue)] \(passage.range.start)-\(passage.range.end)  \(passage.text)")
        }
    }
}

extension String {
    func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }

    func leftPadded(to length: Int) -> String {
        count >= length ? self : String(repeating: " ", count: length - count) + self
    }
}
