import TandemKit

/// The whole screen drawn into a cell grid: panes, overlays, the status bar.
extension Application {
    var bodyFrame: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height - 1) }

    var focusedFrame: Rect {
        switch ScreenLayout(width: size.width, height: size.height).mode {
        case .wide(let listFrame, _, let readerFrame): return focus == .list ? listFrame : readerFrame
        case .narrow(let frame): return frame
        case .tooSmall: return bodyFrame
        }
    }

    /// Draws the whole screen.
    public func render(width: Int, height: Int) -> CellGrid {
        size = (width, height)
        var grid = CellGrid(width: width, height: height)
        let layout = ScreenLayout(width: width, height: height)
        switch layout.mode {
        case .tooSmall:
            let notice = "Too small: \(width)×\(height), need \(ScreenLayout.minimumWidth)×\(ScreenLayout.minimumHeight)"
            grid.write(notice, x: 0, y: 0, style: .status)
            return grid
        case .wide(let listFrame, let divider, let readerFrame):
            if let compare {
                compare.draw(into: &grid, frame: bodyFrame, focused: true)
            } else if let claimPanel {
                claimPanel.draw(into: &grid, frame: bodyFrame, focused: true)
            } else {
                list.draw(into: &grid, frame: listFrame, focused: focus == .list)
                for y in 0..<listFrame.height { grid.write("│", x: divider, y: y, style: .border) }
                // Side by side, the reading pane previews the selected article.
                if focus == .list, let selected = list.selected { reader.open(selected) }
                reader.draw(into: &grid, frame: readerFrame, focused: focus == .reader)
            }
        case .narrow(let frame):
            if let compare {
                compare.draw(into: &grid, frame: frame, focused: true)
            } else if let claimPanel {
                claimPanel.draw(into: &grid, frame: frame, focused: true)
            } else if focus == .reader {
                reader.draw(into: &grid, frame: frame, focused: true)
            } else {
                list.draw(into: &grid, frame: frame, focused: true)
            }
        }
        drawStatus(into: &grid, layout.status)
        if showingHelp { help.draw(into: &grid, screen: bodyFrame) }
        return grid
    }

    private func drawStatus(into grid: inout CellGrid, _ frame: Rect) {
        grid.fill(frame, style: .status)
        if let prompt {
            let end = grid.write(prompt.label + DisplayText.sanitize(prompt.text), x: frame.x, y: frame.y, style: .status)
            if let count = searchStatus?.count, !prompt.text.isEmpty {
                grid.write("  [" + DisplayText.count(count, "match", plural: "matches") + "]", x: end, y: frame.y, style: .status)
            }
            return
        }
        var left = statusText
        if let position = searchStatus, position.count > 0 { left += "  [\(position.current)/\(position.count)]" }
        if let message { left += "  " + message } else if let progress { left += "  " + progress }
        let hints = hintText
        let hintsWidth = DisplayWidth.of(hints)
        let leftEnd = grid.write(DisplayText.sanitize(left), x: frame.x + 1, y: frame.y, style: .status,
                                 limit: frame.maxX - 1)
        if leftEnd + hintsWidth + 2 < frame.maxX {
            grid.write(hints, x: frame.maxX - hintsWidth - 1, y: frame.y, style: .status)
        }
    }

    private var statusText: String {
        if let compare { return compare.statusText }
        if let claimPanel { return claimPanel.statusText }
        let count = model.articles.count
        switch focus {
        case .list:
            guard count > 0 else { return "No articles" }
            let stories = model.stories.map { " · \($0.clusters.count) stor\($0.clusters.count == 1 ? "y" : "ies")" } ?? ""
            let position = list.selected.flatMap(list.position(of:))
            return "Article \(position?.index ?? 0)/\(position?.count ?? count)\(stories)"
        case .reader:
            guard let article = reader.article else { return "" }
            let position = list.position(of: article)
            var text = "Article \(position?.index ?? article + 1)/\(position?.count ?? count) · \(reader.position(height: focusedFrame.height - 1))%"
            if let claims = reader.claimStatus {
                text = reader.focusedClaim == nil ? text + " · " + claims : claims
            }
            if reader.focusedClaim == nil, let links = reader.linkStatus { text += " · " + links }
            return text
        }
    }

    private var hintText: String {
        if compare != nil { return "]/[ links  Tab swap  / search  q back" }
        if claimPanel != nil { return "j/k choose  Enter compare  q back" }
        switch focus {
        case .list: return "Enter open  c compare  / search  ? help  q quit"
        case .reader:
            if reader.focusedClaim != nil { return "n/N claims  Enter sources  +/- more/fewer  q back" }
            return ((reader.searchPosition?.count ?? 0) > 0 ? "n/N matches" : "n/N claims") + "  ]/[ passages  c compare  ? help  q back"
        }
    }
}
