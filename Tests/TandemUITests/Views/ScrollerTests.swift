import Testing
@testable import TandemUI

@Suite struct ScrollerTests {
    @Test func movementStaysInsideTheText() {
        var scroller = Scroller()
        let moved = scroller.move(.pageDown, total: 100, height: 20)
        #expect(moved && scroller.top == 18) // a page keeps two lines of context
        _ = scroller.move(.bottom, total: 100, height: 20)
        #expect(scroller.top == 80)
        _ = scroller.move(.lineDown, total: 100, height: 20)
        #expect(scroller.top == 80)
        _ = scroller.move(.halfPageUp, total: 100, height: 20)
        #expect(scroller.top == 70)
        _ = scroller.move(.top, total: 100, height: 20)
        #expect(scroller.top == 0)
        _ = scroller.move(.lineUp, total: 100, height: 20)
        #expect(scroller.top == 0)
        let searched = scroller.move(.search, total: 100, height: 20)
        #expect(!searched)
    }

    @Test func aShortTextDoesNotScroll() {
        var scroller = Scroller()
        _ = scroller.move(.pageDown, total: 5, height: 20)
        #expect(scroller.top == 0)
    }

    @Test func revealKeepsAMarginAroundTheLine() {
        var scroller = Scroller()
        scroller.reveal(50, total: 100, height: 20, margin: 2)
        #expect(scroller.top == 33) // line 50 is the third from the bottom
        scroller.reveal(10, total: 100, height: 20, margin: 2)
        #expect(scroller.top == 8)
    }

    @Test func steppingWrapsAtBothEnds() {
        #expect(Cycling.step(from: nil, count: 3, forward: true) == 0)
        #expect(Cycling.step(from: nil, count: 3, forward: false) == 2)
        #expect(Cycling.step(from: 2, count: 3, forward: true) == 0)
        #expect(Cycling.step(from: 0, count: 3, forward: false) == 2)
    }
}
