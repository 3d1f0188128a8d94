import Foundation
import Testing
@testable import tandem

/// The command line's JSON is a contract: the fast encoder must write what
/// Foundation's encoder wrote, byte for byte.
struct CompactJSONEncoderTests {
    struct Sample: Encodable {
        struct Inner: Encodable {
            let start: Int
            let end: Int
        }

        let text: String
        let numbers: [Double]
        let count: Int
        let unsigned: UInt64
        let missing: String?
        let present: String?
        let flag: Bool
        let table: [String: Int]
        let nested: [[Inner]]
        let empty: [Int]
    }

    private func foundation<T: Encodable>(_ value: T) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return Array(try encoder.encode(value))
    }

    private func sample(_ text: String, numbers: [Double]) -> Sample {
        Sample(text: text, numbers: numbers, count: -42, unsigned: .max, missing: nil, present: "a/b", flag: false,
               table: ["b": 1, "a": 2, "B": 3, "é": 4, "_": 5, "aa": 6, "10": 7, "9": 8, "": 9],
               nested: [[Sample.Inner(start: 0, end: 3)], [], [Sample.Inner(start: 5, end: 9), Sample.Inner(start: 9, end: 12)]], empty: [])
    }

    @Test func writesWhatFoundationWritesForEveryControlCharacterAndScript() throws {
        let controls = String(decoding: (0..<128).map { UInt8($0) }, as: UTF8.self)
        for text in [controls, "Zürich “quoted” \\ / \u{2028}\u{2029} 北京 😀 \u{7F}", ""] {
            let value = sample(text, numbers: [1])
            #expect(try CompactJSONEncoder().encode(value) == foundation(value))
        }
    }

    @Test func writesNumbersAsFoundationDoes() throws {
        var numbers: [Double] = [0, -0.0, 1, -1, 0.1, 0.2655, 1e-5, 1e-7, 123_456_789_012_345, 1e15, 1e16, 1e21,
                                 0.1 + 0.2, 2.5e-10, 100, 0.0001, .leastNonzeroMagnitude, .greatestFiniteMagnitude]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            numbers.append(Double.random(in: -1e6...1e6, using: &generator))
            numbers.append((Double.random(in: 0...1, using: &generator) * 10_000).rounded() / 10_000)
        }
        let value = sample("x", numbers: numbers)
        #expect(try CompactJSONEncoder().encode(value) == foundation(value))
    }

    @Test func writesEveryNumberTypeAsFoundationDoes() throws {
        let floats: [Float] = [0.1, 1, -0.0, 1e-7, 3.4e38, 0.2655, 16_777_216]
        #expect(try CompactJSONEncoder().encode(floats) == foundation(floats))
        #expect(try CompactJSONEncoder().encode([Int8.min, .max]) == foundation([Int8.min, .max]))
        #expect(try CompactJSONEncoder().encode([Int16.min, .max]) == foundation([Int16.min, .max]))
        #expect(try CompactJSONEncoder().encode([Int32.min, .max]) == foundation([Int32.min, .max]))
        #expect(try CompactJSONEncoder().encode([UInt8.max, UInt8.min]) == foundation([UInt8.max, UInt8.min]))
        #expect(try CompactJSONEncoder().encode([UInt16.max]) == foundation([UInt16.max]))
        #expect(try CompactJSONEncoder().encode([UInt32.max]) == foundation([UInt32.max]))
    }

    @Test func refusesNumbersJSONCannotHold() {
        #expect(throws: EncodingError.self) { try CompactJSONEncoder().encode([Double.nan]) }
        #expect(throws: EncodingError.self) { try CompactJSONEncoder().encode(["x": Double.infinity]) }
        #expect(throws: EncodingError.self) { try CompactJSONEncoder().encode([Float.nan]) }
    }

    @Test func writesTopLevelValuesAndEmptyContainers() throws {
        #expect(try CompactJSONEncoder().encode("a\"b") == foundation("a\"b"))
        #expect(try CompactJSONEncoder().encode([String: Int]()) == foundation([String: Int]()))
        #expect(try CompactJSONEncoder().encode([[Int]]()) == foundation([[Int]]()))
        #expect(try CompactJSONEncoder().encode([Int?.none, 3]) == foundation([Int?.none, 3]))
    }
}
