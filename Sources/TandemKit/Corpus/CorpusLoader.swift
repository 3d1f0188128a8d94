/// Walks folders and files, reads and decodes them.
///
/// A pipe named on the command line (`tandem align <(…) <(…)`) is read to its
/// end; one met in a folder is skipped, as waiting for its writer could hang
/// the walk. Hidden files and folders are skipped, folders are followed through symbolic
/// links once each (so a loop ends), and a file reachable by two paths is kept
/// once, under the first. The walk asks the file system about a name only when
/// the folder does not say it is a regular file; which file a path reaches is
/// learnt when it is read.
struct CorpusLoader: Sendable {
    let options: LoadOptions
    /// Told how many of the files found are read so far: (read, total).
    var onProgress: (@Sendable (_ read: Int, _ total: Int) -> Void)?

    private struct Pending: Sendable {
        let id: String
        let path: String
        /// A pipe or device named by the user, read to its end.
        var isStream = false
        /// What the pipe held when it was read before, with which pipe it was.
        var kept: (article: Article, identity: FileSystem.FileIdentity)?
    }

    /// Files are read on all cores, as child tasks of the calling task.
    /// - Throws: `CancellationError` when the calling task is cancelled.
    func load(paths: [String], keepingPipesOf previous: Corpus? = nil) async throws -> Corpus {
        var pending: [Pending] = []
        var warnings: [LoadWarning] = []
        var seenDirectories = Set<FileSystem.FileIdentity>()
        let prefixRoots = paths.count > 1
        for root in paths {
            do {
                switch try FileSystem.kind(at: root) {
                case .directory(let identity):
                    seenDirectories.insert(identity)
                    let prefix = prefixRoots ? Self.lastComponent(of: root) + "/" : ""
                    walk(directory: root, idPrefix: prefix, pending: &pending, warnings: &warnings,
                         seenDirectories: &seenDirectories)
                case .file:
                    pending.append(Pending(id: Self.lastComponent(of: root), path: root))
                case .stream(let identity):
                    let kept = previous?.articles.first { $0.path == root }.map { (article: $0, identity: identity) }
                    pending.append(Pending(id: Self.lastComponent(of: root), path: root, isStream: true, kept: kept))
                case .other:
                    warnings.append(LoadWarning(path: root, failure: .notRegularFile))
                }
            } catch {
                warnings.append(LoadWarning(path: root, failure: error))
            }
        }
        Self.disambiguate(&pending)
        let read = { @Sendable [self] (item: Pending) -> Result<(Article, FileSystem.FileIdentity), LoadFailure> in
            Result { () throws(LoadFailure) in try self.read(item) }
        }
        let results: [Result<(Article, FileSystem.FileIdentity), LoadFailure>]
        if let onProgress {
            let total = pending.count
            onProgress(0, total)
            results = try await pending.concurrentMap(chunksOf: 256, done: { onProgress($0, total) }, read)
        } else {
            results = try await pending.concurrentMap(read)
        }
        var articles: [Article] = []
        articles.reserveCapacity(results.count)
        var seenFiles = Set<FileSystem.FileIdentity>()
        for (item, result) in zip(pending, results) {
            switch result {
            case .success(let (article, identity)): if seenFiles.insert(identity).inserted { articles.append(article) }
            case .failure(let failure): warnings.append(LoadWarning(path: item.path, failure: failure))
            }
        }
        return Corpus(articles: articles, warnings: warnings)
    }

    func loadSingleFile(_ path: String) throws(LoadFailure) -> Article {
        switch try FileSystem.kind(at: path) {
        case .directory: throw .isDirectory
        case .other: throw .notRegularFile
        case .file: return try read(Pending(id: Self.lastComponent(of: path), path: path)).article
        case .stream: return try read(Pending(id: Self.lastComponent(of: path), path: path, isStream: true)).article
        }
    }

    private func read(_ item: Pending) throws(LoadFailure) -> (article: Article, identity: FileSystem.FileIdentity) {
        if let kept = item.kept { return kept }
        let contents = try FileSystem.readAll(item.path, limit: options.maxFileSize, stream: item.isStream)
        return (try Article(id: item.id, path: item.path, bytes: contents.bytes), contents.identity)
    }

    private func walk(directory: String, idPrefix: String, pending: inout [Pending],
                      warnings: inout [LoadWarning], seenDirectories: inout Set<FileSystem.FileIdentity>) {
        let entries: [FileSystem.Entry]
        do {
            entries = try FileSystem.entries(of: directory)
        } catch {
            warnings.append(LoadWarning(path: directory, failure: error))
            return
        }
        for entry in entries where !entry.name.hasPrefix(".") {
            let name = entry.name
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            let id = idPrefix + name
            let isArticle = options.extensions.contains(Self.fileExtension(of: name))
            if entry.isRegularFile {
                if isArticle { pending.append(Pending(id: id, path: path)) }
                continue
            }
            do {
                switch try FileSystem.kind(at: path) {
                case .directory(let identity):
                    guard seenDirectories.insert(identity).inserted else {
                        warnings.append(LoadWarning(path: path, failure: .symlinkLoop))
                        continue
                    }
                    walk(directory: path, idPrefix: id + "/", pending: &pending, warnings: &warnings,
                         seenDirectories: &seenDirectories)
                case .file:
                    if isArticle { pending.append(Pending(id: id, path: path)) }
                case .stream, .other:
                    if isArticle { warnings.append(LoadWarning(path: path, failure: .notRegularFile)) }
                }
            } catch {
                // A broken link or loop only matters if it looks like an article.
                if isArticle || error == .symlinkLoop {
                    warnings.append(LoadWarning(path: path, failure: error))
                }
            }
        }
    }

    /// Two files named on the command line with the same name keep their paths as ids.
    private static func disambiguate(_ pending: inout [Pending]) {
        var counts: [String: Int] = [:]
        for item in pending { counts[item.id, default: 0] += 1 }
        guard counts.values.contains(where: { $0 > 1 }) else { return }
        pending = pending.map { counts[$0.id]! > 1 ? Pending(id: $0.path, path: $0.path) : $0 }
    }

    static func lastComponent(of path: String) -> String {
        let trimmed = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        return trimmed.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? trimmed
    }

    static func fileExtension(of name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}
