import Foundation
import Testing
import TestSupport

/// Escape sequences and bidi overrides in an article never reach the terminal
/// through the plain-text output; JSON escapes them.
@Suite struct TerminalSafetyTests {
    private let hostile = """
        Council \u{1B}]0;owned\u{07}approves harbour plan

        The council approved the plan on Monday \u{1B}[2J\u{1B}[31mafter a long debate, the mayor said.

        Residents \u{202E}cilbup\u{202C} were told the work would take three years and cost £40m.
        """

    @Test func plainOutputShowsPlaceholders() throws {
        let folder = TemporaryFolder()
        let path = folder.write("x.txt", hostile)
        for arguments in [["show", path], ["list", path], ["claims", path], ["show", path, "--sentences"]] {
            let output = try TandemProcess.run(arguments)
            #expect(output.status == 0, "\(arguments)")
            #expect(!output.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E },
                    "\(arguments)")
        }
        // Cleaning drops whole escape sequences from the text, not just their ESC.
        let shown = try TandemProcess.run(["show", path])
        #expect(shown.stdout.contains("Council approves harbour plan"))
        #expect(shown.stdout.contains("on Monday after a long debate"))
        #expect(!shown.stdout.contains("[2J") && !shown.stdout.contains("owned"))
    }

    @Test func fileNamesWithEscapesArePlaceholdersInTextAndEscapedInJSON() throws {
        let folder = TemporaryFolder()
        _ = folder.write("evil\u{1B}[31m.txt", hostile)
        let text = try TandemProcess.run(["list", folder.path])
        #expect(text.status == 0)
        #expect(text.stdout.contains("evil␛[31m.txt"))
        #expect(!text.stdout.unicodeScalars.contains { $0.value == 0x1B })
        let json = try TandemProcess.run(["list", folder.path, "--json"])
        #expect(!json.stdout.unicodeScalars.contains { $0.value == 0x1B })
        #expect(json.stdout.contains("evil\\u001b[31m.txt"))
    }
}
