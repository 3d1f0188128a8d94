import Testing
import TestSupport
@testable import TandemKit

@Suite struct SignOffRuleTests {
    @Test func aWireStoryEndsAtItsMarkerAndItsOperatorsInitials() throws {
        for marker in ["end", "ends", "ENDS", "- Ends -", "(END)", "-30-"] {
            let clean = try cleanText("Council doubles road budget\n\n" + body + "\n\n" + marker + "\n")
            #expect(clean.removals[marker] == .metadata, "\(marker)")
            #expect(clean.texts.count == 2, "\(marker): \(clean.texts)")
        }
        let signed = try cleanText("Council doubles road budget\n\n" + body + "\n\nmfl\n")
        #expect(signed.removals["mfl"] == .metadata)
        #expect(signed.texts.count == 2)
    }

    @Test func aOneSentenceSnapEndsAtItsMarkerToo() throws {
        let clean = try cleanText("COURTS Axe\n\nHobbs had pleaded guilty to three counts of murder.\n\nend\n")
        #expect(clean.removals["end"] == .metadata)
        #expect(clean.texts == ["Hobbs had pleaded guilty to three counts of murder."])
    }

    @Test func notesToEditorsAfterTheMarkerAreNotTheArticle() throws {
        let notes = ["Notes to editors", "The council serves 200,000 residents across the region and its towns.",
                     "Contact: press office, 01234 567890"]
        let clean = try cleanText("Council doubles road budget\n\n" + body + "\n\nENDS\n\n" + notes.joined(separator: "\n\n"))
        #expect(clean.texts.count == 2, "\(clean.texts)")
        for line in notes { #expect(clean.removals[line] != nil, "\(line)") }
    }

    @Test func sentencesThatMentionAnEndStay() throws {
        let endings = ["The end.", "It is the end", "Amen", "ok then"]
        for ending in endings {
            let clean = try cleanText("Band plays farewell gig\n\n" + body + "\n\n" + ending)
            #expect(clean.texts.last == ending, "\(ending): \(clean.texts)")
        }
        // A marker before any body text ends nothing.
        let early = try cleanText("END\n\n" + body)
        #expect(early.texts.count >= 2)
        #expect(!SignOffRule.isEndMarker("30") && !SignOffRule.isOperatorInitials("Ok") && !SignOffRule.isOperatorInitials("a"))
    }
}
