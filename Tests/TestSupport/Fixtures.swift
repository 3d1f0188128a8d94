import Foundation
import TandemKit

/// A temporary folder for one test, removed when the value is released.
public final class TemporaryFolder: @unchecked Sendable {
    public let path: String

    public init() {
        let base = FileManager.default.temporaryDirectory.path
        path = base + "/tandem-test-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        // Make anything a test locked readable again so it can be removed.
        _ = try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Writes `text` as UTF-8 to `name` (subfolders created) and returns its path.
    @discardableResult
    public func write(_ name: String, _ text: String) -> String {
        write(name, bytes: Array(text.utf8))
    }

    @discardableResult
    public func write(_ name: String, bytes: [UInt8]) -> String {
        let file = path + "/" + name
        let folder = (file as NSString).deletingLastPathComponent
        try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        precondition(FileManager.default.createFile(atPath: file, contents: Data(bytes)), "cannot write \(file)")
        return file
    }

    public func makeFolder(_ name: String) -> String {
        let folder = path + "/" + name
        try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    public func link(_ name: String, to target: String) {
        try! FileManager.default.createSymbolicLink(atPath: path + "/" + name, withDestinationPath: target)
    }
}

/// The repository's own files, found from this source file's location.
public enum Repository {
    public static var root: String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }

    public static var seeds: String { root + "/seeds" }

    public static func seed(_ prefix: String) -> String {
        let names = try! FileManager.default.contentsOfDirectory(atPath: seeds)
        return seeds + "/" + names.first { $0.hasPrefix(prefix) }!
    }
}

/// Loads and cleans text written to a temporary file.
public func cleanText(_ text: String, name: String = "article.txt") throws -> CleanArticle {
    try cleanBytes(Array(text.utf8), name: name)
}

public func cleanBytes(_ bytes: [UInt8], name: String = "article.txt") throws -> CleanArticle {
    let folder = TemporaryFolder()
    let path = folder.write(name, bytes: bytes)
    return Cleaner().clean(try Corpus.loadFile(path))
}

extension CleanArticle {
    /// The texts of the kept paragraphs.
    public var texts: [String] { paragraphs.map(\.text) }

    /// The removed passages' texts with their reasons.
    public var removals: [String: RemovalReason] {
        Dictionary(removed.map { ($0.text, $0.reason) }, uniquingKeysWith: { first, _ in first })
    }
}
