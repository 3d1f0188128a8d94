import Foundation
import Testing
import TestSupport

/// `align`, `clusters` and `similarity` on the real binary, against the JSON contract.
@Suite struct AnalysisCommandTests {
    @Test func alignPrintsLinksWithByteRangesIntoBothFiles() throws {
        let a = Repository.seed("000"), b = Repository.seed("001")
        let output = try TandemProcess.run(["align", a, b, "--json"])
        #expect(output.status == 0)
        let json = try #require(output.json)
        #expect((json["a"] as? [String: Any])?["id"] as? String == "000_40030c20fa9a20db.txt")
        #expect((json["b"] as? [String: Any])?["id"] as? String == "001_607985c055054055.txt")
        let coverage = try #require(json["coverage"] as? [String: Double])
        #expect((0...1).contains(coverage["a"]!) && (0...1).contains(coverage["b"]!))
        let links = try #require(json["links"] as? [[String: Any]])
        #expect(links.count >= 12)
        let bytesA = Array(FileManager.default.contents(atPath: a)!), bytesB = Array(FileManager.default.contents(atPath: b)!)
        for link in links {
            let ra = link["a"] as! [String: Int], rb = link["b"] as! [String: Int]
            #expect(ra["start"]! < ra["end"]! && ra["end"]! <= bytesA.count)
            #expect(rb["start"]! < rb["end"]! && rb["end"]! <= bytesB.count)
            #expect(["verbatim", "near-verbatim", "paraphrase"].contains(link["kind"] as? String))
            #expect((0...1).contains(link["score"] as! Double))
        }
    }

    /// The plain summary gives both measures, each the same as in the JSON.
    @Test func alignSaysHowMuchIsLinkedAndHowMuchWordingIsReused() throws {
        let a = Repository.seed("000"), b = Repository.seed("001")
        let json = try #require(try TandemProcess.run(["align", a, b, "--json", "--no-state"]).json)
        let linked = try #require(json["linked"] as? [String: Double]), coverage = try #require(json["coverage"] as? [String: Double])
        let percent = { (share: Double?) in "\(Int((share! * 100).rounded()))%" }
        let summary = try TandemProcess.run(["align", a, b, "--no-state"]).stdout.split(separator: "\n")[2]
        #expect(summary.hasPrefix("linked: \(percent(linked["a"])) of A, \(percent(linked["b"])) of B; "
            + "wording reused: \(percent(coverage["a"])) of A, \(percent(coverage["b"])) of B; "), "\(summary)")
    }

    @Test func clustersGroupTheSeedsIntoStories() throws {
        let output = try TandemProcess.run(["clusters", Repository.seeds, "--json"])
        #expect(output.status == 0)
        let clusters = try #require(output.json?["clusters"] as? [[String: Any]])
        let pairs = clusters.flatMap { $0["pairs"] as! [[String: Any]] }
        func relation(_ a: String, _ b: String) -> String? {
            pairs.first { ($0["a"] as! String).hasPrefix(a) && ($0["b"] as! String).hasPrefix(b) }?["relation"] as? String
        }
        #expect(relation("000", "001") == "rewrite")
        #expect(relation("002", "003") == "overlap")
        for pair in pairs { #expect((0...1).contains(pair["similarity"] as! Double)) }
    }

    @Test func similarityScoresPairsFromStandardInput() throws {
        let input = "The council approved the budget on Monday.\tOn Monday the council approved the budget.\nThe council approved the budget on Monday.\tHeavy rain flooded the north of England.\n"
        let folder = TemporaryFolder()
        let path = folder.write("pairs.tsv", input)
        let output = try TandemProcess.run(["-c", "\(TandemProcess.binaryPath!) similarity < \(path)"], shell: true)
        #expect(output.status == 0)
        let lines = output.stdout.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(lines.count == 2)
        #expect(lines[0]["paraphrase"] as? Bool == true && lines[1]["paraphrase"] as? Bool == false)
        #expect((lines[0]["score"] as! Double) > (lines[1]["score"] as! Double))
    }

    @Test func aLineWithoutATabIsAnErrorNamingTheLine() throws {
        let folder = TemporaryFolder()
        let path = folder.write("bad.tsv", "one\ttwo\nno tab here\n")
        let output = try TandemProcess.run(["-c", "\(TandemProcess.binaryPath!) similarity < \(path)"], shell: true)
        #expect(output.status == 1)
        #expect(output.stderr == "tandem: error: stdin line 2: expected two sentences separated by a tab\n")
    }
}
