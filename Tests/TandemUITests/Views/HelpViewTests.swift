import Testing
@testable import TandemUI

@MainActor
@Suite struct HelpViewTests {
    @Test func longDescriptionsWrapUnderTheirColumnAndLoseNoWord() {
        let help = HelpView(keys: .standard)
        let lines = help.lines(width: 60).map(\.text)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 60 }, "\(lines)")
        // Each binding's description, put back together from its lines.
        var descriptions: [String] = []
        for line in lines where line.count > 20 && !line.hasPrefix("Press") {
            let description = String(line.dropFirst(20))
            if line.prefix(20).allSatisfy({ $0 == " " }) {
                descriptions[descriptions.count - 1] += " " + description
            } else {
                descriptions.append(description)
            }
        }
        #expect(descriptions == KeyTable.standard.bindings.map(\.help))
    }

    @Test func anEightyColumnScreenShowsTheWholeOfEveryDescription() async throws {
        let app = try await seedApplication()
        app.handle(.character("?"))
        var seen = ""
        for _ in 0..<12 {
            seen += app.render(width: 80, height: 24).text
            app.handle(.character("j"))
        }
        // Cut at the box before; now the rest goes on the next line, under the descriptions.
        #expect(seen.contains("│                     articles that state it"))
        #expect(seen.contains("│                     previous claim"))
    }
}
