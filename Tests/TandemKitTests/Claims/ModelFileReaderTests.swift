import Foundation
import Testing
@testable import TandemKit

@Suite struct ModelFileReaderTests {
    private func reading<T>(_ text: String, _ body: (inout ModelFileReader) -> T) -> T {
        Array(text.utf8).withUnsafeBufferPointer { bytes in
            var reader = ModelFileReader(bytes: bytes)
            return body(&reader)
        }
    }

    @Test func linesAreSplitIntoAtMostFourFieldsAndBlankLinesSkipped() {
        let lines = reading("w\t1.5\t-2\tlast word\r\n\n\nc\t1\t2\ta\tb\n") { reader in
            var lines: [[String]] = []
            while let fields = reader.nextLine() { lines.append(fields.map(reader.string)) }
            return lines
        }
        #expect(lines == [["w", "1.5", "-2", "last word"], ["c", "1", "2", "a\tb"]])
    }

    @Test func numbersReadAsTheStandardLibraryReadsThem() {
        // The fast path and strtod's slow one, against Double(String): to the bit.
        var values = ["0", "-0", ".5", "5.", "9.96759", "-0.0759035", "3.2e-05", "1E+22", "1e23", "123456789012345",
                      "1234567890123456789", "0.1", "-1.6981", "5e-324", "2.2250738585072014e-308", "nan", "inf"]
        var random = SystemRandomNumberGenerator()
        for _ in 0..<2_000 { values.append(String(format: "%.6g", Double.random(in: -1e6...1e6, using: &random) / 1e4)) }
        for text in values {
            let read = reading(text) { reader in reader.number(0..<text.utf8.count) }
            let expected = Double(text)!
            #expect(read?.bitPattern == expected.bitPattern || (read?.isNaN == true && expected.isNaN), "\(text)")
        }
        for bad in ["", "-", ".", "-.", "1.2.3", "4x", "e5", "1e"] {
            #expect(reading(bad) { reader in reader.number(0..<bad.utf8.count) } == nil, "\(bad)")
        }
    }
}
