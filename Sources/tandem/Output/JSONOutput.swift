import Foundation

/// Prints a value as one JSON document on stdout: the scripting contract.
enum JSONOutput {
    static func print<T: Encodable>(_ value: T) throws {
        var bytes = try CompactJSONEncoder().encode(value)
        bytes.append(0x0A)
        FileHandle.standardOutput.write(Data(bytes))
    }
}

/// `{"start": …, "end": …}`
struct RangeJSON: Encodable {
    let start: Int
    let end: Int
}
