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
        let environment = try environmentOnceRunning(with: [:], paths: Array(repeating: folder.write("a.txt", "A sentence."), count: 65))
        #expect(environment["GLIBC_TUNABLES"]?.contains(Self.ours) == true)
    }

    /// A restart costs a start of the program, more than the settings save on a few files.
    @Test func aRunOnAFewFilesStartsOnlyOnce() throws {
        let folder = TemporaryFolder()
        let file = folder.write("a.txt", "A sentence.")
        let environment = try environmentOnceRunning(with: [:], paths: [file, file])
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

    /// The environment of `tandem claims PATHS --lines` (by default, a folder)
    /// once it waits for its first line: by then any restart is done, since it
    /// happens before `main`.
    private func environmentOnceRunning(with settings: [String: String],
                                        paths: [String] = [FileManager.default.temporaryDirectory.path]) throws -> [String: String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(TandemProcess.binaryPath))
        process.arguments = ["claims"] + paths + ["--lines"]
        var environment = ProcessInfo.processInfo.environment
        environment["GLIBC_TUNABLES"] = nil
        environment.merge(settings) { _, new in new }
        process.environment = environment
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        defer {
            try? input.fileHandleForWriting.close()
            process.waitUntilExit()
        }
        let pid = process.processIdentifier
        let deadline = Date().addingTimeInterval(TestTime.seconds(10))
        while !isReadingStandardInput(pid), Date() < deadline { usleep(5_000) }
        #expect(isReadingStandardInput(pid))
        let raw = try Data(contentsOf: URL(fileURLWithPath: "/proc/\(pid)/environ"))
        var result: [String: String] = [:]
        for entry in raw.split(separator: 0) {
            let text = String(decoding: entry, as: UTF8.self)
            guard let equals = text.firstIndex(of: "=") else { continue }
            result[String(text[..<equals])] = String(text[text.index(after: equals)...])
        }
        return result
    }

    /// One of its threads is blocked in `read(0, …)`: its /proc/…/syscall
    /// starts with read's number and fd 0.
    private func isReadingStandardInput(_ pid: Int32) -> Bool {
        #if arch(x86_64)
        let read = "0"
        #else
        let read = "63"
        #endif
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        return tasks.contains { task in
            let text = try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/syscall", encoding: .utf8)
            return text?.hasPrefix("\(read) 0x0 ") == true
        }
    }
}
#endif
