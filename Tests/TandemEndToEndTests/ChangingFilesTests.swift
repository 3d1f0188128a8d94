import Foundation
import Testing
import TestSupport

/// Files rewritten or deleted while the reader has them open: the reader goes
/// on with what it read, and the next run reads the files as they are now.
@Suite struct ChangingFilesTests {
    static func article(_ title: String, paragraphs: Int) -> String {
        title + "\n\n" + (1...paragraphs).map { "Paragraph \($0) of \(title): the harbour plan was approved, the mayor said." }
            .joined(separator: "\n\n") + "\n"
    }

    /// Filters the list to the titles holding `title` and opens the first.
    private func open(_ title: String, in session: TmuxSession) {
        session.send("/")
        session.send(title, literal: true)
        session.send("Enter", "Enter")
    }

    @Test func filesRewrittenAndDeletedWhileOpenNeitherCrashNorStrandTheSavedPosition() throws {
        let folder = TemporaryFolder()
        let corpus = folder.makeFolder("corpus")
        let long = folder.write("corpus/a.txt", Self.article("Long harbour story", paragraphs: 80))
        let other = folder.write("corpus/b.txt", Self.article("Second harbour story", paragraphs: 5))
        _ = folder.write("corpus/c.txt", Self.article("Third harbour story", paragraphs: 5))
        let state = folder.path + "/state.sqlite"
        let session = try TmuxSession(width: 120, height: 32)
        session.wait { $0.hasPrefix("$") }
        let binary = try #require(TandemProcess.binaryPath)
        let command = "\(binary) \(corpus) --state \(state); echo EXIT=$?"
        session.send(command, literal: true)
        session.send("Enter")
        session.wait(for: "Long harbour story")
        open("Second", in: session)
        session.wait(for: "Paragraph 1 of Second")
        session.send("Tab")
        open("Long", in: session)
        session.send("G")
        session.wait(for: "Paragraph 80 of Long")
        // Behind the reader's back: a.txt shrinks to two paragraphs, b.txt goes.
        try Self.article("Long harbour story", paragraphs: 2).write(toFile: long, atomically: false, encoding: .utf8)
        try FileManager.default.removeItem(atPath: other)
        // The reader goes on with the text it read.
        session.send("k", "k", "Tab")
        open("Second", in: session)
        #expect(session.wait(for: "Paragraph 5 of Second").contains("Paragraph 5 of Second"))
        session.send("Tab")
        open("Long", in: session)
        session.send("G")
        #expect(session.wait(for: "Paragraph 80 of Long").contains("Paragraph 80 of Long"))
        session.send("Q")
        #expect(session.waitForExitStatus() == "0")
        // Reopened: a.txt as it is now, its old position past its end; b.txt gone.
        session.send("clear; " + command, literal: true)
        session.send("Enter")
        let reopened = session.wait { $0.contains("Paragraph 2 of Long") && $0.contains("Article") }
        #expect(reopened.contains("Paragraph 1 of Long") && reopened.contains("Paragraph 2 of Long"), "\(reopened)")
        #expect(!reopened.contains("Paragraph 50") && !reopened.contains("Second harbour story"), "\(reopened)")
        session.send("Q")
        #expect(session.waitForExitStatus() == "0")
    }

    @Test func reloadReadsNewAndChangedFilesAndKeepsTheArticleOpen() throws {
        let folder = TemporaryFolder()
        let corpus = folder.makeFolder("corpus")
        _ = folder.write("corpus/a.txt", Self.article("Long harbour story", paragraphs: 60))
        let other = folder.write("corpus/b.txt", Self.article("Second harbour story", paragraphs: 5))
        let session = try TmuxSession(width: 120, height: 32)
        session.wait { $0.hasPrefix("$") }
        let binary = try #require(TandemProcess.binaryPath)
        session.send("\(binary) \(corpus) --no-state; echo EXIT=$?", literal: true)
        session.send("Enter")
        session.wait(for: "Second harbour story")
        open("Long", in: session)
        session.send("Space", "Space")
        session.wait(for: "Paragraph 20 of Long")
        _ = folder.write("corpus/c.txt", Self.article("Third harbour story", paragraphs: 3))
        try Self.article("Second harbour story, revised", paragraphs: 2).write(toFile: other, atomically: true, encoding: .utf8)
        session.send("R")
        let screen = session.wait { $0.contains("reloaded: 3 articles, 1 new") }
        // The same article at the same place, the list with the new file and the changed title.
        #expect(screen.contains("Paragraph 20 of Long") && !screen.contains("Paragraph 1 of Long"), "\(screen)")
        // Still filtered by the search made before; searched again, the list has the new file and the changed title.
        #expect(screen.contains("Articles matching “Long” · 1 of 3"), "\(screen)")
        session.send("Tab")
        open("harbour", in: session)
        let list = session.wait { $0.contains("Third harbour story") && $0.contains("Second harbour story, revised") }
        #expect(list.contains("Articles matching “harbour” · 3 of 3"), "\(list)")
        session.send("Q")
        #expect(session.waitForExitStatus() == "0")
    }
}
