import Foundation
import Testing
import TestSupport

/// Long subcommands report progress only on a terminal.
@Suite struct ProgressLineTests {
    @Test func noProgressWhenStderrIsNotATerminal() throws {
        let output = try TandemProcess.run(["clusters", Repository.seeds])
        #expect(output.status == 0)
        #expect(!output.stderr.contains("\r") && !output.stderr.contains("near-duplicates")
                && !output.stderr.contains("aligning"))
    }

    @Test func progressIsDrawnAndClearedOnATerminal() throws {
        let session = try TmuxSession(width: 100, height: 10)
        session.wait { $0.hasPrefix("$") }
        let binary = try #require(TandemProcess.binaryPath)
        // stdout to a file, stderr on the terminal: the line must be gone at the end.
        session.send("\(binary) clusters \(Repository.seeds) > /dev/null; echo DONE=$?", literal: true)
        session.send("Enter")
        let screen = session.wait { $0.split(separator: "\n").contains { $0.hasPrefix("DONE=") } }
        #expect(screen.contains("DONE=0"))
        let lines = screen.split(separator: "\n")
        let stages = ["near-duplicates", "one topic", "aligning", "indexing"]
        #expect(!lines.contains { line in stages.contains { line.contains($0) } }, "\(screen)")
    }
}
