import Foundation
import Synchronization
import Testing
import TestSupport
@testable import TandemKit

@Suite struct CorpusLoaderTests {
    @Test func foldersAreReadRecursivelyInOrderSkippingHiddenAndOtherExtensions() async throws {
        let folder = TemporaryFolder()
        folder.write("b.txt", "B")
        folder.write("a.md", "A")
        folder.write("sub/c.txt", "C")
        folder.write(".hidden.txt", "H")
        folder.write(".git/d.txt", "D")
        folder.write("notes.pdf", "P")
        let corpus = try await Corpus.load(paths: [folder.path])
        #expect(corpus.articles.map(\.id) == ["a.md", "b.txt", "sub/c.txt"])
        #expect(corpus.warnings.isEmpty)
    }

    @Test func readingReportsHowManyFilesAreReadOfAllFound() async throws {
        let folder = TemporaryFolder()
        for i in 0..<1_000 { folder.write("f\(i / 100)/\(i).txt", "Article \(i).") }
        let reports = Mutex<[(Int, Int)]>([])
        let corpus = try await Corpus.load(paths: [folder.path]) { read, total in reports.withLock { $0.append((read, total)) } }
        let seen = reports.withLock { $0 }
        #expect(corpus.articles.count == 1_000)
        #expect(seen.first! == (0, 1_000) && seen.last! == (1_000, 1_000))
        #expect(seen.count > 2, "progress between the first and the last file")
        #expect(zip(seen, seen.dropFirst()).allSatisfy { $0.0 <= $1.0 && $1.1 == 1_000 })
    }

    @Test func badFilesBecomeOneWarningEachAndNeverStopTheLoad() async throws {
        let folder = TemporaryFolder()
        folder.write("good.txt", "Fine text.")
        folder.write("binary.txt", bytes: [0x47, 0x00, 0x01])
        folder.write("big.txt", String(repeating: "x", count: 2_000))
        folder.link("broken.txt", to: folder.path + "/missing.txt")
        folder.link("loop", to: folder.path)
        let corpus = try await Corpus.load(paths: [folder.path], options: LoadOptions(maxFileSize: 1_000))
        #expect(corpus.articles.map(\.id) == ["good.txt"])
        let reasons = Dictionary(uniqueKeysWithValues: corpus.warnings.map {
            (CorpusLoader.lastComponent(of: $0.path), $0.failure)
        })
        #expect(reasons["binary.txt"] == .binary)
        #expect(reasons["big.txt"] == .tooLarge(size: 2_000, limit: 1_000))
        #expect(reasons["broken.txt"] == .brokenLink)
        #expect(reasons["loop"] == .symlinkLoop)
        #expect(corpus.warnings.allSatisfy { $0.description.hasPrefix("skipped \(folder.path)/") })
    }

    @Test func aSymlinkLoopTwoLevelsDeepEnds() async throws {
        let folder = TemporaryFolder()
        folder.write("a/b/text.txt", "Some text.")
        folder.link("a/b/up", to: folder.path + "/a")
        let corpus = try await Corpus.load(paths: [folder.path])
        #expect(corpus.articles.map(\.id) == ["a/b/text.txt"])
        #expect(corpus.warnings.map(\.failure) == [.symlinkLoop])
    }

    @Test func aFifoInAFolderIsSkippedWithoutWaitingForAWriter() async throws {
        let folder = TemporaryFolder()
        #expect(mkfifo(folder.path + "/pipe.txt", 0o644) == 0)
        let corpus = try await Corpus.load(paths: [folder.path])
        #expect(corpus.articles.isEmpty)
        #expect(corpus.warnings.map(\.failure) == [.notRegularFile])
    }

    /// As `diff <(…) <(…)` reads its pipes: `tandem align <(curl …) <(curl …)`.
    @Test func aPipeNamedOnTheCommandLineIsReadToItsEnd() async throws {
        let folder = TemporaryFolder()
        let pipe = folder.path + "/pipe"
        #expect(mkfifo(pipe, 0o644) == 0)
        let text = "Piped report\n\n" + String(repeating: "A sentence that arrives through a pipe. ", count: 500) + "\n"
        Self.write(text, to: pipe)
        let article = try Corpus.loadFile(pipe)
        #expect(article.id == "pipe")
        #expect(article.byteCount == text.utf8.count)  // more than one read's worth, all of it
        #expect(article.text.string.hasPrefix("Piped report"))
        Self.write(text, to: pipe)
        let file = folder.write("story.txt", "A story\n\nIts one paragraph.\n")
        let corpus = try await Corpus.load(paths: [pipe, file])
        #expect(corpus.articles.map(\.byteCount) == [text.utf8.count, 28])
        #expect(corpus.warnings.isEmpty)
        // Reloading: nobody writes to the pipe now, and what it held is kept; the file is read again.
        folder.write("story.txt", "A story\n\nIts one paragraph, longer now.\n")
        let reloaded = try await Corpus.load(paths: [pipe, file], keepingPipesOf: corpus)
        #expect(reloaded.articles.map(\.byteCount) == [text.utf8.count, 40])
        #expect(reloaded.articles.map(\.id) == ["pipe", "story.txt"])
    }

