/// Abbreviations whose full stop does not end a sentence.
enum Abbreviations {
    /// Titles and the like: never end a sentence ("Mr. Smith", "Dr. No").
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "gen", "sen", "rep", "gov", "lt", "col", "capt",
        "sgt", "cpl", "adm", "maj", "rev", "hon", "pres", "supt", "insp", "det", "fr", "mme", "mlle", "messrs",
    ]

    /// Shortenings that usually continue ("approx. 40", "No. 10", "Jan. 5").
    static let continuing: Set<String> = [
        "e.g", "i.e", "etc", "vs", "cf", "approx", "no", "nos", "vol", "p", "pp", "fig", "figs", "est", "dept",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "ltd",
        "corp", "co", "bros", "al", "ave", "blvd", "rd", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "ph.d",
    ]

    /// The length in bytes of the longest title or continuing abbreviation.
    static let longest = titles.union(continuing).map(\.utf8.count).max() ?? 0

    /// Words that open a sentence: after "U.S." or "Inc." they mean the abbreviation ended it.
    static let sentenceOpeners: Set<String> = [
        "the", "a", "an", "it", "he", "she", "they", "we", "i", "this", "that", "these", "those", "but", "and",
        "in", "on", "at", "for", "as", "if", "when", "while", "there", "his", "her", "its", "their", "our",
        "however", "meanwhile", "after", "before", "since", "yet", "so", "officials", "some", "many",
    ]
}
