import TandemKit

/// Clicks select and open, the wheel scrolls the pane under the pointer.
extension Application {
    func handleMouse(_ event: MouseEvent) {
        guard mouseEnabled, !showingHelp, prompt == nil else { return }
        if let claimPanel, compare == nil {
            if event.kind != .click { _ = claimPanel.handle(event.kind == .wheelUp ? .lineUp : .lineDown, frame: bodyFrame) }
            return
        }
        let layout = ScreenLayout(width: size.width, height: size.height)
        if let compare {
            if event.kind != .click {
                let action: Action = event.kind == .wheelUp ? .lineUp : .lineDown
                for _ in 0..<3 { _ = compare.handle(action, frame: bodyFrame) }
            }
            return
        }
        let target: (Pane, Rect)?
        switch layout.mode {
        case .wide(let listFrame, _, let readerFrame):
            target = listFrame.contains(x: event.x, y: event.y) ? (.list, listFrame)
                : (readerFrame.contains(x: event.x, y: event.y) ? (.reader, readerFrame) : nil)
        case .narrow(let frame): target = (focus, frame)
        case .tooSmall: target = nil
        }
        guard let (pane, frame) = target else { return }
        switch event.kind {
        case .wheelUp, .wheelDown:
            let lines = event.kind == .wheelUp ? -3 : 3
            if pane == .reader { reader.wheel(lines, frame: frame) } else {
                for _ in 0..<abs(lines) { _ = list.handle(lines < 0 ? .lineUp : .lineDown, frame: frame) }
            }
        case .click:
            if pane == .list {
                let wasSelected = list.selected
                if list.click(x: event.x, y: event.y, frame: frame), wasSelected == list.selected { openSelected() } else { focus = .list }
            } else if reader.article != nil {
                focus = .reader
            }
        }
    }
}
