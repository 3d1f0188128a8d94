import TandemKit

/// What the reader knows about the corpus: the cleaned articles (at once, or
/// first only their ids), the analysis (stories, alignments) when the
/// background work delivers it, and what the user has read and marked.
public final class ReaderModel {
    public private(set) var articles: [CleanArticle]
    /// False while `articles` stand in for articles not cleaned yet (ids as titles, no text).
    public private(set) var isCleaned: Bool
    /// Where the articles came from, for the header ("seeds", "bbc").
    public let sourceName: String
    public private(set) var analysis: AnalyzedCorpus?
    public private(set) var stories: StoryClusters.Result?
    public private(set) var read = Set<Int>()
    public var marked: Int? {
        didSet { persist { try $0.saveMarked(marked.map { articles[$0].id }, in: $1) } }
    }
    /// Where reading state is kept between runs (nil: nowhere), and the corpus's key there.
    public var persistence: (store: StateStore, corpus: String)?
    /// The first failure to write the state, for the status bar.
    public private(set) var persistenceError: String?
    /// Each article's claims at every level, when the background work has found them.
    public private(set) var claims: [[Claim]]?
    /// Which of `ClaimSelection.levels` the reader shows.
    public var claimLevel = ClaimSelection.defaultLevel {
        didSet { persist { try $0.saveClaimLevel(claimLevel, in: $1) } }
    }
    private var alignments: [Int: Alignment] = [:]
    private var pairsByArticle: [Int: [StoryPair]] = [:]

    public init(articles: [CleanArticle], sourceName: String) {
        self.articles = articles
        self.sourceName = sourceName
        isCleaned = true
    }

    /// Articles known by id only, until `deliver(cleaned:)`.
    public init(pending ids: [String], sourceName: String) {
        articles = ids.map(CleanArticle.pending)
        self.sourceName = sourceName
        isCleaned = false
    }

    /// Takes the cleaned articles, in the order of the ids given at first.
    public func deliver(cleaned: [CleanArticle]) {
        precondition(cleaned.map(\.id) == articles.map(\.id), "cleaned articles must match the pending ones")
        articles = cleaned
        isCleaned = true
    }

