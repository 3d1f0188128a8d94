/// Scrolling shared by the views: a top line and a height.
struct Scroller {
    var top = 0

    mutating func scroll(by lines: Int, total: Int, height: Int) {
        top = max(0, min(top + lines, max(0, total - height)))
    }

    /// Applies a movement action (line, page, half page, top, bottom) to a text
    /// of `total` lines shown `height` at a time.
    /// - Returns: false when the action is not a movement.
    mutating func move(_ action: Action, total: Int, height: Int) -> Bool {
        let page = max(1, height - 2)
        switch action {
        case .lineDown: scroll(by: 1, total: total, height: height)
        case .lineUp: scroll(by: -1, total: total, height: height)
        case .pageDown: scroll(by: page, total: total, height: height)
        case .pageUp: scroll(by: -page, total: total, height: height)
        case .halfPageDown: scroll(by: max(1, height / 2), total: total, height: height)
        case .halfPageUp: scroll(by: -max(1, height / 2), total: total, height: height)
        case .top: top = 0
        case .bottom: scroll(by: total, total: total, height: height)
        default: return false
        }
        return true
    }

    /// Moves `top` so that `line` is visible, with `margin` lines around it if possible.
    mutating func reveal(_ line: Int, total: Int, height: Int, margin: Int = 0) {
        if line < top + margin { top = max(0, line - margin) }
        if line >= top + height - margin { top = min(max(0, total - height), line - height + 1 + margin) }
        top = max(0, min(top, max(0, total - height)))
    }
}
