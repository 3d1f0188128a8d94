/// An inverted index from content stems to the sentences of a corpus that use
/// them, for finding which sentences of other articles may state a claim.
///
/// Stems in too many sentences are not followed: they would make every
/// sentence a candidate and decide nothing. (A share of the corpus, not a
/// weight: in a corpus of two short articles every word is in every sentence,
/// and still the two may state one claim.) Sentences are numbered across the
/// corpus so that shared weight accumulates in an array, not a hash table.
struct SentenceIndex: Sendable {
    struct Location: Sendable, Hashable {
        let article: Int
        let sentence: Int
    }

    /// Stems in more sentences than this share of the corpus (and at least
    /// `minimumPostings`) are not followed.
    static let commonShare = 1.0 / 15
    static let minimumPostings = 64
    /// Candidates kept per claim, those sharing the most weight.
    static let maximumCandidates = 40

    private var postings: [WordKey: [(sentence: Int32, weight: Float)]] = [:]
    /// The corpus-wide number of each article's first sentence.
    private let firstSentence: [Int]
    private let locations: [Location]
    /// Posting lists longer than this are not followed.
    private let postingLimit: Int

    /// - Parameter include: whether to index a sentence (article, sentence).
    /// - Complexity: O(*s*), *s* the stem occurrences of the corpus.
    init(_ corpus: AnalyzedCorpus, including include: (Int, Int) -> Bool) {
        var first: [Int] = [], locations: [Location] = []
        for (article, segmented) in corpus.articles.enumerated() {
            first.append(locations.count)
            for sentence in segmented.sentences.indices { locations.append(Location(article: article, sentence: sentence)) }
        }
        firstSentence = first
        self.locations = locations
        postingLimit = max(Self.minimumPostings, Int(Double(locations.count) * Self.commonShare))
        for article in corpus.articles.indices {
            for (sentence, profile) in corpus.profiles(of: article).enumerated() where include(article, sentence) {
                let number = Int32(first[article] + sentence)
                for (stem, weight) in zip(profile.stemKeys, profile.stemWeights) {
                    postings[stem, default: []].append((number, Float(weight)))
                }
            }
        }
    }

    /// Accumulates shared weight per sentence; reused across queries of one thread.
    struct Scratch {
        var shared: [Float]
        var touched: [Int32] = []

        init(_ index: SentenceIndex) { shared = [Float](repeating: 0, count: index.locations.count) }
    }

    /// Sentences outside `article` sharing at least `minimumShared` weight of
    /// indexed stems with `profile`, the most sharing first (at most `maximumCandidates`).
    /// - Complexity: O(*p*), *p* the postings of the profile's stems.
    func candidates(for profile: SentenceProfile, outside article: Int, minimumShared: Double,
                    scratch: inout Scratch) -> [Location] {
        let own = firstSentence[article]..<(article + 1 < firstSentence.count ? firstSentence[article + 1] : locations.count)
        for (stem, weight) in zip(profile.stemKeys, profile.stemWeights) {
            guard let list = postings[stem], list.count <= postingLimit else { continue }
            for (sentence, other) in list where !own.contains(Int(sentence)) {
                if scratch.shared[Int(sentence)] == 0 { scratch.touched.append(sentence) }
                scratch.shared[Int(sentence)] += min(Float(weight), other)
            }
        }
        var found: [(sentence: Int32, shared: Float)] = []
        for sentence in scratch.touched {
            if Double(scratch.shared[Int(sentence)]) >= minimumShared { found.append((sentence, scratch.shared[Int(sentence)])) }
            scratch.shared[Int(sentence)] = 0
        }
        scratch.touched.removeAll(keepingCapacity: true)
        found.sort { ($0.shared, $1.sentence) > ($1.shared, $0.sentence) }
        return found.prefix(Self.maximumCandidates).map { locations[Int($0.sentence)] }
    }
}
