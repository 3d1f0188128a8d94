import Foundation
import Testing
import TestSupport

/// `tandem claims` on the real binary, against the JSON contract.
@Suite struct ClaimsCommandTests {
    @Test func claimsOfTheSeedsWithByteRangesAndSymmetricCorroborations() throws {
        let output = try TandemProcess.run(["claims", Repository.seeds, "--json"])
        #expect(output.status == 0)
        let claims = try #require(output.json?["claims"] as? [[String: Any]])
        #expect(claims.count > 20)
        var links = Set<String>()
        for claim in claims {
            for key in ["article", "start", "end", "text", "score", "claimant", "corroborations", "conflicts"] {
                #expect(claim.keys.contains(key), "\(key)")
            }
            let article = claim["article"] as! String
            let bytes = Array(FileManager.default.contents(atPath: Repository.seeds + "/" + article)!)
            let start = claim["start"] as! Int, end = claim["end"] as! Int
            let source = String(decoding: bytes[start..<end], as: UTF8.self)
            #expect(source.hasPrefix(String((claim["text"] as! String).prefix(3))), "\(source)")
            for evidence in claim["corroborations"] as! [[String: Any]] {
                links.insert("\(article):\(start) \(evidence["article"] as! String):\(evidence["start"] as! Int)")
            }
        }
        // Every corroboration is listed from both sides.
        for link in links {
            let sides = link.split(separator: " ")
            #expect(links.contains("\(sides[1]) \(sides[0])"), "\(link)")
        }
        // The seeds' shared facts link the rewrite pair and the overlapping articles.
        let pairs = Set(links.map { link in link.split(separator: " ").map { $0.prefix(3) }.sorted().joined(separator: "-") })
        #expect(pairs.contains("000-001") && pairs.contains("002-003"))
    }

    @Test func linesScoresSentencesFromStandardInput() throws {
        let input = "Unemployment fell to 3.5 percent in 2019, the lowest in fifty years.\nThank you all so much.\n"
        let output = try TandemProcess.run(["claims", "--lines"], input: input)
        #expect(output.status == 0)
        let lines = output.stdout.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(lines.count == 2)
        #expect(lines[0]["claim"] as? Bool == true && lines[1]["claim"] as? Bool == false)
        #expect((lines[0]["score"] as! Double) > (lines[1]["score"] as! Double))
        #expect(lines[1]["text"] as? String == "Thank you all so much.")
    }

    /// Paths would be ignored, so they are refused rather than read as if they mattered.
    @Test func linesRefusesPaths() throws {
        let output = try TandemProcess.run(["claims", "seeds", "--lines"], input: "A sentence.\n")
        #expect(output.status == 64)
        #expect(output.stderr.contains("--lines scores sentences read from standard input; it takes no paths"))
        #expect(output.stdout.isEmpty)
    }
}
