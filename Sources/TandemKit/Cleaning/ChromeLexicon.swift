/// Small phrase lists for the chrome that web pages put around articles.
///
/// Phrases are written normalized (lower case, words separated by one space,
/// apostrophes dropped) and matched as whole words; a trailing `*` matches a stem.
/// They name kinds of page furniture common to news sites, not any one site.
enum ChromeLexicon {
    enum Category: Sendable {
        case paywall
        case chrome
    }

    struct Cue: Sendable {
        let phrase: String
        let category: Category
        /// Strong cues are phrases that body text hardly ever uses; weak ones are
        /// single words ("subscribers") that a news story may well contain.
        let isStrong: Bool
    }

    static let cues: [Cue] =
        strongPaywall.map { Cue(phrase: $0, category: .paywall, isStrong: true) }
        + weakPaywall.map { Cue(phrase: $0, category: .paywall, isStrong: false) }
        + strongFurniture.map { Cue(phrase: $0, category: .chrome, isStrong: true) }
        + weakFurniture.map { Cue(phrase: $0, category: .chrome, isStrong: false) }

    private static let strongPaywall = [
        "log in", "sign in", "sign up", "register now", "register for free", "create an account",
        "create a free account", "free trial", "unlimited access", "unlimited digital access",
        "cancel any time", "cancel anytime", "no commitment", "already a member", "already a subscriber",
        "already have an account", "members only", "unlock more", "unlock this", "unlock unlimited",
        "upgrade your access", "upgrade now", "keep reading", "continue reading", "your first month",
        "support our journalism", "support independent journalism", "become a member", "subscribe to",
        "subscribe now", "subscribe today", "subscribe and", "subscribe for", "subscribers only",
        "to subscribe", "sign up for", "newsletter sign up", "premium content", "paywall",
    ]

    private static let weakPaywall = [
        "subscribe*", "subscriber*", "subscription*", "newsletter*", "login", "register", "premium",
        "membership", "free", "access",
    ]

    private static let strongFurniture = [
        "skip to content", "skip to main content", "back to top", "toggle navigation", "main navigation",
        "share this", "share on", "share article", "share via", "follow us", "leave a comment",
        "comments are closed", "view comments", "show comments", "join the conversation",
        "related articles", "related stories", "related content", "related topics", "read more",
        "read next", "more stories", "most read", "most popular", "tagged with", "topic areas",
        "topics in this article", "filed under", "view all articles", "view all posts",
        "all articles by", "more articles by", "about the author", "privacy policy", "terms of use",
        "terms of service", "terms and conditions", "all rights reserved", "print this", "email this",
        "write for us", "contact us", "click here", "download the app", "listen to this article",
        "image source", "image caption", "media caption", "recommended for you", "trending now",
        "sponsored content",
    ]

    private static let weakFurniture = [
        "comments", "comment", "advertisement", "sponsored", "cookie*", "copyright", "tags", "topics",
        "related", "share",
    ]

    /// Words that, alone or together, make up a navigation line ("Menu Close").
    static let navigationWords: WordKeySet = keys([
        "menu", "close", "open", "home", "search", "skip", "to", "content", "main", "navigation", "toggle",
        "sections", "section", "back", "top", "next", "previous", "prev", "share", "print", "email",
        "facebook", "twitter", "linkedin", "whatsapp", "reddit", "pinterest", "telegram", "copy", "link",
        "login", "logout", "account", "more", "or", "and", "comments", "comment", "register", "tags",
        "topics", "related", "advertisement", "sponsored", "subscribe", "sign", "in", "up", "log", "out",
        // Section names, which menus list side by side ("Home News Sport").
        "news", "sport", "sports", "business", "politics", "world", "opinion", "culture", "lifestyle",
        "travel", "weather", "video", "videos", "live", "tech", "technology", "science", "health",
        "entertainment", "arts", "money", "latest", "podcasts", "newsletters", "uk", "us", "local",
    ])

    /// Words that can only be navigation, so one of them must be present.
    static let strongNavigationWords: WordKeySet = keys([
        "menu", "navigation", "skip", "toggle", "search", "share", "print", "facebook", "twitter",
        "linkedin", "whatsapp", "reddit", "pinterest", "telegram", "login", "logout", "register",
        "subscribe", "comments", "advertisement", "sponsored", "tags", "or", "home",
    ])

    /// Verbs that open a call to action at the foot of a page ("Write an article
    /// and join…", "Read more…"); only trusted at the edges of a document.
    static let callToActionVerbs: WordKeySet = keys([
        "write", "join", "subscribe", "register", "sign", "log", "download", "follow", "share", "click",
        "tap", "donate", "unlock", "upgrade", "support", "get", "try", "become", "discover", "explore",
        "learn", "listen", "watch", "read", "continue", "keep", "visit", "contact", "email", "tell",
        "find", "see", "want", "dont", "sponsored",
    ])

    /// Labels that open a caption or credit line.
    static let captionLabels: [String] = [
        "photo", "photograph", "image", "picture", "credit", "caption", "image caption", "image source",
        "media caption", "photo credit", "pictured", "file photo", "illustration", "source",
    ]

