import Testing
import TestSupport
@testable import TandemKit

@Suite struct BylineRuleTests {
    @Test(arguments: [
        ("By Jo Butler, Home Affairs Correspondent, News Agency", "Jo Butler"),
        ("View all articles by Sam Carter", "Sam Carter"),
        ("Laura Chen and Omar Haddad", "Laura Chen and Omar Haddad"),
        ("Ruth Evans Ruth Evans", "Ruth Evans"),
    ])
    func bylinesAreFoundAndRemoved(line: String, name: String) throws {
        let clean = try cleanText("A headline about the council\n\n" + line + "\n\n" + body)
        #expect(clean.byline == name)
        #expect(clean.removals[line] == .byline)
    }

    @Test(arguments: ["By contrast, the opposition voted against the plan.", "By 2030 the road network will be full.",
                      "Alternative Perspectives"])
    func sentencesAndLabelsAreNotBylines(line: String) throws {
        let clean = try cleanText("A headline about the council\n\n" + body + "\n\n" + line + "\n\n" + body)
        #expect(clean.byline == nil)
    }
}
