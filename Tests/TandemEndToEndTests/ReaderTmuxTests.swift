import Foundation
import Testing
import TestSupport

/// The real reader, driven in a detached tmux session at 120×32.
@Suite(.serialized) struct ReaderTmuxTests {
    /// Starts the reader on the seeds; without `state`, it keeps no reading state.
    private func start(state: String? = nil) throws -> TmuxSession {
        let session = try TmuxSession(width: 120, height: 32)
        session.wait { $0.hasPrefix("$") }
        let binary = try #require(TandemProcess.binaryPath)
        let option = state.map { "--state \($0)" } ?? "--no-state"
        session.send("\(binary) \(Repository.seeds) \(option); echo EXIT=$?", literal: true)
        session.send("Enter")
        return session
    }

    /// After the reader exits, the shell is back with a sane terminal.
    private func expectRestored(_ session: TmuxSession, status: String = "0") {
        let exitStatus = session.waitForExitStatus()
        #expect(exitStatus == status, "exit status \(exitStatus ?? "none")")
        // The line modes the shell gets back, on a line of their own.
        session.send("stty -a | tr ' ;' '\\n\\n' | grep -x -E -e '-?(echo|icanon)' | tr '\\n' ' ' | sed 's/^/MODES: /'; echo", literal: true)
        session.send("Enter")
        let screen = session.wait { $0.split(separator: "\n").contains { $0.hasPrefix("MODES: ") } }
        #expect(screen.contains("EXIT=\(status)"), "\(screen)")
        let modes = screen.split(separator: "\n").first { $0.hasPrefix("MODES: ") }.map(String.init) ?? ""
        #expect(modes.contains("icanon") && modes.contains(" echo"), "\(modes)")
        #expect(!modes.contains("-echo") && !modes.contains("-icanon"), "\(modes)")
    }

