import Testing
import TestSupport
@testable import TandemKit

@Suite struct CaptionRuleTests {
    @Test func aCreditLineAndItsAltTextAreCaptions() {
        let caption = "The harbour at dawn, seen from the old lighthouse.\nFishing boats leave the harbour on Monday. Jane Doe/Getty"
        let result = verdicts(body + "\n\n" + caption + "\n\n" + body, through: [CaptionRule.apply])
        #expect(result["The harbour at dawn, seen from the old lighthouse."] == .removed(.caption))
        #expect(result["Fishing boats leave the harbour on Monday. Jane Doe/Getty"] == .removed(.caption))
    }

    @Test(arguments: ["Photo: Jane Doe", "Protesters outside parliament (Reuters)", "Mark Smith/AP Photo/Alamy"])
    func creditShapesAreCaptions(line: String) {
        #expect(verdicts(body + "\n\n" + line + "\n\n" + body, through: [CaptionRule.apply])[line] == .removed(.caption))
    }

    @Test(arguments: ["Weak dollar hits Reuters", "Reading v Stockport/Swansea"])
    func headlinesAndFixturesAreNotCaptions(line: String) {
        #expect(verdicts(body + "\n\n" + line + "\n\n" + body, through: [CaptionRule.apply])[line] == .open)
    }

    @Test(arguments: ["Photo/Mark Schiefelbein/Alamy", "a b  c", "trailing  ", "   ", "", "one", " lead", "x (Reuters)"])
    func theLastWordIsTheOneSplittingFinds(_ line: String) {
        #expect(CaptionRule.lastWord(of: line) == line.split(separator: " ").last)
    }
}
