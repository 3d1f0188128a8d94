import Testing
import TestSupport
@testable import TandemKit

/// Runs the given cleaning stages on a document and reports each unit's verdict by its text.
func verdicts(_ text: String, through stages: [(inout Draft) -> Void]) -> [String: Draft.Verdict] {
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { buffer in
        let units = UnitBuilder(text: buffer, lines: SourceLine.lines(of: buffer), texQuotes: false).units()
        var draft = Draft(units: units)
        for stage in stages { stage(&draft) }
        return Dictionary(draft.indices.map { (draft.strings[$0], draft.verdicts[$0]) }, uniquingKeysWith: { a, _ in a })
    }
}

/// Two plain body paragraphs to surround the line under test.
let body = """
    The regional council approved the budget on Monday after a long debate about road repairs.

    Officials said the spending would rise by four percent next year, the largest increase in a decade.
    """

