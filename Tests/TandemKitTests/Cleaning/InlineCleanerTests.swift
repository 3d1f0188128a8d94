import Testing
@testable import TandemKit

@Suite struct InlineCleanerTests {
    /// Cleans one line and returns the text with its map back to the line.
    private func clean(_ line: String, texQuotes: Bool = false) -> (String, OffsetMap, InlineCleaner.LineMarks) {
        let bytes = Array(line.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            var cleaner = InlineCleaner(text: buffer, texQuotes: texQuotes)
            let marks = cleaner.appendLine(0..<buffer.count)
            return (String(decoding: cleaner.output.utf8, as: UTF8.self), cleaner.output.map, marks)
        }
    }

    @Test(arguments: [
        ("Beijing [believes](#) that", "Beijing believes that"),
        ("see [the *report*](https://x.org/a_(b)) now", "see the report now"),
        ("costs US\\$117 billion", "costs US$117 billion"),
        ("in *Looking Glass* and **bold** and _this_", "in Looking Glass and bold and this"),
        ("keep snake_case_names and 2*3*4", "keep snake_case_names and 2*3*4"),
        ("a list * not emphasis", "a list * not emphasis"),
        ("image ![alt text](pic.png) gone", "image gone"),
        ("link <https://example.org/a> kept", "link https://example.org/a kept"),
        ("AT&amp;T &ldquo;quoted&rdquo; &#8217;s &#146;", "AT&T “quoted” ’s ’"),
        ("tags <b>bold</b> and <br/>break", "tags bold and break"),
        ("a  run   of\tspaces", "a run of spaces"),
        ("keeps\u{A0}no-break", "keeps\u{A0}no-break"),
        ("drops\u{1B}[31mescape\u{7}s", "dropsescapes"),
        ("osc \u{1B}]0;title\u{7}gone, csi \u{1B}[2J\u{1B}[1;31mtoo", "osc gone, csi too"),
        ("unterminated \u{1B}]52;c;c2VjcmV0", "unterminated"),
    ])
    func residueIsUndone(input: String, expected: String) {
        #expect(clean(input).0 == expected)
    }

    @Test func texQuotesBecomeCurlyOnlyWhenTheDocumentUsesThem() {
        #expect(clean("he said ``no'' twice", texQuotes: true).0 == "he said “no” twice")
        #expect(clean("he is 5'11'' tall").0 == "he is 5'11'' tall")
    }

    @Test func wireParagraphMarkIsDroppedAndReported() {
        let (text, _, marks) = clean("The judge ruled today.<")
        #expect(text == "The judge ruled today.")
        #expect(marks.endsParagraph)
        #expect(!clean("if a < b then").2.endsParagraph)
    }

    @Test func markdownHeadingIsMarked() {
        let (text, _, marks) = clean("## Why it matters ##")
        #expect(text == "Why it matters")
        #expect(marks.headingLevel == 2)
    }

    @Test func offsetsPointAtTheSourceBytes() {
        let line = "Beijing [believes](#) that"
        let (text, map, _) = clean(line)
        let word = text.utf8.firstRange(of: "that".utf8)!
        let start = text.utf8.distance(from: text.utf8.startIndex, to: word.lowerBound)
        let range = map.sourceRange(of: start..<(start + 4))
        #expect(Array(Array(line.utf8)[range.start..<range.end]) == Array("that".utf8))
        let believes = map.sourceRange(of: 8..<16)
        #expect(Array(Array(line.utf8)[believes.start..<believes.end]) == Array("believes".utf8))
    }
}