    @Test func browsingSearchingResizingAndQuitting() throws {
        let session = try start()
        let titles = ["Balancing the Tightrope", "Will China arm Russia?", "Will China come to Putin’s rescue?",
                      "What Motivates China", "Why is China risking US sanctions"]
        // The whole grouped list (a capture can catch the regrouping half drawn).
        var screen = session.wait { screen in screen.contains("Story 2") && titles.allSatisfy(screen.contains) }
        for title in titles { #expect(screen.contains(title), "\(title)") }
        session.send("Enter")
        screen = session.wait { $0.contains("Article 1/5 · ") && $0.contains("Qin Gang told reporters") }
        #expect(screen.contains("Qin Gang told reporters"))
        session.send("/", literal: true)
        session.send("Kremlin", literal: true)
        session.send("Enter")
        screen = session.wait(for: "[1/")
        session.resize(width: 50, height: 15)
        // Narrow: the reading pane alone, redrawn for 50 columns.
        screen = session.wait { !$0.contains("Story 1") && $0.contains("Article 1/5") }
        #expect(!screen.contains("Story 1 · 3 articles") && screen.contains("Article 1/5"))
        session.resize(width: 120, height: 32)
        screen = session.wait(for: "Story 1 · 3 articles")
        session.send("Q", literal: true)
        expectRestored(session)
    }

    @Test func comparingARewriteWithItsSource() throws {
        let session = try start()
        session.wait(for: "Story 2")
        // 000 is the first article of the second story.
        session.send("j", "j", "j", literal: true)
        session.send("Enter")
        session.wait(for: "What Motivates China to Supply Arms")
        session.send("c", literal: true)
        // A restated passage of 000 and its source in 001 stand on the same row
        // (waiting for the whole screen: under load the capture can catch a partial draw).
        var screen = session.wait { screen in
            let lines = screen.split(separator: "\n")
            return lines.contains { $0.contains("Further elucidating") && $0.contains("As Blinken detailed further") }
        }
        #expect(screen.contains("000 · What Motivates") && screen.contains("001 · Why is China"))
        let lines = screen.split(separator: "\n")
        #expect(lines.contains { $0.contains("Antony Blinken's recent address") && $0.contains("US secretary of state Antony Blinken") })
        #expect(lines.contains { $0.contains("Further elucidating") && $0.contains("As Blinken detailed further") })
        session.send("]", literal: true)
        screen = session.wait(for: "link 1/")
        session.send("]", literal: true)
        screen = session.wait(for: "link 2/")
        session.send("q", literal: true)
        screen = session.wait(for: "passages")
        #expect(!screen.contains("of this text is in the other"))
        session.send("q", literal: true)
        session.send("q", literal: true)
        expectRestored(session)
    }

    @Test func claimsOf003AndTheArticlesThatReportThem() throws {
        let session = try start()
        session.wait(for: "Story 2")
        // 003 is the second article of the first story.
        session.send("j", literal: true)
        session.send("Enter")
        var screen = session.wait(timeout: 30) { $0.contains("claims (level 3/5)") && $0.contains("003_cfc85970859a9fa9.txt") }
        #expect(screen.contains("003_cfc85970859a9fa9.txt"))
        session.send("n", literal: true)
        screen = session.wait { $0.contains("Claim 1/") && $0.contains("other source") }
        #expect(screen.contains("other source"))
        // Walk on to a claim that other articles report, then list them.
        var found = false
        for _ in 0..<60 {
            let status = screen.split(separator: "\n").last.map(String.init) ?? ""
            if status.contains("Claim "), !status.contains(" 0 other sources") { found = true; break }
            let before = status
            session.send("n", literal: true)
            screen = session.wait { ($0.split(separator: "\n").last.map(String.init) ?? "") != before }
        }
        #expect(found)
        session.send("Enter")
        screen = session.wait(for: "Also reported by")
        #expect(["000 · ", "001 · ", "002 · ", "004 · "].contains { screen.contains($0) }, "\(screen)")
        session.send("q", literal: true)
        session.wait { !$0.contains("Also reported by") }
        session.send("Q", literal: true)
        expectRestored(session)
    }

    @Test func reopeningTheSeedsRestoresTheLastArticleAndPosition() throws {
        let folder = TemporaryFolder()
        let state = folder.path + "/state.sqlite"
        var session = try start(state: state)
        session.wait(for: "Story 2")
        session.send("j", literal: true)
        session.send("Enter")
        session.wait(for: "003_cfc85970859a9fa9.txt")
        for _ in 0..<3 { session.send("Space") }
        session.wait { $0.contains("Article") && !$0.contains(" · 0%") && $0.contains("003_cfc") }
        // Every page key handled: the screen no longer changes.
        var before = session.wait(for: "003_cfc")
        for _ in 0..<50 {
            Thread.sleep(forTimeInterval: 0.15)
            let again = session.wait(for: "003_cfc")
            if again == before { break }
            before = again
        }
        let status = before.split(separator: "\n").last.map(String.init) ?? ""
        let topLine = before.split(separator: "\n").dropFirst().first.map { String($0.split(separator: "│").last ?? "") } ?? ""
        session.send("Q", literal: true)
        expectRestored(session)
        session = try start(state: state)
        // The reader opens on 003 where it was left, before any key: the same top line and
        // the same share read ("· 6%"; the article's number in the list depends on grouping).
        let percent = status.split(separator: "·").first { $0.hasSuffix("% ") }.map(String.init) ?? "?"
        let after = session.wait { screen in
            screen.contains(topLine) && screen.contains("003_cfc85970859a9fa9.txt")
                && screen.split(separator: "\n").last.map { $0.contains(percent) } == true
        }
        #expect(after.contains(topLine), "\(topLine)")
        #expect(after.split(separator: "\n").last.map { $0.contains(percent) } == true, "\(status) \(percent)")
        session.send("Q", literal: true)
        expectRestored(session)
    }

    @Test func controlCAndTermRestoreTheTerminal() throws {
        let session = try start()
        session.wait(for: "Story 2")
        session.send("C-c")
        expectRestored(session, status: "130")
        session.send("clear", literal: true)
        session.send("Enter")
        let binary = try #require(TandemProcess.binaryPath)
        session.send("\(binary) \(Repository.seeds) --no-state; echo EXIT=$?", literal: true)
        session.send("Enter")
        session.wait(for: "Story 2")
        let shell = try #require(session.shellPID)
        let kill = Process()
        kill.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        kill.arguments = ["pkill", "-TERM", "-P", "\(shell)"]
        try kill.run()
        kill.waitUntilExit()
        expectRestored(session, status: "143")
    }
}
