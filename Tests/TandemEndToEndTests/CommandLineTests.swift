import Foundation
import Testing
import TestSupport

/// The scripting contract of ARCHITECTURE.md, checked on the real binary.
@Suite struct CommandLineTests {
    @Test func listPrintsEveryArticleWithTheContractFields() throws {
        let output = try TandemProcess.run(["list", Repository.seeds, "--json"])
        #expect(output.status == 0)
        let articles = try #require(output.json?["articles"] as? [[String: Any]])
        #expect(articles.map { $0["id"] as? String } == [
            "000_40030c20fa9a20db.txt", "001_607985c055054055.txt", "002_ef58a77b730e9e1e.txt",
            "003_cfc85970859a9fa9.txt", "004_0f2f9008b1b897e1.txt",
        ])
        for article in articles {
            for key in ["id", "path", "title", "byline", "words"] { #expect(article.keys.contains(key), "\(key)") }
            #expect((article["words"] as? Int ?? 0) > 200)
        }
        #expect(articles[3]["title"] as? String == "Will China arm Russia?")
        #expect(articles[1]["byline"] is NSNull)
    }

    @Test func showPrintsParagraphsWithByteRangesIntoTheFile() throws {
        let path = Repository.seed("003")
        let output = try TandemProcess.run(["show", path, "--json"])
        #expect(output.status == 0)
        let json = try #require(output.json)
        #expect(json["id"] as? String == "003_cfc85970859a9fa9.txt")
        let paragraphs = try #require(json["paragraphs"] as? [[String: Any]])
        let bytes = Array(FileManager.default.contents(atPath: path)!)
        for paragraph in paragraphs {
            let start = paragraph["start"] as! Int, end = paragraph["end"] as! Int
            #expect(["heading", "paragraph"].contains(paragraph["kind"] as? String))
            let text = paragraph["text"] as! String
            let source = String(decoding: bytes[start..<end], as: UTF8.self)
            #expect(source.hasPrefix(String(text.prefix(4))))
        }
        let stitched = paragraphs.filter { $0["ranges"] != nil }
        #expect(stitched.count == 4)
        let removed = try #require(json["removed"] as? [[String: Any]])
        #expect(removed.allSatisfy { ($0["reason"] as? String) != nil && $0["start"] is Int && $0["end"] is Int })
        #expect(removed.filter { $0["reason"] as? String == "running-header" }.count == 6)
    }

    @Test func aMissingFileIsAOneLineErrorNamingIt() throws {
        let output = try TandemProcess.run(["show", "/no/such/article.txt"])
        #expect(output.status == 1)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr == "tandem: error: /no/such/article.txt: no such file or directory\n")
    }

    @Test func badFilesInAFolderAreSkippedWithAWarning() throws {
        let folder = TemporaryFolder()
        folder.write("good.txt", "A headline\n\nA body paragraph with enough words to count as prose here.\n")
        folder.write("bad.txt", bytes: [0x00, 0x01, 0x02])
        let output = try TandemProcess.run(["list", folder.path, "--json"])
        #expect(output.status == 0)
        #expect(output.stderr == "tandem: warning: skipped \(folder.path)/bad.txt: binary file (contains NUL bytes)\n")
        #expect((output.json?["articles"] as? [Any])?.count == 1)
        let show = try TandemProcess.run(["show", folder.path + "/bad.txt"])
        #expect(show.status == 1)
        #expect(show.stderr.contains("bad.txt: binary file"))
    }

    @Test func theSizeLimitCanBeRaised() throws {
        let folder = TemporaryFolder()
        let path = folder.write("long.txt", "Title line\n\n" + String(repeating: "A sentence of body text. ", count: 50_000))
        let refused = try TandemProcess.run(["show", path, "--max-size", "1"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("over the 1 MB limit"))
        #expect(try TandemProcess.run(["show", path, "--max-size", "2"]).status == 0)
    }

    @Test func listWithoutAPathUsesTheBundledSeedsFromAnyDirectory() throws {
        let output = try TandemProcess.run(["list"], in: "/")
        #expect(output.status == 0)
        #expect(output.stdout.split(separator: "\n").count == 5)
        #expect(output.stdout.contains("Will China come to Putin’s rescue?"))
    }

    @Test func wrongUsageExitsWith64() throws {
        #expect(try TandemProcess.run(["show"]).status == 64)
        #expect(try TandemProcess.run(["list", "--max-size", "-3"]).status == 64)
    }

    /// `pdftotext report.pdf - | tandem show -`: a pipe named as the file is read to its end.
    @Test(arguments: ["/dev/stdin", "-"])
    func showReadsAPipeNamedAsTheFile(path: String) throws {
        let text = "Report from a pipe\n\nThe council approved the plan on 4 February 2022, its spokesman said.\n"
        let output = try TandemProcess.run(["show", path, "--json"], input: text)
        #expect(output.status == 0, "\(output.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(json["title"] as? String == "Report from a pipe")
        let paragraphs = try #require(json["paragraphs"] as? [[String: Any]])
        #expect(paragraphs.first?["text"] as? String == "The council approved the plan on 4 February 2022, its spokesman said.")
        #expect(paragraphs.first?["start"] as? Int == 20)
    }
}
