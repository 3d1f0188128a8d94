import Testing
import TestSupport
@testable import TandemKit
@testable import TandemUI

/// Claims in the reader, the panel of other sources, and compare from a claim, on the seeds.
@MainActor
@Suite struct ClaimViewTests {
    private func appWithClaims() async throws -> Application {
        let app = try await seedApplication()
        let analysis = try! #require(app.model.analysis)
        let finder = ClaimFinder()
        try await app.model.deliver(claims: finder.claims(in: analysis, scores: finder.score(analysis)))
        app.claimsDidArrive()
        return app
    }

    /// Opens the article whose title starts with `title` in the reader.
    private func open(_ title: String, in app: Application) throws {
        let article = try #require(app.model.articles.firstIndex { $0.title.hasPrefix(title) })
        app.selectArticle(article)
        app.handle(.enter)
    }

    /// Presses `n` until the claim in focus starts with `prefix` (or every claim was visited).
    private func walkToClaim(startingWith prefix: String, in app: Application) {
        for _ in 0..<app.reader.claims.count {
            app.handle(.character("n"))
            let text = app.reader.focusedClaim.flatMap { app.model.sentence($0.sentence, of: $0.article)?.text }
            if text?.hasPrefix(prefix) == true { return }
        }
    }

    @Test func enterWithNoClaimInFocusSaysHowToGetOneInFull() async throws {
        let app = try await appWithClaims()
        try open("Balancing the Tightrope", in: app)
        app.handle(.enter)
        // The hint shares the status bar with the position and the claim count, at 120 columns.
        let status = app.render(width: 120, height: 32).rows.last!
        #expect(status.contains(" claims (level"))
        #expect(status.contains("n focuses a claim; Enter lists its sources"), "\(status)")
    }

    @Test func claimsAreUnderlinedAndNFocusesTheFirst() async throws {
        let app = try await appWithClaims()
        try open("Will China arm Russia?", in: app)
        var grid = app.render(width: 120, height: 32)
        #expect(grid.rows[grid.height - 1].contains(" claims (level 3/5) · "))
        #expect((0..<grid.height).contains { grid.styles($0).contains(.claim) })
        app.handle(.character("n"))
        grid = app.render(width: 120, height: 32)
        let status = grid.rows[grid.height - 1]
        #expect(status.contains("Claim 1/") && status.contains("other source"), "\(status)")
        let focused = (0..<grid.height).filter { grid.styles($0).contains(.claimFocus) }
        #expect(!focused.isEmpty)
        app.handle(.character("N"))
        #expect(app.render(width: 120, height: 32).rows.last!.contains("Claim \(app.reader.claims.count)/"))
    }

    @Test func enterOnACorroboratedClaimListsTheOtherArticlesThenComparesThem() async throws {
        let app = try await appWithClaims()
        try open("Will China arm Russia?", in: app)
        // The claim about Der Spiegel's report, which 002 also makes.
        walkToClaim(startingWith: "Der Spiegel then reported", in: app)
        let claim = try #require(app.reader.focusedClaim)
        #expect(claim.claimant == "Der Spiegel")
        app.handle(.enter)
        var screen = app.render(width: 120, height: 32).text
        #expect(screen.contains("Also reported by 1:"))
        #expect(screen.contains("002 · Balancing the Tightrope"))
        #expect(screen.contains("The German magazine Der Spiegel recently reported"))
        app.handle(.enter)
        let grid = app.render(width: 120, height: 32)
        screen = grid.text
        #expect(screen.contains("of this text is in the other"))
        // The claim and its source stand on the same row.
        #expect(grid.rows.contains { $0.contains("Der Spiegel then reported") && $0.contains("The German magazine Der Spiegel") })
        app.handle(.character("q"))
        #expect(app.render(width: 120, height: 32).text.contains("Also reported by 1:"))
        app.handle(.character("q"))
        #expect(app.render(width: 120, height: 32).rows.last!.contains("Claim "))
    }

    @Test func stackedOnANarrowTerminalBothPanesShowThePinnedSentences() async throws {
        let app = try await appWithClaims()
        try open("Will China arm Russia?", in: app)
        walkToClaim(startingWith: "Der Spiegel then reported", in: app)
        app.handle(.enter)
        app.handle(.enter)
        let screen = app.render(width: 80, height: 24).text
        #expect(screen.contains("Der Spiegel then reported"), "\(screen)")
        #expect(screen.contains("The German magazine Der Spiegel"), "\(screen)")
    }

    @Test func plusAndMinusShowMoreOrFewerClaims() async throws {
        let app = try await appWithClaims()
        try open("Will China arm Russia?", in: app)
        let standard = app.reader.claims.count
        app.handle(.character("-"))
        let fewer = app.reader.claims.count
        #expect(app.render(width: 120, height: 32).rows.last!.contains("claims: level 2/5"))
        app.handle(.character("+"))
        app.handle(.character("+"))
        let more = app.reader.claims.count
        #expect(fewer < standard && standard < more)
    }

    @Test func afterASearchNWalksTheMatchesNotTheClaims() async throws {
        let app = try await appWithClaims()
        try open("Will China arm Russia?", in: app)
        app.handle(.character("/"))
        for character in "Spiegel" { app.handle(.character(character)) }
        app.handle(.enter)
        app.handle(.character("n"))
        let status = app.render(width: 120, height: 32).rows.last!
        #expect(status.contains("[2/") && !status.contains("Claim 1/"), "\(status)")
    }

    @Test func beforeTheClaimsArriveNSaysSo() async throws {
        let app = try await seedApplication()
        try open("Will China arm Russia?", in: app)
        app.handle(.character("n"))
        #expect(app.render(width: 120, height: 32).rows.last!.contains("still finding claims"))
    }
}
