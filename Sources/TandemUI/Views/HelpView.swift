/// The help screen, generated from the key table so that it always tells the
/// truth about the keys.
@MainActor
final class HelpView {
    private let keys: KeyTable
    private var scroller = Scroller()

    init(keys: KeyTable) { self.keys = keys }

    /// Where a binding's description starts: after two spaces and the keys.
    private static let descriptionColumn = 20

    /// The help text, one line per binding, grouped; descriptions longer than
    /// `width` columns go on over indented lines, broken between words.
    func lines(width: Int = .max) -> [(text: String, style: StyleRole)] {
        var lines: [(String, StyleRole)] = []
        var group = ""
        let indent = String(repeating: " ", count: Self.descriptionColumn)
        for binding in keys.bindings {
            if binding.group != group {
                if !group.isEmpty { lines.append(("", .normal)) }
                group = binding.group
                lines.append((group, .heading))
            }
            let keyText = "  " + binding.keys.map(\.label).joined(separator: " ")
            let wrapped = Self.wrap(binding.help, width: max(10, width - Self.descriptionColumn))
            for (index, piece) in wrapped.enumerated() {
                let lead = index == 0 ? keyText.padding(toLength: Self.descriptionColumn, withPad: " ", startingAt: 0) : indent
                lines.append((lead + piece, .normal))
            }
        }
        lines.append(("", .normal))
        lines.append(("Press q, Esc or ? to close.", .dim))
        return lines
    }

    /// Greedy word wrap by display width (a word wider than `width` stands alone).
    static func wrap(_ text: String, width: Int) -> [String] {
        var pieces: [String] = [], current = ""
        for word in text.split(separator: " ") {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if DisplayWidth.of(candidate) > width, !current.isEmpty {
                pieces.append(current)
                current = String(word)
            } else {
                current = candidate
            }
        }
        return pieces + [current]
    }

    /// The text width the last screen gave the help (for scrolling by its lines).
    private var textWidth = Int.max

    func draw(into grid: inout CellGrid, screen: Rect) {
        let widest = lines().map { DisplayWidth.of($0.text) }.max()!
        let width = min(screen.width - 2, max(50, widest + 4))
        textWidth = width - 4
        var content = lines(width: textWidth)
        // Tight screens lose the blank lines between groups first.
        if content.count + 2 > screen.height - 2 { content.removeAll { $0.text.isEmpty } }
        let height = min(screen.height - 2, content.count + 2)
        let box = Rect(x: screen.x + (screen.width - width) / 2, y: screen.y + (screen.height - height) / 2,
                       width: width, height: height)
        grid.fill(box, style: .normal)
        drawBorder(into: &grid, box)
        grid.write(" Keys ", x: box.x + 2, y: box.y, style: .title, limit: box.maxX - 1)
        let inner = box.height - 2
        scroller.scroll(by: 0, total: content.count, height: inner)
        for (row, line) in content.dropFirst(scroller.top).prefix(inner).enumerated() {
            grid.write(line.text, x: box.x + 2, y: box.y + 1 + row, style: line.style, limit: box.maxX - 1)
        }
        if scroller.top + inner < content.count {
            grid.write(" ↓ more (j) ", x: box.maxX - 14, y: box.maxY - 1, style: .title, limit: box.maxX - 1)
        }
    }

    private func drawBorder(into grid: inout CellGrid, _ box: Rect) {
        for x in box.x..<box.maxX {
            grid.write("─", x: x, y: box.y, style: .border)
            grid.write("─", x: x, y: box.maxY - 1, style: .border)
        }
        for y in box.y..<box.maxY {
            grid.write("│", x: box.x, y: y, style: .border)
            grid.write("│", x: box.maxX - 1, y: y, style: .border)
        }
        grid.write("┌", x: box.x, y: box.y, style: .border)
        grid.write("┐", x: box.maxX - 1, y: box.y, style: .border)
        grid.write("└", x: box.x, y: box.maxY - 1, style: .border)
        grid.write("┘", x: box.maxX - 1, y: box.maxY - 1, style: .border)
    }

    func scroll(_ action: Action, screenHeight: Int) {
        let total = lines(width: textWidth).count, height = max(1, screenHeight - 4)
        _ = scroller.move(action, total: total, height: height)
    }
}