    /// Takes over what the user did in another model of the same folders (read
    /// marks, the mark, the claim level), article by article id: after a reload.
    public func adoptState(of other: ReaderModel) {
        let index = Dictionary(articles.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        read = Set(other.read.compactMap { index[other.articles[$0].id] })
        let saved = persistence
        persistence = nil  // the store already has all of it
        marked = other.marked.flatMap { index[other.articles[$0].id] }
        claimLevel = other.claimLevel
        persistence = saved
    }

    /// Takes the results of the background analysis.
    public func deliver(analysis: AnalyzedCorpus, stories: StoryClusters.Result) {
        self.analysis = analysis
        self.stories = stories
        pairsByArticle = [:]
        for pair in stories.pairs {
            pairsByArticle[pair.a, default: []].append(pair)
            pairsByArticle[pair.b, default: []].append(pair)
        }
    }

    public var isAnalyzed: Bool { analysis != nil }

    public func deliver(claims: [[Claim]]) { self.claims = claims }

    /// An article's claims at the current level, in reading order.
    public func visibleClaims(of article: Int) -> [Claim] {
        (claims?[article] ?? []).filter { $0.level <= claimLevel }
    }

    /// Where a sentence sits: its paragraph and UTF-8 range in the paragraph's text.
    public func location(ofSentence sentence: Int, of article: Int) -> (paragraph: Int, range: Range<Int>)? {
        guard let analysis, analysis.articles.indices.contains(article),
              analysis.articles[article].sentences.indices.contains(sentence) else { return nil }
        let item = analysis.articles[article].sentences[sentence]
        return (item.paragraph, item.textRange)
    }

    /// The text of a sentence and where it sits in its paragraph.
    public func sentence(_ sentence: Int, of article: Int) -> (paragraph: Int, range: Range<Int>, text: String)? {
        guard let analysis, let place = location(ofSentence: sentence, of: article) else { return nil }
        let segmented = analysis.articles[article]
        return (place.paragraph, place.range, segmented.text(of: segmented.sentences[sentence]))
    }

    public func markRead(_ article: Int) {
        guard read.insert(article).inserted else { return }
        persist { try $0.markRead(articles[article].id, in: $1) }
    }

    public func markUnread(_ article: Int) {
        guard read.remove(article) != nil else { return }
        persist { try $0.markUnread(articles[article].id, in: $1) }
    }

    /// Reads the remembered state: read marks, the mark, the claim level.
    /// - Returns: the last article open and where, if the corpus still has it.
    public func restoreState() -> (article: Int, position: ReadingState.Position?)? {
        guard let (store, corpus) = persistence else { return nil }
        let state: ReadingState
        do { state = try store.state(of: corpus) } catch {
            persistenceError = "reading state unavailable: \(error)"
            return nil
        }
        let index = Dictionary(articles.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        read = Set(state.read.compactMap { index[$0] })
        let saved = persistence
        persistence = nil // restoring is not a change to write back
        marked = state.marked.flatMap { index[$0] }
        if let level = state.claimLevel, ClaimSelection.levels.indices.contains(level) { claimLevel = level }
        persistence = saved
        guard let last = state.lastArticle, let article = index[last] else { return nil }
        return (article, state.positions[last])
    }

    /// Where an article was left; it becomes the one to reopen.
    public func rememberPosition(_ position: ReadingState.Position, of article: Int) {
        persist { try $0.savePosition(position, of: articles[article].id, in: $1) }
    }

    private func persist(_ write: (StateStore, String) throws -> Void) {
        guard let (store, corpus) = persistence else { return }
        do { try write(store, corpus) } catch {
            if persistenceError == nil { persistenceError = "reading state not saved: \(error)" }
        }
    }

    /// The articles related to one, strongest first.
    public func relations(of article: Int) -> [StoryPair] {
        (pairsByArticle[article] ?? []).sorted { $0.similarity > $1.similarity }
    }

    /// The related article that restates the most of this one.
    public func closestVersion(of article: Int) -> Int? {
        relations(of: article).first.map { $0.a == article ? $0.b : $0.a }
    }

    /// A short description of how an article relates to the others:
    /// "rewrite of 001 · 95%", "source of 000 · 95%", "overlaps 3". Given a
    /// width, the other article's name gives up its start first, so that the
    /// file name that tells it apart stays ("rewrite of …/thomas/thomas1 · 99%").
    public func badge(for article: Int, width: Int? = nil) -> String? {
        let pairs = relations(of: article)
        guard let strongest = pairs.first else { return nil }
        let other = strongest.a == article ? strongest.b : strongest.a
        let percent = " · \(Int((strongest.similarity * 100).rounded()))%"
        let (lead, trail): (String, String)
        switch strongest.relation {
        case .duplicate:
            (lead, trail) = ("duplicate of ", percent)
        case .rewrite:
            (lead, trail) = (strongest.derived == article ? "rewrite of " : "source of ", percent)
        case .overlap:
            guard pairs.count == 1 else { return "overlaps \(pairs.count)" }
            (lead, trail) = ("overlaps ", "")
        }
        let room = width.map { max(8, $0 - DisplayWidth.of(lead + trail)) } ?? .max
        return lead + DisplayText.keepingEnd(shortName(other), width: room) + trail
    }

    /// The article's name in badges and headers: its file name and enough of its
    /// folders to tell it from the others (`ShortNames`).
    public func shortName(_ article: Int) -> String { shortNames[article] }

    /// Made once: the ids never change (`deliver(cleaned:)` keeps them).
    private lazy var shortNames = ShortNames.make(articles.map(\.id))

    /// The alignment of two articles, computed once (nil before analysis).
    public func alignment(_ a: Int, _ b: Int) -> Alignment? {
        guard let analysis else { return nil }
        let key = a * articles.count + b
        if let known = alignments[key] { return known }
        let result = Aligner().align(a, b, in: analysis)
        alignments[key] = result
        return result
    }

    /// The alignment of two articles with a claim's sentence in `a` linked to the
    /// sentence of `b` that states it, for the compare view opened from a claim.
    public func alignment(_ a: Int, _ b: Int, pinning sentence: Int, to other: Int) -> Alignment? {
        guard let analysis, let plain = alignment(a, b) else { return nil }
        return Aligner().pinning(plain, sentence: sentence, to: other, in: analysis)
    }

    /// Passages of an article that other articles restate: per paragraph, the
    /// UTF-8 ranges of linked sentences in its text.
    public func linkedPassages(of article: Int) -> [Int: [Range<Int>]] {
        guard let analysis else { return [:] }
        var result: [Int: [Range<Int>]] = [:]
        let sentences = analysis.articles[article].sentences
        for pair in relations(of: article) where pair.relation != .duplicate {
            let other = pair.a == article ? pair.b : pair.a
            guard let alignment = alignment(article, other) else { continue }
            for link in alignment.links {
                for index in link.a { result[sentences[index].paragraph, default: []].append(sentences[index].textRange) }
            }
        }
        return result
    }

    /// Story clusters in list order; articles in no story come last, alone.
    public var storyGroups: [[Int]] {
        guard let stories else { return [Array(articles.indices)] }
        let grouped = stories.clusters.map { $0.articles.sorted() }
        let inStories = Set(grouped.joined())
        let rest = articles.indices.filter { !inStories.contains($0) }
        return grouped + (rest.isEmpty ? [] : [rest])
    }
}
