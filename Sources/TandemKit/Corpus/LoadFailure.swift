/// Why a file could not be loaded. The wording users see is written here, once.
public enum LoadFailure: Error, Sendable, Equatable {
    case notFound
    case brokenLink
    case symlinkLoop
    case isDirectory
    case notRegularFile
    case unreadable(reason: String)
    /// `size` is nil for a pipe, which is read no further than the limit.
    case tooLarge(size: Int?, limit: Int)
    case binary
    case unsupportedExtension(String)

    /// One line, lower case, no trailing period: it follows "PATH: ".
    public var reason: String {
        switch self {
        case .notFound: return "no such file or directory"
        case .brokenLink: return "broken symbolic link"
        case .symlinkLoop: return "symbolic link loop"
        case .isDirectory: return "is a directory"
        case .notRegularFile: return "not a regular file"
        case .unreadable(let reason): return "cannot read: \(reason)"
        case .tooLarge(let size?, let limit):
            return "file is \(Self.megabytes(size)), over the \(Self.megabytes(limit)) limit (see --max-size)"
        case .tooLarge(nil, let limit):
            return "more than the \(Self.megabytes(limit)) limit (see --max-size)"
        case .binary: return "binary file (contains NUL bytes)"
        case .unsupportedExtension(let ext):
            return "not a .txt or .md file (\(ext.isEmpty ? "no extension" : "." + ext))"
        }
    }

    static func megabytes(_ bytes: Int) -> String {
        let mb = Double(bytes) / 1_000_000
        if mb >= 10 || mb == mb.rounded() { return "\(Int(mb.rounded())) MB" }
        return "\((mb * 10).rounded() / 10) MB"
    }
}

/// A file skipped while loading a folder.
public struct LoadWarning: Sendable, Equatable, CustomStringConvertible {
    public let path: String
    public let failure: LoadFailure

    public var description: String { "skipped \(path): \(failure.reason)" }
}
