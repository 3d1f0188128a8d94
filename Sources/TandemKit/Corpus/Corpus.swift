/// The articles of one or more folders or files, in a stable order.
public struct Corpus: Sendable {
    public let articles: [Article]
    /// Files that were skipped, one line each.
    public let warnings: [LoadWarning]

    public init(articles: [Article], warnings: [LoadWarning]) {
        self.articles = articles
        self.warnings = warnings
    }

    /// Loads folders (recursively) and files.
    ///
    /// Never throws for a bad file inside a folder: it becomes a warning. A path
    /// given by the caller that cannot be read at all is a warning too, so that one
    /// bad argument does not hide the others; callers decide whether an empty
    /// corpus is an error. Files are read on all cores, as child tasks.
    /// - Throws: `CancellationError` when the calling task is cancelled.
    /// - Parameter onProgress: told, once the folders are walked, how many of
    ///   the files found are read so far: (read, total).
    /// - Parameter previous: a corpus loaded from the same paths before: a pipe
    ///   among the paths keeps its article from it, since what a pipe held
    ///   cannot be read twice (the reader's reload).
    public static func load(paths: [String], options: LoadOptions = LoadOptions(), keepingPipesOf previous: Corpus? = nil,
                            onProgress: (@Sendable (_ read: Int, _ total: Int) -> Void)? = nil) async throws -> Corpus {
        try await CorpusLoader(options: options, onProgress: onProgress).load(paths: paths, keepingPipesOf: previous)
    }

    /// Loads one file, which must be readable text.
    public static func loadFile(_ path: String, options: LoadOptions = LoadOptions()) throws(LoadFailure) -> Article {
        try CorpusLoader(options: options).loadSingleFile(path)
    }
}
