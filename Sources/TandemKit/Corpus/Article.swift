/// One file of a corpus, decoded.
public struct Article: Sendable, Identifiable {
    /// The path relative to the corpus root, e.g. `000_40030c20fa9a20db.txt`.
    public let id: String
    /// The path to read the file from.
    public let path: String
    public let text: DecodedText
    /// The file's size in bytes.
    public let byteCount: Int
    /// The fingerprint of the file's bytes (of the decoded text when made from text).
    public let digest: ContentDigest

    public init(id: String, path: String, text: DecodedText, byteCount: Int) {
        self.init(id: id, path: path, text: text, byteCount: byteCount,
                  digest: ContentDigest(Array(text.encoding.rawValue.utf8) + [0] + text.utf8))
    }

    private init(id: String, path: String, text: DecodedText, byteCount: Int, digest: ContentDigest) {
        self.id = id
        self.path = path
        self.text = text
        self.byteCount = byteCount
        self.digest = digest
    }

    /// An article from bytes already in memory (standard input, a fuzzer),
    /// decoded as a file's bytes are.
    /// - Throws: `LoadFailure.binary` for bytes that are not text.
    /// - Complexity: O(*n*), *n* the byte count.
    public init(id: String, path: String, bytes: [UInt8]) throws(LoadFailure) {
        self.init(id: id, path: path, text: try TextDecoder.decode(bytes), byteCount: bytes.count,
                  digest: ContentDigest(bytes))
    }
}
