#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// A one-line progress report on stderr for the long subcommands — only when
/// stderr is a terminal, so pipes, logs and tests get clean output. Redrawn in
/// place with a carriage return and cleared when the work is done.
final class ProgressLine: Sendable {
    private let enabled: Bool
    private let width: Int
    /// The last percentage drawn per stage, to redraw only on change.
    private let last = Mutex<(stage: String, percent: Int)?>(nil)

    init(enabled: Bool = isatty(2) == 1, width: Int = 30) {
        self.enabled = enabled
        self.width = width
    }

    /// "finding stories  [#########.....................]  31%"
    static func render(_ stage: String, done: Int, total: Int, width: Int) -> String {
        let fraction = total > 0 ? min(1, Double(done) / Double(total)) : 0
        let filled = Int((fraction * Double(width)).rounded(.down))
        let percent = Int((fraction * 100).rounded(.down))
        return "\(stage)  [\(String(repeating: "#", count: filled))\(String(repeating: ".", count: width - filled))] \(String(percent).leftPadded(to: 3))%"
    }

    /// A stage without a known size: its name alone.
    func stage(_ name: String) {
        guard enabled else { return }
        last.withLock { $0 = (name, -1) }
        StandardError.write("\r\u{1B}[2K" + name + "…")
    }

    func update(_ stage: String, done: Int, total: Int) {
        guard enabled else { return }
        let percent = total > 0 ? done * 100 / total : 0
        let changed = last.withLock { state -> Bool in
            if let state, state.stage == stage, state.percent == percent { return false }
            state = (stage, percent)
            return true
        }
        if changed { StandardError.write("\r\u{1B}[2K" + Self.render(stage, done: done, total: total, width: width)) }
    }

    /// Clears the line.
    func finish() {
        guard enabled else { return }
        StandardError.write("\r\u{1B}[2K")
    }
}
