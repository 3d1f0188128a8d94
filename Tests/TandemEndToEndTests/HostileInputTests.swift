import Foundation
import Testing
import TestSupport

/// Inputs a web-scraped folder holds: each gets a clear message or a sensible
/// rendering, never a crash or a hang.
@Suite struct HostileInputTests {
    @Test func emptyAndBlankFilesAreShownAsUntitledAndNeverRelated() throws {
        let folder = TemporaryFolder()
        let empty = folder.write("empty.txt", ""), blank = folder.write("blank.txt", "  \n\n\t \r\n")
        for path in [empty, blank] {
            let output = try TandemProcess.run(["show", path])
            #expect(output.status == 0)
            #expect(output.stdout.hasPrefix("(untitled)"))
        }
        let clusters = try TandemProcess.run(["clusters", folder.path])
        #expect(clusters.status == 0 && clusters.stdout.contains("no related articles"))
    }

    @Test func aOneMegabyteSingleLineIsHandledInSeconds() throws {
        let folder = TemporaryFolder()
        let words = ["the", "council", "approved", "harbour", "plan", "after", "debate", "mayor", "said", "£40m"]
        let line = (0..<170_000).map { words[($0 * 7 + $0 / 3) % words.count] }.joined(separator: " ")
        let path = folder.write("line.txt", line + ".")
        let start = Date()
        for arguments in [["show", path], ["claims", path, "--json"], ["list", folder.path]] {
            let output = try TandemProcess.run(arguments)
            #expect(output.status == 0, "\(arguments)")
        }
        #expect(Date().timeIntervalSince(start) < 30)
    }

    @Test func deepNestingCodeAndCSVAreRead() throws {
        let folder = TemporaryFolder()
        var deep = "deep"
        for _ in 0..<100 { deep += "/d" }
        _ = folder.makeFolder(deep)
        _ = folder.write(deep + "/bottom.txt", "Bottom of the tree\n\nA sentence that lives a hundred folders down, the gardener said.\n")
        _ = folder.write("data.txt", (0..<500).map { "\($0),\($0 * 3),\($0 % 7)" }.joined(separator: "\n"))
        _ = folder.write("code.md", String(repeating: "def f(x):\n    return x * 2  # double\n\n", count: 100))
        let output = try TandemProcess.run(["list", folder.path, "--json"])
        #expect(output.status == 0)
        let ids = (output.json?["articles"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(ids.contains { $0.hasSuffix("/bottom.txt") } && ids.contains("data.txt") && ids.contains("code.md"))
        let claims = try TandemProcess.run(["claims", folder.path])
        #expect(claims.status == 0)
    }

    @Test func aMixedEncodingFileReadsBothHalves() throws {
        let folder = TemporaryFolder()
        let bytes = Array("Café costs £3\n\nThe first line is UTF-8.\n\n".utf8) + Array("Caf".utf8) + [0xE9] + Array(" co".utf8)
            + [0xFB] + Array("ts ".utf8) + [0xA3] + Array("3 in the second half.\n".utf8)
        let path = folder.write("mixed.txt", bytes: bytes)
        let output = try TandemProcess.run(["show", path, "--json"])
        #expect(output.status == 0)
        #expect(output.json?["encoding"] as? String == "utf-8+windows-1252")
        #expect(output.stdout.contains("Café costs £3") && output.stdout.contains("Café coûts £3"))
    }
}
