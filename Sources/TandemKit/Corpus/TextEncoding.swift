/// How a file's bytes were turned into text.
public enum TextEncoding: String, Sendable, Codable {
    case utf8 = "utf-8"
    case utf8WithBOM = "utf-8-bom"
    case utf16LittleEndian = "utf-16le"
    case utf16BigEndian = "utf-16be"
    /// The fallback for files that are not valid UTF-8 (old newspaper and
    /// corpus files); a superset of ISO-8859-1 for printable characters.
    case windows1252 = "windows-1252"
}
