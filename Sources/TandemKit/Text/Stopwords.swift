/// English function words: they carry grammar, not content, so similarity and
/// title scoring look past them. Lower case, apostrophes removed.
enum Stopwords {
    static func contains(_ word: some StringProtocol) -> Bool { words.contains(String(word)) }

    static let set = WordKeySet(words: words)

    static let words: Set<String> = [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
        "arent", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but",
        "by", "can", "cannot", "cant", "could", "couldnt", "did", "didnt", "do", "does", "doesnt", "doing",
        "dont", "down", "during", "each", "even", "ever", "few", "for", "from", "further", "had", "hadnt",
        "has", "hasnt", "have", "havent", "having", "he", "hed", "hell", "her", "here", "heres", "hers",
        "herself", "hes", "him", "himself", "his", "how", "hows", "however", "i", "id", "if", "ill", "im",
        "in", "into", "is", "isnt", "it", "its", "itself", "ive", "just", "let", "lets", "may", "me",
        "might", "more", "most", "much", "must", "mustnt", "my", "myself", "no", "nor", "not", "of", "off",
        "on", "once", "only", "or", "other", "ought", "our", "ours", "ourselves", "out", "over", "own",
        "same", "shall", "shant", "she", "shed", "shell", "shes", "should", "shouldnt", "so", "some",
        "such", "than", "that", "thats", "the", "their", "theirs", "them", "themselves", "then", "there",
        "theres", "these", "they", "theyd", "theyll", "theyre", "theyve", "this", "those", "though",
        "through", "thus", "to", "too", "under", "until", "up", "upon", "us", "very", "was", "wasnt", "we",
        "wed", "well", "were", "werent", "weve", "what", "whats", "when", "whens", "where", "wheres",
        "whether", "which", "while", "who", "whom", "whos", "whose", "why", "whys", "will", "with", "within",
        "without", "wont", "would", "wouldnt", "yet", "you", "youd", "youll", "your", "youre", "yours",
        "yourself", "yourselves", "youve", "s", "t", "d", "ll", "m", "re", "ve", "per", "via", "onto",
        "among", "amongst", "around", "across", "along", "behind", "beyond", "besides", "either", "neither",
        "every", "many", "several", "since", "therefore", "whereas", "whilst", "already",
        "still", "rather", "quite", "almost", "never", "often", "perhaps",
    ]
}
