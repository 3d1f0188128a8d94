import Testing
@testable import TandemKit

@Suite struct UnitBuilderTests {
    private func units(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            UnitBuilder(text: buffer, lines: SourceLine.lines(of: buffer), texQuotes: false).units().map(\.string)
        }
    }

    private func mode(_ text: String) -> UnitBuilder.WrapMode {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            UnitBuilder(text: buffer, lines: SourceLine.lines(of: buffer), texQuotes: false).wrapMode()
        }
    }

    private let wrapped = """
        The committee met on Tuesday to discuss the proposal, which would change
        how the council pays for road repairs across the county over the next
        decade. Members agreed to look again.

        A second paragraph starts here and it runs on for long enough that the
        writer's editor wrapped it onto a second line as well.
        Short last line.
        """

    @Test func hardWrappedLinesJoinIntoParagraphs() {
        guard case .wrapped = mode(wrapped) else {
            Issue.record("not recognised as hard-wrapped: \(mode(wrapped))")
            return
        }
        #expect(units(wrapped) == [
            "The committee met on Tuesday to discuss the proposal, which would change how the council pays for road repairs across the county over the next decade. Members agreed to look again.",
            "A second paragraph starts here and it runs on for long enough that the writer's editor wrapped it onto a second line as well.",
            "Short last line.",
        ])
    }

    @Test func webLinesStayApartEvenWithoutBlankLines() {
        let web = "Ian Smith\nWritten by\nIan Smith\nA caption line under a photograph of the harbour at dawn, taken last year.\n"
        #expect(mode(web) == .unwrapped)
        #expect(units(web).count == 4)
    }

    @Test func wireCopyJoinsBetweenItsOwnParagraphMarks() {
        let wire = """
            HEADLINE IN CAPITALS<
            \u{19}By A Reporter, News Agency<
            \u{19}The first paragraph is wrapped at a ragged
            margin by the wire system.<
            \u{19}The second one is short.<
            \u{19}end
            """
        #expect(mode(wire) == .marked)
        #expect(units(wire) == [
            "HEADLINE IN CAPITALS", "By A Reporter, News Agency",
            "The first paragraph is wrapped at a ragged margin by the wire system.",
            "The second one is short.", "end",
        ])
    }

    @Test func underlinedLineBecomesAHeading() {
        let bytes = Array("Background\n----------\nText follows here.\n".utf8)
        let built = bytes.withUnsafeBufferPointer { buffer in
            UnitBuilder(text: buffer, lines: SourceLine.lines(of: buffer), texQuotes: false).units()
        }
        #expect(built[0].headingLevel == 2)
        #expect(built.map(\.string) == ["Background", "----------", "Text follows here."])
    }

    @Test func aHyphenAtTheWrapJoinsWithoutASpace() {
        let text = """
            The government said the new arrangements would be reviewed by an inter-
            national panel of experts appointed for the purpose by the minister of
            transport and the treasury, who both agreed with the plan in principle.
            """
        #expect(units(text).first?.contains("inter-national panel") == true)
    }
}
