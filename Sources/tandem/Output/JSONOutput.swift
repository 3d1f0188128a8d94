import Foundation

/// Prints a value as one JSON document on stdout: the scripting contract.
enum JSONOutput {
    static func print<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        var data = try encoder.encode(value)
        data.append(0x0A)
        FileHandle.standardOutput.write(data)
    }
}

/// `{"start": …, "end": …}`
struct RangeJSON: Encodable {
    let start: Int
    let end: Int
}
