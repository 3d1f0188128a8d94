import Foundation

/// Runs the built `tandem` executable, which SwiftPM places beside the test bundle.
public enum TandemProcess {
    public struct Output: Sendable {
        public let status: Int32
        public let stdout: String
        public let stderr: String

        public var json: [String: Any]? {
            try? JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any]
        }
    }

    /// `TANDEM_BIN` if set, else `tandem` next to the running test executable.
    public static var binaryPath: String? {
        if let path = ProcessInfo.processInfo.environment["TANDEM_BIN"] { return path }
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let candidate = executable.deletingLastPathComponent().appendingPathComponent("tandem").path
        return FileManager.default.isExecutableFile(atPath: candidate) ? candidate : nil
    }

    public enum Failure: Error { case binaryNotBuilt }

    /// The reading state and analysis cache of the commands a test run starts,
    /// removed when the test process exits.
    static let stateFolder: String = {
        atexit { try? FileManager.default.removeItem(atPath: TandemProcess.stateFolderPath) }
        return stateFolderPath
    }()

    private static var stateFolderPath: String {
        FileManager.default.temporaryDirectory.path + "/tandem-test-state-\(getpid())"
    }

    /// Runs `tandem` with `arguments` (or, with `shell`, `/bin/sh` with them, for redirections).
    public static func run(_ arguments: [String], in directory: String? = nil,
                           environment: [String: String] = [:], shell: Bool = false,
                           input: String? = nil) throws -> Output {
        guard let path = binaryPath else { throw Failure.binaryNotBuilt }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: shell ? "/bin/sh" : path)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        var env = ProcessInfo.processInfo.environment
        env["SWIFT_BACKTRACE"] = "interactive=no"
        // Never the user's own state and cache: one folder for this test run.
        env["TANDEM_STATE"] = env["TANDEM_STATE"] ?? stateFolder + "/state.sqlite"
        env.merge(environment) { _, new in new }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdin = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        try process.run()
        if let input {
            // Small inputs only: written whole before the output is read.
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try stdin.fileHandleForWriting.close()
        }
        // Read both pipes before waiting, so a large output cannot block the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }
}

/// How much longer than usual the tests may wait: `TANDEM_TEST_TIME_SCALE`
/// (e.g. 10 under AddressSanitizer, whose debug build runs several times slower).
public enum TestTime {
    public static let scale: Double = ProcessInfo.processInfo.environment["TANDEM_TEST_TIME_SCALE"]
        .flatMap(Double.init).map { max(1, $0) } ?? 1

    /// `seconds`, scaled.
    public static func seconds(_ seconds: Double) -> Double { seconds * scale }
}
