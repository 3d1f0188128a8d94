import TandemKit

/// A claim and the sentences of other articles that state it (or, tentatively,
/// conflict with it), each under its article's title. `j`/`k` choose one;
/// `Enter` compares the two articles with the two sentences lined up.
@MainActor
final class ClaimPanelView: View {
    let context = KeyContext.claims
    private let model: ReaderModel
    let claim: Claim
    /// Corroborations first, then conflicts.
    private let entries: [(evidence: Claim.Evidence, conflict: Bool)]
    private(set) var selected = 0
    private var scroller = Scroller()
    private var rows: [Row] = []
    private var laidOutWidth = 0
    private var height = 20

    private struct Row {
        var text: String
        var style: StyleRole
        /// The entry the row belongs to, for the selection.
        var entry: Int?
        var indent = 2
    }

    init(model: ReaderModel, claim: Claim) {
        self.model = model
        self.claim = claim
        entries = claim.corroborations.map { ($0, false) } + claim.conflicts.map { ($0, true) }
    }

    /// The entry chosen, for the compare view.
    var selectedEvidence: Claim.Evidence? { entries.indices.contains(selected) ? entries[selected].evidence : nil }

    private func layOut(width: Int) {
        guard width != laidOutWidth else { return }
        laidOutWidth = width
        rows = []
        func add(_ text: String, _ style: StyleRole, entry: Int? = nil, indent: Int = 2) {
            for line in TextLayout.wrap(DisplayText.sanitize(text), width: max(1, width - indent - 1)) {
                rows.append(Row(text: String(line.glyphs.map(\.text).joined()), style: style, entry: entry, indent: indent))
            }
        }
        let claimText = model.sentence(claim.sentence, of: claim.article)?.text ?? ""
        add(claimText, .claim)
        if let claimant = claim.claimant { add("claimed by \(claimant)", .byline) }
        rows.append(Row(text: "", style: .normal))
        let corroborating = entries.filter { !$0.conflict }.count
        add(corroborating == 0 ? "No other article states this claim." : "Also reported by \(corroborating):", .heading)
        for (index, entry) in entries.enumerated() {
            if entry.conflict, index == corroborating {
                rows.append(Row(text: "", style: .normal))
                add("Possible conflicts (tentative: same names, another value or the opposite polarity):", .heading)
            }
            let article = entry.evidence.article
            let score = Int((entry.evidence.score * 100).rounded())
            add("\(model.shortName(article)) · \(model.articles[article].title) · \(score)%", .title, entry: index)
            add(model.sentence(entry.evidence.sentence, of: article)?.text ?? "", .normal, entry: index, indent: 4)
        }
    }

    func draw(into grid: inout CellGrid, frame: Rect, focused: Bool) {
        let header = Rect(x: frame.x, y: frame.y, width: frame.width, height: 1)
        grid.fill(header, style: .border)
        let title = "Claim in \(model.shortName(claim.article)) · \(model.articles[claim.article].title)"
        grid.writeTruncating(DisplayText.sanitize(title), x: frame.x + 1, y: frame.y, style: .border, limit: frame.maxX - 1)
        layOut(width: frame.width)
        let body = Rect(x: frame.x, y: frame.y + 1, width: frame.width, height: frame.height - 1)
        height = max(1, body.height)
        scroller.scroll(by: 0, total: rows.count, height: height)
        for (offset, row) in rows.dropFirst(scroller.top).prefix(body.height).enumerated() {
            let chosen = row.entry == selected && row.style == .title
            if chosen { grid.write("▌", x: frame.x, y: body.y + offset, style: .selection) }
            grid.writeTruncating(row.text, x: frame.x + row.indent, y: body.y + offset, style: chosen ? .selection : row.style,
                                 limit: frame.maxX - 1)
        }
    }

    func handle(_ action: Action, frame: Rect) -> Bool {
        switch action {
        case .lineDown, .lineUp, .nextItem, .previousItem:
            guard !entries.isEmpty else { return scroller.move(action, total: rows.count, height: height) }
            let forward = action == .lineDown || action == .nextItem
            selected = max(0, min(entries.count - 1, selected + (forward ? 1 : -1)))
            if let row = rows.firstIndex(where: { $0.entry == selected }) {
                let last = rows.lastIndex { $0.entry == selected } ?? row
                scroller.reveal(last, total: rows.count, height: height)
                scroller.reveal(row, total: rows.count, height: height)
            }
            return true
        default:
            return scroller.move(action, total: rows.count, height: height)
        }
    }

    func search(_ query: String) -> Int { 0 }
    var searchPosition: (current: Int, count: Int)? { nil }
    func click(x: Int, y: Int, frame: Rect) -> Bool { false }

    /// "3 other sources · 1 possible conflict · Enter compare"
    var statusText: String {
        let sources = Set(claim.corroborations.map(\.article)).count
        var text = "Claim · " + DisplayText.count(sources, "other source")
        if !claim.conflicts.isEmpty { text += " · " + DisplayText.count(claim.conflicts.count, "possible conflict") }
        if !entries.isEmpty { text += " · \(selected + 1)/\(entries.count)" }
        return text
    }
}
