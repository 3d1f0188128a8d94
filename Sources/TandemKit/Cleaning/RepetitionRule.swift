/// Removes running headers and footers: short lines that come back inside the
/// document, as a PDF's page header does on every page.
///
/// Only lines that are not sentences count (or that come three times or more),
/// so a repeated short quote survives; and repeats must stand apart, as page
/// headers do, so a line repeated down a fixture list stays. The title rule may
/// reclaim one occurrence as the title.
enum RepetitionRule {
    static let longestHeader = 15
    /// Units between two occurrences of a running header, at least.
    static let smallestGap = 5

    static func apply(to draft: inout Draft) {
        var groups: [WordKey: [Int]] = [:]
        for index in draft.indices where draft.isOpen(index) && draft.shapes[index].wordCount <= longestHeader {
            groups[draft.shapes[index].normalizedKey, default: []].append(index)
        }
        for (_, members) in groups where members.count >= 2 {
            let shape = draft.shapes[members[0]]
            guard !shape.endsTerminal || members.count >= 3 else { continue }
            guard zip(members, members.dropFirst()).allSatisfy({ $1 - $0 >= smallestGap }) else { continue }
            for index in members { draft.remove(index, .runningHeader) }
        }
    }
}
