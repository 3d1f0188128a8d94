import Testing
@testable import TandemUI

@Suite struct PromptTests {
    @Test func editingMovesAndDeletesByCharacter() {
        var prompt = Prompt(label: "/")
        for c in "chna" { _ = prompt.handle(.character(c)) }
        _ = prompt.handle(.left)
        _ = prompt.handle(.left)
        _ = prompt.handle(.character("i"))
        #expect(prompt.text == "china")
        _ = prompt.handle(.end)
        _ = prompt.handle(.backspace)
        #expect(prompt.text == "chin")
        #expect(prompt.handle(.enter) == .accepted)
        #expect(prompt.handle(.escape) == .cancelled)
        _ = prompt.handle(.control("u"))
        #expect(prompt.text.isEmpty)
    }
}
