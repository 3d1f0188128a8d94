/// Where the panes go for a screen size: list and reading pane side by side on
/// wide terminals, one view at a time on narrow ones, and a notice when the
/// terminal is too small to be useful.
struct ScreenLayout: Equatable {
    /// Side by side from this many columns.
    static let wideFrom = 100
    static let minimumWidth = 40
    static let minimumHeight = 10

    enum Mode: Equatable {
        case tooSmall
        case wide(list: Rect, divider: Int, reader: Rect)
        case narrow(Rect)
    }

    let mode: Mode
    /// The status line, at the foot.
    let status: Rect

    init(width: Int, height: Int) {
        status = Rect(x: 0, y: height - 1, width: width, height: 1)
        guard width >= Self.minimumWidth, height >= Self.minimumHeight else {
            mode = .tooSmall
            return
        }
        let body = height - 1
        if width >= Self.wideFrom {
            let listWidth = min(60, max(32, width * 38 / 100))
            mode = .wide(list: Rect(x: 0, y: 0, width: listWidth, height: body), divider: listWidth,
                         reader: Rect(x: listWidth + 1, y: 0, width: width - listWidth - 1, height: body))
        } else {
            mode = .narrow(Rect(x: 0, y: 0, width: width, height: body))
        }
    }
}
