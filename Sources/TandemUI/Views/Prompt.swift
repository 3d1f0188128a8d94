/// A one-line editor at the foot of the screen, for searching.
struct Prompt {
    let label: String
    private(set) var text: String
    private(set) var cursor: Int

    enum Outcome {
        case edited
        case moved
        case accepted
        case cancelled
        case ignored
    }

    init(label: String, text: String = "") {
        self.label = label
        self.text = text
        cursor = text.count
    }

    mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .enter: return .accepted
        case .escape, .control("c"), .control("g"): return .cancelled
        case .backspace, .control("h"):
            guard cursor > 0 else { return text.isEmpty ? .cancelled : .ignored }
            text.remove(at: text.index(text.startIndex, offsetBy: cursor - 1))
            cursor -= 1
            return .edited
        case .delete:
            guard cursor < text.count else { return .ignored }
            text.remove(at: text.index(text.startIndex, offsetBy: cursor))
            return .edited
        case .control("u"):
            text.removeSubrange(text.startIndex..<text.index(text.startIndex, offsetBy: cursor))
            cursor = 0
            return .edited
        case .left:
            cursor = max(0, cursor - 1)
            return .moved
        case .right:
            cursor = min(text.count, cursor + 1)
            return .moved
        case .home, .control("a"):
            cursor = 0
            return .moved
        case .end, .control("e"):
            cursor = text.count
            return .moved
        case .character(let character) where !character.isNewline:
            text.insert(character, at: text.index(text.startIndex, offsetBy: cursor))
            cursor += 1
            return .edited
        default:
            return .ignored
        }
    }
}
