/// One file of a corpus, decoded.
public struct Article: Sendable, Identifiable {
    /// The path relative to the corpus root, e.g. `000_40030c20fa9a20db.txt`.
    public let id: String
    /// The path to read the file from.
    public let path: String
    public let text: DecodedText
    /// The file's size in bytes.
    public let byteCount: Int

    public init(id: String, path: String, text: DecodedText, byteCount: Int) {
        self.id = id
        self.path = path
        self.text = text
        self.byteCount = byteCount
    }
}
