import Foundation
import Testing
import TestSupport
@testable import TandemKit

@Suite struct AlignerTests {
    private let original = """
        Harbour wall plan approved after long dispute

        The city council has approved a plan to rebuild the harbour wall, ending a dispute with fishermen that began in 2014.

        Councillors voted 31 to 9 in favour of the scheme, which will cost £40m and be paid for by a government grant.

        The harbour master said the old wall had been breached twice during winter storms and posed a danger to boats.

        Work on the foundations will start in the spring, and the whole project is expected to take three years.

        Local traders welcomed the decision but warned that parking near the quay would be lost while the work goes on.
        """

    /// A rewrite that condenses, merges two sentences, reorders, and adds a passage of its own.
    private let rewrite = """
        Council backs harbour rebuild

        Local traders welcomed the council's decision, though they warned that quay parking would be lost during the works.

        Ending a dispute with fishermen that dates from 2014, the city council approved rebuilding the harbour wall, voting 31 to 9 for the £40m scheme funded by a government grant.

        A spokesman for the regional tourist board said visitor numbers had risen every year since 2019.

        The project should take three years, with foundation work starting in the spring.
        """

    private func align() async throws -> (Alignment, AnalyzedCorpus, TemporaryFolder) {
        let folder = TemporaryFolder()
        let corpus = try await Corpus.load(paths: [folder.write("a.txt", original), folder.write("b.txt", rewrite)])
        let analyzed = try await AnalyzedCorpus(corpus: corpus)
        return (Aligner().align(0, 1, in: analyzed), analyzed, folder)
    }

    @Test func restatementsAreFoundInAndOutOfOrderWithMergesAndNoFalseLinks() async throws {
        let (alignment, corpus, _) = try await align()
        let a = corpus.articles[0], b = corpus.articles[1]
        let pairs = alignment.links.map { link in
            (link.a.map { a.text(of: a.sentences[$0]).prefix(12) }, link.b.map { b.text(of: b.sentences[$0]).prefix(12) })
        }
        // Sentences of A (by opening words) and the sentences of B they must link to.
        let expected: [(String, String)] = [
            ("The city cou", "Ending a dis"), ("Councillors ", "Ending a dis"),
            ("Work on the ", "The project "), ("Local trader", "Local trader"),
        ]
        for (fromA, toB) in expected {
            #expect(pairs.contains { $0.0.contains(Substring(fromA)) && $0.1.contains(Substring(toB)) }, "\(fromA) → \(toB)")
        }
        // The harbour master and the tourist board have no counterpart.
        #expect(!pairs.contains { $0.0.contains("The harbour ") })
        #expect(!pairs.contains { $0.1.contains("A spokesman ") })
        // Two sentences of A merged into one of B make one link, not two.
        #expect(alignment.links.contains { $0.a.count == 2 })
    }

    @Test func linkRangesPointIntoBothFiles() async throws {
        let (alignment, _, folder) = try await align()
        let bytesA = Array(FileManager.default.contents(atPath: folder.path + "/a.txt")!)
        let bytesB = Array(FileManager.default.contents(atPath: folder.path + "/b.txt")!)
        for link in alignment.links {
            let textA = String(decoding: bytesA[link.rangeA.start..<link.rangeA.end], as: UTF8.self)
            let textB = String(decoding: bytesB[link.rangeB.start..<link.rangeB.end], as: UTF8.self)
            #expect(textA.first?.isUppercase == true && textA.hasSuffix("."))
            #expect(textB.first?.isUppercase == true && textB.hasSuffix("."))
            #expect(link.diff.sharedA.count > 0 && link.diff.sharedB.count > 0)
        }
    }

    @Test func coverageIsAShareAndAFullCopyIsVerbatim() async throws {
        let (alignment, _, _) = try await align()
        #expect(alignment.linkedShareA > 0.5 && alignment.linkedShareA < 1)
        #expect(alignment.coverageA <= alignment.linkedShareA)
        let folder = TemporaryFolder()
        let copy = try await AnalyzedCorpus(corpus: Corpus.load(paths: [folder.write("a.txt", original), folder.write("b.txt", original)]))
        let same = Aligner().align(0, 1, in: copy)
        #expect(same.links.allSatisfy { $0.kind == .verbatim })
        #expect(same.coverageA > 0.99 && same.coverageB > 0.99)
    }

