import Foundation
import Testing
import TestSupport

/// The reader started where it cannot run: a clear line and a non-zero exit,
/// and a terminal left as it was.
@Suite struct TerminalEdgeCaseTests {
    @Test func withoutATerminalTheReaderPointsToTheSubcommands() throws {
        let output = try TandemProcess.run([Repository.seeds, "--no-state"], input: "")
        #expect(output.status == 1)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr == "tandem: error: the reader needs a terminal; for scripts use tandem list, show, align, clusters or claims (with --json)\n")
    }

    @Test(arguments: [("env -u TERM", "TERM is not set; set it to your terminal's type (e.g. TERM=xterm-256color)"),
                      ("env TERM=no-such-terminal", "unknown terminal type 'no-such-terminal' (no terminfo entry); try TERM=xterm-256color")])
    func aMissingOrUnknownTermIsOneLineAndExitOne(prefix: String, message: String) throws {
        let session = try TmuxSession(width: 120, height: 32)
        session.wait { $0.hasPrefix("$") }
        let binary = try #require(TandemProcess.binaryPath)
        session.send("\(prefix) \(binary) \(Repository.seeds) --no-state; echo EXIT=$?", literal: true)
        session.send("Enter")
        #expect(session.waitForExitStatus() == "1")
        let screen = session.capture()
        #expect(screen.contains("tandem: error: \(message)"), "\(screen)")
    }

    /// As with `less`: the article comes down a pipe, the keys from the terminal.
    @Test func anArticlePipedInIsReadAndKeysComeFromTheTerminal() throws {
        let session = try TmuxSession(width: 120, height: 32)
        session.wait { $0.hasPrefix("$") }
        let binary = try #require(TandemProcess.binaryPath)
        session.send("printf 'Piped in title\\n\\nA paragraph that came down a pipe.\\n' | \(binary) /dev/stdin --no-state; echo EXIT=$?",
                     literal: true)
        session.send("Enter")
        let screen = session.wait(for: "A paragraph that came down a pipe.")
        #expect(screen.contains("Piped in title"), "\(screen)")
        session.send("q", literal: true)
        #expect(session.waitForExitStatus() == "0")
    }
}
