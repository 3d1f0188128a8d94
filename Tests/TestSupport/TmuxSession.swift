import Foundation

/// A detached tmux session running a shell, for driving the real reader.
/// It kills only the session it started, by its own name.
public final class TmuxSession {
    public let name: String

    public enum Failure: Error { case tmuxMissing, cannotStart(String) }

    public init(width: Int = 120, height: Int = 32) throws {
        name = "tandem-e2e-\(UUID().uuidString.prefix(8))"
        guard Self.tmux(["-V"]).status == 0 else { throw Failure.tmuxMissing }
        // The first session starts the tmux server, which would inherit an output
        // pipe and hold it open for ever: this command gets no pipe.
        let started = Self.tmux(["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)",
                                 "env -i HOME=/tmp PATH=/usr/bin:/bin TERM=xterm-256color LANG=C.UTF-8 SWIFT_BACKTRACE=interactive=no PS1='$ ' bash --norc --noprofile"],
                                captureOutput: false)
        guard started.status == 0 else { throw Failure.cannotStart(started.output) }
    }

    deinit { _ = Self.tmux(["kill-session", "-t", name]) }

    /// Types keys (tmux key names, e.g. "Enter", "C-c", or literal text with `literal`).
    public func send(_ keys: String..., literal: Bool = false) {
        _ = Self.tmux(["send-keys", "-t", name] + (literal ? ["-l"] : []) + keys)
    }

    public func resize(width: Int, height: Int) {
        _ = Self.tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    public func capture() -> String { Self.tmux(["capture-pane", "-p", "-t", name]).output }

    /// Waits until the screen satisfies `condition` (up to `timeout` seconds); returns the last capture.
    @discardableResult
    public func wait(timeout: Double = 10, until condition: (String) -> Bool) -> String {
        let deadline = Date().addingTimeInterval(TestTime.seconds(timeout))
        var screen = capture()
        while !condition(screen), Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            screen = capture()
        }
        return screen
    }

    @discardableResult
    public func wait(for text: String, timeout: Double = 10) -> String {
        wait(timeout: timeout) { $0.contains(text) }
    }

    /// Waits for a command run as `…; echo EXIT=$?` to end and returns its exit
    /// status (nil on timeout). Only a line of its own counts: the command line
    /// itself shows `EXIT=$?` before the command has ended.
    public func waitForExitStatus(timeout: Double = 10) -> String? {
        let exitLine = { (screen: String) in screen.split(separator: "\n").first { $0.hasPrefix("EXIT=") } }
        return exitLine(wait(timeout: timeout) { exitLine($0) != nil }).map { String($0.dropFirst(5)) }
    }

    /// The process id of the shell in the pane.
    public var shellPID: Int32? {
        Int32(Self.tmux(["list-panes", "-t", name, "-F", "#{pane_pid}"]).output.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Runs tmux through posix_spawn with an empty signal mask and default
    /// signal handlers: the tmux server inherits its starter's signal state,
    /// and started from Foundation's Process it never lets the client return.
    private static func tmux(_ arguments: [String], captureOutput: Bool = true) -> (status: Int32, output: String) {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t(), all = sigset_t()
        sigemptyset(&empty)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var fds: [Int32] = [0, 0]
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if captureOutput {
            guard pipe(&fds) == 0 else { return (-1, "pipe failed") }
            posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
            posix_spawn_file_actions_adddup2(&actions, fds[1], 2)
            posix_spawn_file_actions_addclose(&actions, fds[0])
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        let argv = (["tmux"] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawnp(&pid, "tmux", &actions, &attributes, argv, environ) == 0 else { return (-1, "cannot run tmux") }
        var output = Data()
        if captureOutput {
            close(fds[1])
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let count = read(fds[0], &buffer, buffer.count)
                if count <= 0 { break }
                output.append(contentsOf: buffer[0..<count])
            }
            close(fds[0])
        }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        let exitCode = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : -1
        return (exitCode, String(decoding: output, as: UTF8.self))
    }
}