    /// A pipe may never end: it is read one byte past the limit and no further.
    @Test func aPipeOverTheLimitIsRefusedWithoutReadingItAll() throws {
        let folder = TemporaryFolder()
        let pipe = folder.path + "/pipe"
        #expect(mkfifo(pipe, 0o644) == 0)
        // Less than a pipe's buffer, so the writer is done before the reader stops.
        Self.write(String(repeating: "x", count: 3_000), to: pipe)
        #expect(throws: LoadFailure.tooLarge(size: nil, limit: 1_000)) {
            try Corpus.loadFile(pipe, options: LoadOptions(maxFileSize: 1_000))
        }
        #expect(LoadFailure.tooLarge(size: nil, limit: 10_000_000).reason == "more than the 10 MB limit (see --max-size)")
    }

    /// Writes `text` to the FIFO from another thread, once a reader opens it.
    private static func write(_ text: String, to fifo: String) {
        Thread {
            let fd = open(fifo, O_WRONLY)
            guard fd >= 0 else { return }
            var bytes = Array(text.utf8)[...]
            while !bytes.isEmpty {
                let written = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
                guard written > 0 else { break }
                bytes = bytes.dropFirst(written)
            }
            close(fd)
        }.start()
    }

    @Test func singleFilesReportWhyTheyCannotBeRead() throws {
        let folder = TemporaryFolder()
        let directory = folder.makeFolder("x.txt")
        #expect(throws: LoadFailure.isDirectory) { try Corpus.loadFile(directory) }
        #expect(throws: LoadFailure.notFound) { try Corpus.loadFile(folder.path + "/nope.txt") }
        let binary = folder.write("bin.txt", bytes: [0, 1, 2])
        #expect(throws: LoadFailure.binary) { try Corpus.loadFile(binary) }
        #if os(Linux)
        // Readable by mode yet failing on read: the kernel refuses offset 0 here.
        #expect(throws: LoadFailure.unreadable(reason: "Input/output error")) {
            try Corpus.loadFile("/proc/self/mem")
        }
        #endif
    }

    @Test func aFolderNamedLikeAFileIsWalked() async throws {
        let folder = TemporaryFolder()
        folder.write("x.txt/inner.txt", "Inner.")
        #expect(try await Corpus.load(paths: [folder.path]).articles.map(\.id) == ["x.txt/inner.txt"])
    }

    @Test func fileArgumentsAreReadWhateverTheirExtensionAndOnce() async throws {
        let folder = TemporaryFolder()
        let page = folder.write("page.html", "Text.")
        folder.link("again.html", to: page)
        let corpus = try await Corpus.load(paths: [page, folder.path + "/again.html"])
        #expect(corpus.articles.map(\.id) == ["page.html"])
    }

    /// Regular files are listed without a `stat` each; which file a name reaches
    /// is learnt as it is read, and a second name for it is dropped then.
    @Test func aFileLinkedTwiceInAFolderIsKeptOnceUnderItsFirstName() async throws {
        let folder = TemporaryFolder()
        let text = folder.write("b.txt", "Text.")
        folder.link("a.txt", to: text)
        #expect(link(text, folder.path + "/c.txt") == 0)
        let corpus = try await Corpus.load(paths: [folder.path])
        #expect(corpus.articles.map(\.id) == ["a.txt"])
        #expect(corpus.warnings.isEmpty)
    }

    @Test func idsOfSeveralRootsArePrefixedWithTheRootName() async throws {
        let folder = TemporaryFolder()
        folder.write("one/a.txt", "A")
        folder.write("two/a.txt", "A too")
        let corpus = try await Corpus.load(paths: [folder.path + "/one", folder.path + "/two"])
        #expect(corpus.articles.map(\.id) == ["one/a.txt", "two/a.txt"])
    }

    @Test func lineEndsOfEveryKindSplitParagraphs() throws {
        for ending in ["\n", "\r\n", "\r"] {
            let text = ["Headline here", "", "First paragraph of the story, long enough to be prose here.", "",
                        "Second paragraph follows it with more words in it."].joined(separator: ending)
            let clean = try cleanText(text)
            #expect(clean.title == "Headline here")
            #expect(clean.texts == ["First paragraph of the story, long enough to be prose here.",
                                    "Second paragraph follows it with more words in it."])
        }
    }

    @Test func bundledSeedsMatchTheRepositoryCopyByteForByte() throws {
        let bundled = try #require(BundledCorpus.seedsPath)
        let names = try FileManager.default.contentsOfDirectory(atPath: Repository.seeds).sorted()
        #expect(names.count == 5)
        #expect(try FileManager.default.contentsOfDirectory(atPath: bundled).sorted() == names)
        for name in names {
            #expect(FileManager.default.contentsEqual(atPath: bundled + "/" + name,
                                                      andPath: Repository.seeds + "/" + name))
        }
    }
}
