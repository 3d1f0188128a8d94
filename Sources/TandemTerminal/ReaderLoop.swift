import TandemUI

/// The reader's event loop: draw, wait for a key (or the analysis), handle it.
@MainActor
public enum ReaderLoop {
    /// Waits this long for a key before checking on the background analysis.
    static let pollMilliseconds: Int32 = 100

    /// - Parameter afterFirstFrame: runs once the first screen is drawn (the
    ///   background analysis starts there, so that it does not slow the first screen).
    public static func run(_ app: Application, terminal: Terminal, analysis: AnalysisRunner,
                           afterFirstFrame: (() -> Void)? = nil) {
        defer {
            analysis.cancel()
            app.saveReadingPosition()
        }
        var afterFirstFrame = afterFirstFrame
        var size = terminal.size
        var dirty = true
        var mouse = app.mouseEnabled
        while !app.wantsQuit {
            if let (corpus, stories) = analysis.takeResult() {
                app.model.deliver(analysis: corpus, stories: stories)
                app.analysisDidFinish()
                dirty = true
            }
            if let claims = analysis.takeClaims() {
                app.model.deliver(claims: claims)
                app.claimsDidArrive()
                dirty = true
            }
            let progress = analysis.progress
            if progress != app.progress {
                app.progress = progress
                dirty = true
            }
            if dirty {
                terminal.present(app.render(width: size.width, height: size.height))
                dirty = false
            }
            if let start = afterFirstFrame {
                afterFirstFrame = nil
                start()
            }
            // Handle every key already typed before drawing again, so held keys keep up.
            var timeout = pollMilliseconds
            var idle = true
            while let key = terminal.readKey(timeout: timeout) {
                idle = false
                if key == .resize { size = terminal.size }
                app.handle(key)
                dirty = true
                timeout = 0
                if app.wantsQuit { break }
            }
            if idle { app.saveReadingPosition() }
            if app.mouseEnabled != mouse {
                mouse = app.mouseEnabled
                terminal.setMouse(mouse)
            }
        }
    }
}
