/// The cleaning pipeline's working state: the units of one document, their
/// shapes, and a verdict for each that the rules fill in one stage at a time.
struct Draft {
    enum Verdict: Equatable {
        /// Not judged yet; what is still undecided at the end is body text.
        case open
        case title
        case removed(RemovalReason)
    }

    let units: [Unit]
    let shapes: [UnitShape]
    let strings: [String]
    /// The page-furniture cues in each unit.
    let cues: [[ChromeLexicon.Cue]]
    var verdicts: [Verdict]
    /// Author names found so far, in order, without repeats.
    var bylines: [String] = []

    init(units: [Unit]) {
        self.units = units
        strings = units.map(\.string)
        shapes = units.map { UnitShape(utf8: $0.text.utf8) }
        cues = shapes.map(ChromeLexicon.cues(in:))
        verdicts = Array(repeating: .open, count: units.count)
    }

    var indices: Range<Int> { units.indices }

    func isOpen(_ index: Int) -> Bool { verdicts[index] == .open }

    /// Removes an open unit; a unit already judged keeps its first verdict.
    mutating func remove(_ index: Int, _ reason: RemovalReason) {
        if verdicts[index] == .open { verdicts[index] = .removed(reason) }
    }

    mutating func addByline(_ name: String) {
        if !bylines.contains(name) { bylines.append(name) }
    }

    var titleIndex: Int? { verdicts.firstIndex(of: .title) }

    /// Clearly body text: a sentence of some length, or a long passage, with no
    /// strong page-furniture cue.
    func isProse(_ index: Int) -> Bool {
        guard isOpen(index) else { return false }
        let shape = shapes[index]
        // A question may be a headline ("What motivates China …?"), so only a
        // long one counts as body text.
        let sentence = shape.wordCount >= 10 && shape.endsTerminal && !shape.endsQuestion
        guard sentence || shape.wordCount >= 25 else { return false }
        return !cues[index].contains(where: \.isStrong)
    }

    /// The first unit that is clearly body text.
    /// - Complexity: O(*n*), *n* the unit count: call it once per stage.
    func firstProseIndex() -> Int? { indices.first(where: isProse) }
}
