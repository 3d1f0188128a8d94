#if os(Linux)
import Foundation
import Testing
import TestSupport

/// The executable restarts itself once under Tandem's malloc settings
/// (Sources/CStartup) when given a folder or many files, unless the user set
/// malloc settings or opted out.
@Suite struct AllocatorTuningTests {
    static let ours = "glibc.malloc.hugetlb=1"

    @Test func aRunOnAFolderRunsUnderTheTunables() throws {
        let environment = try environmentOnceRunning(with: [:])
        #expect(environment["GLIBC_TUNABLES"]?.contains(Self.ours) == true)
    }

    @Test func aRunOnManyFilesRunsUnderTheTunables() throws {
        let folder = TemporaryFolder()
        let environment = try environmentOnceRunning(["list", "--json"] + Self.articles(65, in: folder), with: [:])
        #expect(environment["GLIBC_TUNABLES"]?.contains(Self.ours) == true)
    }

    /// A restart costs a start of the program, more than the settings save on a few files.
    @Test func aRunOnAFewFilesStartsOnlyOnce() throws {
        let folder = TemporaryFolder()
        let long = folder.write("long.txt", String(repeating: "A sentence of a long article. ", count: 1_000))
        let environment = try environmentOnceRunning(["show", long, "--json"], with: [:])
        #expect(environment["GLIBC_TUNABLES"] == nil)
    }

    /// (Only the first setting can be seen from outside: glibc cuts the
    /// variable's text in place where it parses it.)
    @Test func otherTunablesOfTheUserDoNotStopTheRestart() throws {
        let environment = try environmentOnceRunning(with: ["GLIBC_TUNABLES": "glibc.rtld.nns=4"])
        #expect(environment["GLIBC_TUNABLES"]?.hasPrefix(Self.ours) == true)
    }

    @Test func mallocSettingsOfTheUserWin() throws {
        let environment = try environmentOnceRunning(with: ["GLIBC_TUNABLES": "glibc.malloc.arena_max=2"])
        #expect(environment["GLIBC_TUNABLES"] == "glibc.malloc.arena_max=2")
    }

    @Test func theRestartCanBeTurnedOff() throws {
        let environment = try environmentOnceRunning(with: ["TANDEM_MALLOC_DEFAULTS": "1"])
        #expect(environment["GLIBC_TUNABLES"] == nil)
    }

    /// `count` articles with long titles, so that listing them writes more
    /// than the smallest pipe and the C library's buffer hold.
    private static func articles(_ count: Int, in folder: TemporaryFolder) -> [String] {
        (0..<count).map { index in
            let title = "Article \(index) " + String(repeating: "with a title long enough to fill a pipe ", count: 4)
            return folder.write("article-\(index).txt", title + "\n\nIts one paragraph has a sentence or two.\n")
        }
    }

    /// The environment of `tandem ARGUMENTS` (by default, a folder listed)
    /// once it is blocked writing to a pipe nobody reads: by then any restart
    /// is done, since it happens before `main`.
    private func environmentOnceRunning(_ arguments: [String]? = nil,
                                        with settings: [String: String]) throws -> [String: String] {
        let folder = TemporaryFolder()
        _ = Self.articles(70, in: folder)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(TandemProcess.binaryPath))
        process.arguments = arguments ?? ["list", folder.path, "--json"]
        var environment = ProcessInfo.processInfo.environment
        environment["GLIBC_TUNABLES"] = nil
        environment.merge(settings) { _, new in new }
        process.environment = environment
        let output = Pipe()
        // One page, the least Linux allows: the output above fills it and the buffer.
        #expect(fcntl(output.fileHandleForWriting.fileDescriptor, Self.setPipeSize, 4096) >= 0)
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer {
            try? output.fileHandleForReading.close()  // the blocked write fails and the program ends
            process.waitUntilExit()
        }
        let pid = process.processIdentifier
        let deadline = Date().addingTimeInterval(TestTime.seconds(10))
        while !isWritingStandardOutput(pid), Date() < deadline { usleep(5_000) }
        #expect(isWritingStandardOutput(pid))
        let raw = try Data(contentsOf: URL(fileURLWithPath: "/proc/\(pid)/environ"))
        var result: [String: String] = [:]
        for entry in raw.split(separator: 0) {
            let text = String(decoding: entry, as: UTF8.self)
            guard let equals = text.firstIndex(of: "=") else { continue }
            result[String(text[..<equals])] = String(text[text.index(after: equals)...])
        }
        return result
    }

    /// `F_SETPIPE_SZ`, which Glibc's module leaves out (it is a GNU extension).
    private static let setPipeSize: Int32 = 1031

    /// One of its threads is blocked in `write(1, …)`: its /proc/…/syscall
    /// starts with write's number and fd 1.
    private func isWritingStandardOutput(_ pid: Int32) -> Bool {
        #if arch(x86_64)
        let write = "1"
        #else
        let write = "64"
        #endif
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        return tasks.contains { task in
            let text = try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/syscall", encoding: .utf8)
            return text?.hasPrefix("\(write) 0x1 ") == true
        }
    }
}
#endif