    @Test func unrelatedArticlesHaveNoLinks() async throws {
        let folder = TemporaryFolder()
        let other = "Rain floods northern towns\n\nHeavy rain caused flooding across the north of England overnight.\n\nForecasters said more rain was expected on Thursday, with warnings in place."
        let corpus = try await AnalyzedCorpus(corpus: Corpus.load(paths: [folder.write("a.txt", original), folder.write("b.txt", other)]))
        #expect(Aligner().align(0, 1, in: corpus).links.isEmpty)
    }

    @Test func japaneseRewordingsLineUpAndChineseOnAnotherStoryDoesNot() async throws {
        let report = """
            日本銀行が追加利上げを決定

            日本銀行は31日の金融政策決定会合で、政策金利を0.25%から0.5%に引き上げることを決めた。利上げは今年3月以来で、約17年ぶりの水準となる。植田和男総裁は記者会見で「物価目標の実現が見通せる状況になった」と述べた。

            市場では円相場が一時1ドル＝150円台まで上昇した。一方、住宅ローンの金利上昇を懸念する声もある。
            """
        let rewrite = """
            日銀、政策金利を0.5%に引き上げ

            植田和男総裁は記者会見で「物価目標の実現が見通せる状況になった」と語った。日本銀行は31日、金融政策決定会合で政策金利を0.25%から0.5%に引き上げることを決定した。

            外国為替市場では円相場が一時1ドル＝150円台まで上昇した。利上げは今年3月以来で、約17年ぶりの高水準となる。専門家の間では、年内の追加利上げを予想する見方が広がっている。
            """
        let other = "北京举办国际马拉松比赛\n\n北京国际马拉松比赛于周日举行，共有三万名选手参加。男子组冠军由肯尼亚选手获得，成绩为2小时7分。"
        let folder = TemporaryFolder()
        let corpus = try await AnalyzedCorpus(corpus: Corpus.load(paths: [
            folder.write("a.txt", report), folder.write("b.txt", rewrite), folder.write("c.txt", other)]))
        let (a, b) = (corpus.articles[0], corpus.articles[1])
        #expect(a.sentences.count == 5 && b.sentences.count == 5)  // the sentences of the bodies, each ending at 。
        let alignment = Aligner().align(0, 1, in: corpus)
        let pairs = alignment.links.map { link in
            (String(a.text(of: a.sentences[link.a.lowerBound]).prefix(4)), String(b.text(of: b.sentences[link.b.lowerBound]).prefix(4)))
        }
        for (first, second) in [("日本銀行", "日本銀行"), ("利上げは", "利上げは"), ("植田和男", "植田和男"), ("市場では", "外国為替")] {
            #expect(pairs.contains { $0 == (first, second) }, "\(first) ~ \(second) in \(pairs)")
        }
        // The last sentences share characters (金利上昇, 追加利上げ) but no words.
        #expect(alignment.links.count == 4 && alignment.linkedShareA > 0.7)
        #expect(Aligner().align(0, 2, in: corpus).links.isEmpty && Aligner().align(1, 2, in: corpus).links.isEmpty)
    }
}

/// 000 is a condensed paraphrase of 001: each of its body sentences restates one
/// to three sentences of 001 (read and listed by hand below, by sentence index as
/// `tandem show --sentences` numbers them); half of 001 has no counterpart.
@Suite struct SeedAlignmentTests {
    private let gold: [Int: Set<Int>] = [
        0: [0, 1], 1: [1], 2: [2], 3: [2, 3], 4: [4, 5, 6], 5: [6, 7], 6: [9, 10], 7: [11, 12], 8: [14, 15],
        9: [16, 18], 10: [19, 20], 11: [24], 12: [44, 33, 34], 13: [45, 46, 47], 14: [48, 49],
    ]

    @Test func restatementsOf001AreFoundWithAlmostNoFalseLinks() async throws {
        let corpus = try await AnalyzedCorpus(corpus: Corpus.load(paths: [Repository.seed("000"), Repository.seed("001")]))
        #expect(corpus.articles[0].sentences.count == 15 && corpus.articles[1].sentences.count == 50)
        let alignment = Aligner().align(0, 1, in: corpus)
        var found = Set<Int>(), pairs = 0, correct = 0
        for link in alignment.links {
            for i in link.a {
                for j in link.b {
                    pairs += 1
                    if gold[i]?.contains(j) == true { correct += 1 }
                }
                if link.b.contains(where: { gold[i]?.contains($0) == true }) { found.insert(i) }
            }
        }
        // A sentence-embedding aligner finds about half; text-matcher under a tenth.
        #expect(found.count >= 13, "found \(found.count) of 15")
        #expect(Double(correct) / Double(pairs) >= 0.95, "\(correct) of \(pairs) linked pairs correct")
    }
}
