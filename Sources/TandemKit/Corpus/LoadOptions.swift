/// What the loader accepts.
public struct LoadOptions: Sendable {
    /// Files larger than this are skipped (or refused, when named directly).
    public var maxFileSize: Int
    /// Extensions (lower case, no dot) picked up when walking a folder.
    /// A file named on the command line is read whatever its extension.
    public var extensions: Set<String>

    public static let defaultMaxFileSize = 10_000_000

    public init(maxFileSize: Int = LoadOptions.defaultMaxFileSize,
                extensions: Set<String> = ["txt", "md"]) {
        self.maxFileSize = maxFileSize
        self.extensions = extensions
    }
}
