import ArgumentParser
import Foundation
import TandemKit

/// The paths to read and the loader's limits, shared by the commands that take a corpus.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Folders (read recursively) and files, - for standard input; default: the bundled seed articles.")
    var paths: [String] = []

    @OptionGroup var limits: LoadLimitOptions

    /// Loads the corpus, printing one warning per skipped file, and how many
    /// files are read so far on `progress` (a large folder takes seconds).
    /// - Throws: `ExitCode.failure` when nothing readable was found.
    func load(progress: ProgressLine = ProgressLine()) async throws -> Corpus {
        let roots = try resolvedPaths()
        progress.stage("finding articles")  // walking a large folder comes first
        let corpus = try await Corpus.load(paths: roots, options: limits.loadOptions) { read, total in
            progress.update("reading \(total.formatted()) files", done: read, total: total)
        }
        progress.finish()
        // One path that cannot be read says why in one line, as `show` does.
        if corpus.articles.isEmpty, corpus.warnings.count == 1, let only = corpus.warnings.first, roots == [only.path] {
            StandardError.fail("\(only.path): \(only.failure.reason)")
            throw ExitCode.failure
        }
        corpus.warnings.forEach(StandardError.warn)
        if corpus.articles.isEmpty && !corpus.warnings.isEmpty {
            StandardError.fail("no readable articles in \(roots.joined(separator: ", "))")
            throw ExitCode.failure
        }
        return corpus
    }

    /// A short name for a path in the reader's header: its last component.
    static func displayName(_ path: String) -> String {
        let path = resolved(path)
        let trimmed = path.hasSuffix("/") ? String(path.dropLast()) : path
        return trimmed.split(separator: "/").last.map(String.init) ?? trimmed
    }

    func resolvedPaths() throws -> [String] {
        if !paths.isEmpty { return paths.map(Self.resolved) }
        guard let seeds = BundledCorpus.seedsPath else {
            StandardError.fail("the bundled seed articles are missing; give a PATH")
            throw ExitCode.failure
        }
        return [seeds]
    }
}

extension CorpusOptions {
    /// A path as given, but `-` for standard input, as in `cat` and `diff`.
    static func resolved(_ argument: String) -> String {
        argument == "-" ? "/dev/stdin" : argument
    }
}

struct LoadLimitOptions: ParsableArguments {
    @Option(name: .customLong("max-size"), help: "Skip files larger than this many megabytes.")
    var maxSizeMegabytes: Double = Double(LoadOptions.defaultMaxFileSize) / 1_000_000

    func validate() throws {
        guard maxSizeMegabytes > 0, maxSizeMegabytes < 100_000 else {
            throw ValidationError("--max-size must be a positive number of megabytes")
        }
    }

    var loadOptions: LoadOptions {
        LoadOptions(maxFileSize: Int(maxSizeMegabytes * 1_000_000))
    }
}
