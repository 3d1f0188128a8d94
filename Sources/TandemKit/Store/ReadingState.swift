/// What the reader remembers of a corpus between runs: which articles were
/// read, where each was left, the last one open, the marked one, the claim level.
public struct ReadingState: Sendable, Equatable {
    /// The text at the top of the reading pane: a paragraph and a UTF-8 offset in it
    /// (positions survive a change of terminal width, unlike row numbers).
    public struct Position: Sendable, Equatable {
        public var paragraph: Int
        public var offset: Int

        public init(paragraph: Int, offset: Int) {
            self.paragraph = paragraph
            self.offset = offset
        }
    }

    public var read: Set<String> = []
    public var positions: [String: Position] = [:]
    public var lastArticle: String?
    public var marked: String?
    public var claimLevel: Int?

    public init() {}
}
