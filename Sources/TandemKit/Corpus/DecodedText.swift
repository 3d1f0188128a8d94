/// A file's text as UTF-8, with the map from its offsets back to the file's bytes.
public struct DecodedText: Sendable {
    /// The text, always valid UTF-8, line ends and all as in the file.
    public let utf8: [UInt8]
    public let encoding: TextEncoding
    /// Text offset → file offset.
    public let offsets: OffsetMap

    public var string: String { String(decoding: utf8, as: UTF8.self) }
}
