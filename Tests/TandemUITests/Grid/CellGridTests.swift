import Testing
@testable import TandemUI

@Suite struct CellGridTests {
    @Test func aWideCharacterThatDoesNotFitAtAPaneEdgeIsPadded() {
        var grid = CellGrid(width: 10, height: 1)
        let end = grid.write("abc日本", x: 0, y: 0, style: .normal, limit: 6)
        #expect(end == 5)
        #expect(grid.row(0) == "abc日     ") // 3 + 2 columns + 5 blanks
        #expect(grid[5, 0].text == " ")
    }

    @Test func overwritingHalfAWideCharacterClearsTheOtherHalf() {
        var grid = CellGrid(width: 6, height: 1)
        grid.write("日本", x: 0, y: 0, style: .normal)
        grid.write("x", x: 1, y: 0, style: .normal)
        #expect(grid.row(0) == " x本  ")
        #expect((0..<6).map { grid[$0, 0].width }.reduce(0, +) == 6)
    }

    @Test func writesAreClippedAtTheGridEdge() {
        var grid = CellGrid(width: 4, height: 2)
        grid.write("abcdef", x: 2, y: 1, style: .title)
        #expect(grid.rows == ["", "  ab"])
        #expect(grid.styles(1) == [.normal, .normal, .title, .title])
    }

    @Test func textThatDoesNotFitEndsInAnEllipsis() {
        var grid = CellGrid(width: 12, height: 3)
        grid.writeTruncating("short", x: 0, y: 0, style: .normal, limit: 10)
        grid.writeTruncating("China and Russia", x: 0, y: 1, style: .normal, limit: 10)
        let end = grid.writeTruncating("日本語の記事", x: 0, y: 2, style: .normal, limit: 10)
        #expect(grid.rows == ["short", "China and…", "日本語の…"])
        #expect(end == 9)
    }
}
