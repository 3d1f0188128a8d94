import Foundation
import Testing
import TestSupport
@testable import TandemUI

@Suite struct KeyTableTests {
    @Test(arguments: [
        ("j", Action.lineDown), ("<Down>", .lineDown), ("k", .lineUp), ("<Space>", .pageDown), ("<PgDn>", .pageDown),
        ("b", .pageUp), ("<C-d>", .halfPageDown), ("<C-u>", .halfPageUp), ("g", .top), ("G", .bottom),
        ("<Home>", .top), ("<End>", .bottom), ("<Tab>", .nextPane), ("c", .compare), ("m", .mark), ("/", .search),
        ("?", .help), ("q", .back), ("Q", .quit),
    ])
    func theDefaultKeysOfTheArchitectureAreBound(spec: String, action: Action) {
        #expect(KeyTable.standard.action(for: Key(spec: spec)!, in: .list) == action)
    }

    @Test func readingKeysWorkInTheReaderAndCompare() {
        for context in [KeyContext.reader, .compare] {
            #expect(KeyTable.standard.action(for: .character("]"), in: context) == .nextLink)
            #expect(KeyTable.standard.action(for: .character("n"), in: context) == .nextItem)
        }
        #expect(KeyTable.standard.action(for: .enter, in: .list) == .open)
    }

    @Test func keySpecsParse() {
        #expect(Key(spec: "<C-d>") == .control("d"))
        #expect(Key(spec: "<F5>") == .function(5))
        #expect(Key(spec: "<nonsense>") == nil)
    }

    @Test func theREADMEKeyTableMatchesTheBindings() throws {
        let readme = try String(contentsOfFile: Repository.root + "/README.md", encoding: .utf8)
        for binding in KeyTable.standard.bindings {
            let row = "| " + binding.keys.map { "`\($0.label)`" }.joined(separator: " ") + " | \(binding.help) |"
            #expect(readme.contains(row), "README lacks: \(row)")
        }
    }
}
