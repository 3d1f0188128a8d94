/// How a file's bytes were turned into text.
public enum TextEncoding: String, Sendable, Codable {
    case utf8 = "utf-8"
    case utf8WithBOM = "utf-8-bom"
    case utf16LittleEndian = "utf-16le"
    case utf16BigEndian = "utf-16be"
    /// The fallback for files that are not valid UTF-8 (old newspaper and
    /// corpus files); a superset of ISO-8859-1 for printable characters.
    case windows1252 = "windows-1252"
    /// Lines of both: a file pasted together from UTF-8 and Windows-1252 sources.
    /// Each line that is valid UTF-8 is read as UTF-8, the others as Windows-1252.
    case mixed = "utf-8+windows-1252"
}
