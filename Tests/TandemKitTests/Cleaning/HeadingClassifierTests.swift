import Testing
import TestSupport
@testable import TandemKit

@Suite struct HeadingClassifierTests {
    @Test(arguments: [
        ("Why the budget matters", true), ("How might the council pay?", true),
        ("So, was the mayor simply being polite?", false), ("The council met today.", false),
        ("Yun Sun, 'Strategic assessment', War on the Rocks, 2022. <https://x.org/a>", false),
        ("ROADS AND RAIL", true), ("Key points:", false),
    ])
    func headingsAreShortAndNotSentences(text: String, heading: Bool) {
        #expect(HeadingClassifier.isHeading(UnitShape(text), markupLevel: nil, isLast: false) == heading)
    }

    @Test func theLastUnitIsNeverAHeading() {
        #expect(!HeadingClassifier.isHeading(UnitShape("Further reading"), markupLevel: nil, isLast: true))
    }
}