    /// Role words in an author's bio ("… is a fellow at …").
    static let roleWords: WordKeySet = keys([
        "fellow", "journalist", "correspondent", "editor", "writer", "author", "professor", "researcher",
        "reporter", "columnist", "analyst", "contributor", "lecturer", "director", "scholar", "student",
        "commentator", "producer", "broadcaster", "economist", "historian", "freelance", "freelancer",
        "novelist", "host", "chair", "founder", "expert", "candidate", "associate", "adviser", "advisor",
        "consultant", "head", "chief", "partner", "blogger", "photographer",
    ])

    /// Words of a dateline or timestamp line ("Published 12 March 2023, 10:30 GMT").
    static let dateWords: WordKeySet = keys([
        "published", "updated", "posted", "last", "modified", "on", "at", "am", "pm", "gmt", "bst", "utc",
        "est", "edt", "pst", "pdt", "cet", "cest", "ist", "jst", "ago", "hours", "hour", "minutes",
        "minute", "days", "day", "min", "read", "mins", "january", "february", "march", "april", "may",
        "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
        "page", "of", "and", "by", "the", "th", "st", "nd", "rd", "today", "yesterday", "time",
    ])

    /// The cues a unit holds, each once.
    /// - Complexity: O(*w*), *w* the unit's word count (phrases are a few words long).
    static func cues(in shape: UnitShape) -> [Cue] {
        let words = shape.wordKeys
        // Read once: each read of a static checks that it is initialised.
        let (byFirstWord, stemsByFirstByte, stemFirstBytes) = (Self.cuesByFirstWord, Self.stemsByFirstByte,
                                                              Self.stemFirstBytes)
        let firstWordFilter = Self.firstWordFilter
        var found: [Int] = []
        for (position, word) in words.enumerated() {
            if firstWordFilter.mayContain(word), let candidates = byFirstWord[word] {
                for index in candidates where !found.contains(index) {
                    let phrase = phraseKeys[index]
                    if position + phrase.count <= words.count,
                       zip(phrase, words[position...]).allSatisfy({ $0 == $1 }) {
                        found.append(index)
                    }
                }
            }
            let firstByte = shape.normalizedBytes[shape.wordRanges[position].lowerBound]
            guard stemFirstBytes[Int(firstByte)] else { continue }
            for (stem, index) in stemsByFirstByte[Int(firstByte)] where !found.contains(index)
                && shape.word(position, hasPrefix: stem) {
                found.append(index)
            }
        }
        // "sign up" inside a matched "sign up for" is the same cue, once.
        let phrases = found.map { " " + cues[$0].phrase + " " }
        let kept = found.indices.filter { i in
            !found.indices.contains { j in j != i && phrases[j].count > phrases[i].count && phrases[j].contains(phrases[i]) }
        }
        return kept.map { found[$0] }.sorted().map { cues[$0] }
    }

    static func keys(_ words: [String]) -> WordKeySet { WordKeySet(words: words) }

    /// How strongly a passage reads as a subscription prompt: two points per
    /// distinct strong paywall cue, one per paywall word ("subscribers", "access").
    static func promptEvidence(in shape: UnitShape, cues: [Cue]) -> Int {
        let strong = cues.filter { $0.isStrong && $0.category == .paywall }.count
        var weak = 0
        for position in shape.wordKeys.indices {
            if weakPaywallWords.contains(shape.wordKeys[position])
                || paywallStems.contains(where: { shape.word(position, hasPrefix: $0) }) {
                weak += 1
            }
        }
        return 2 * strong + weak
    }

    private static let weakPaywallWords = keys(weakPaywall.filter { !$0.hasSuffix("*") })
    private static let paywallStems = weakPaywall.filter { $0.hasSuffix("*") }.map { Array($0.dropLast().utf8) }

    private static let phraseKeys: [[WordKey]] = cues.map { WordKey.keys(ofPhrase: $0.phrase) }

    /// Looked up for every word of every line of every file: a `WordKeyTable`,
    /// not a `Dictionary`, whose hashing showed in the cleaning profile.
    private static let cuesByFirstWord: WordKeyTable<[Int]> = {
        var table = WordKeyTable<[Int]>()
        for (index, cue) in cues.enumerated() where !cue.phrase.hasSuffix("*") {
            table[phraseKeys[index][0]] = (table[phraseKeys[index][0]] ?? []) + [index]
        }
        return table
    }()

    /// Most words open no cue: a bit per key's top ten bits tells most of them
    /// so without probing `cuesByFirstWord`.
    private static let firstWordFilter = KeyFilter(cues.indices.compactMap { index in
        cues[index].phrase.hasSuffix("*") ? nil : phraseKeys[index][0]
    })

    /// The bytes that start a stem cue: most words start with none, and are
    /// passed over without reading the lists below.
    private static let stemFirstBytes: [Bool] = stemsByFirstByte.map { !$0.isEmpty }

    /// Stem cues ("subscri*") by their first byte: each word of each line looks up
    /// the few that can match it instead of trying all.
    private static let stemsByFirstByte: [[([UInt8], Int)]] = {
        var table = [[([UInt8], Int)]](repeating: [], count: 256)
        for (index, cue) in cues.enumerated() where cue.phrase.hasSuffix("*") {
            let stem = Array(cue.phrase.dropLast().utf8)
            table[Int(stem[0])].append((stem, index))
        }
        return table
    }()
}
