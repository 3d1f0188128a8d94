/// An inverted index from content stems to the sentences of a corpus that use
/// them, for finding which sentences of other articles may state a claim.
///
/// Stems common enough to weigh little are left out: they would make every
/// sentence a candidate and decide nothing.
struct SentenceIndex: Sendable {
    struct Location: Sendable, Hashable {
        let article: Int
        let sentence: Int
    }

    /// Stems weighing less than this are not indexed.
    static let minimumWeight = 0.25

    private var postings: [WordKey: [(location: Location, weight: Double)]] = [:]

    /// - Complexity: O(*s*), *s* the stem occurrences of the corpus.
    /// - Parameter include: whether to index a sentence (article, sentence).
    init(_ corpus: AnalyzedCorpus, including include: (Int, Int) -> Bool) {
        for (article, profiles) in corpus.profiles.enumerated() {
            for (sentence, profile) in profiles.enumerated() where include(article, sentence) {
                for (stem, weight) in zip(profile.stemKeys, profile.stemWeights) where weight >= Self.minimumWeight {
                    postings[stem, default: []].append((Location(article: article, sentence: sentence), weight))
                }
            }
        }
    }

    /// Sentences outside `article` sharing at least `minimumShared` weight of
    /// indexed stems with `profile`.
    /// - Complexity: O(*p*), *p* the postings of the profile's stems.
    func candidates(for profile: SentenceProfile, outside article: Int, minimumShared: Double) -> [Location] {
        var shared: [Location: Double] = [:]
        for (stem, weight) in zip(profile.stemKeys, profile.stemWeights) where weight >= Self.minimumWeight {
            for (location, other) in postings[stem] ?? [] where location.article != article {
                shared[location, default: 0] += min(weight, other)
            }
        }
        return shared.filter { $0.value >= minimumShared }.map(\.key)
            .sorted { ($0.article, $0.sentence) < ($1.article, $1.sentence) }
    }
}
