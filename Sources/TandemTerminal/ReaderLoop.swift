import Glibc
import TandemUI

/// The reader's event loop: draw, wait for a key (or the analysis), handle it.
@MainActor
public enum ReaderLoop {
    /// Waits this long for a key before checking on the background analysis.
    static let pollMilliseconds: Int32 = 100
    /// Waits at most this long for the cleaned articles before the first screen:
    /// a small folder opens with its titles, a large one at once with file names.
    static let firstScreenWait: Duration = .milliseconds(500)

    /// - Parameters:
    ///   - analysis: started on the app's corpus (it cleans the articles when
    ///     the model holds them pending), pausing after cleaning.
    ///   - reload: reads the folders again, in the background, when the user asks.
    public static func run(_ app: Application, terminal: Terminal, analysis: AnalysisRunner, reload: Reloader? = nil) {
        var app = app
        var reload = reload
        defer {
            analysis.cancel()
            app.saveReadingPosition()
        }
        if !app.model.isCleaned { waitForCleaned(analysis) }
        var size = terminal.size
        var dirty = true
        var mouse = app.mouseEnabled
        while !app.wantsQuit {
            if let fresh = reload?.finish(from: app) {
                app = fresh
                if !app.model.isCleaned { waitForCleaned(analysis) }
                dirty = true
            }
            if deliverWork(of: analysis, to: app) { dirty = true }
            if dirty {
                terminal.present(app.render(width: size.width, height: size.height))
                dirty = false
            }
            analysis.resume()  // after the first screen, which it would otherwise slow
            if app.wantsReload, reload?.isReading == false {
                app.saveReadingPosition()
                reload?.start()
            }
            if handleTypedKeys(from: terminal, in: app, size: &size) {
                dirty = true
            } else {
                app.saveReadingPosition()  // idle for a poll: a good moment
            }
            if app.mouseEnabled != mouse {
                mouse = app.mouseEnabled
                terminal.setMouse(mouse)
            }
        }
    }

    /// Hands `app` what the background analysis finished since the last look.
    /// - Returns: whether anything arrived, and the screen must be drawn again.
    private static func deliverWork(of analysis: AnalysisRunner, to app: Application) -> Bool {
        var arrived = false
        if let cleaned = analysis.takeCleaned(), !app.model.isCleaned {
            app.model.deliver(cleaned: cleaned)
            app.articlesDidArrive()
            arrived = true
        }
        if let (corpus, stories) = analysis.takeResult() {
            app.model.deliver(analysis: corpus, stories: stories)
            app.analysisDidFinish()
            arrived = true
        }
        if let claims = analysis.takeClaims() {
            app.model.deliver(claims: claims)
            app.claimsDidArrive()
            arrived = true
        }
        let progress = analysis.progress
        if progress != app.progress {
            app.progress = progress
            arrived = true
        }
        return arrived
    }

    /// Waits up to `pollMilliseconds` for a key, then handles every key
    /// already typed before the screen is drawn again, so held keys keep up.
    /// - Returns: whether any key came.
    private static func handleTypedKeys(from terminal: Terminal, in app: Application,
                                        size: inout (width: Int, height: Int)) -> Bool {
        var timeout = pollMilliseconds
        var typed = false
        while let key = terminal.readKey(timeout: timeout) {
            typed = true
            if key == .resize { size = terminal.size }
            app.handle(key)
            timeout = 0
            if app.wantsQuit { break }
        }
        return typed
    }

    /// Polls until the articles are cleaned or `firstScreenWait` has passed.
    private static func waitForCleaned(_ analysis: AnalysisRunner) {
        let clock = ContinuousClock()
        let deadline = clock.now + firstScreenWait
        while !analysis.hasCleaned, clock.now < deadline {
            usleep(5_000)
        }
    }
}
