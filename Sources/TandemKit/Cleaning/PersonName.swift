/// Recognises lines that are only people's names ("Matthew Sussex and Michael
/// Clarke", "Ian Williams Ian Williams"), which is how bylines sit under headlines.
///
/// A name is two to four capitalised words whose first is a common given name or
/// an initial; the list keeps two-word section labels ("Alternative Perspectives")
/// from passing as names.
enum PersonName {
    /// The names a line consists of, or nil if it holds anything else.
    static func names(inLine string: String) -> [String]? {
        // Cheap gate first: most lines are sentences.
        guard string.utf8.count <= 120, string.utf8.first.map({ $0 >= 0x41 && $0 <= 0x5A || $0 >= 0x80 }) ?? false,
              !string.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        // Every part must open with a given name, so the first word decides most lines.
        var first = string.split(separator: " ", maxSplits: 1).first ?? ""
        while let last = first.last, ",;|".contains(last) { first.removeLast() }
        if !first.isEmpty, !separators.contains(first), !isGivenName(String(first)) { return nil }
        var names: [String] = []
        for part in parts(of: string) {
            guard let found = namesInWords(part) else { return nil }
            for name in found where !names.contains(name) { names.append(name) }
        }
        return names.isEmpty ? nil : names
    }

    /// Words that separate the names of a list.
    private static let separators: Set<Substring> = ["and", "&", "with", "|", ";"]

    /// Splits a list of names at ",", ";", "|", "&", "and" and "with".
    private static func parts(of string: String) -> [[String]] {
        var parts: [[String]] = [[]]
        for raw in string.split(separator: " ") {
            var word = Substring(raw)
            var closes = false
            while let last = word.last, ",;|".contains(last) { word.removeLast(); closes = true }
            if separators.contains(word) {
                parts.append([])
            } else if !word.isEmpty {
                parts[parts.count - 1].append(String(word))
            }
            if closes { parts.append([]) }
        }
        return parts.filter { !$0.isEmpty }
    }

    /// Words that form one name, or one name said twice (an avatar's alt text
    /// followed by the name, as many pages render a byline).
    private static func namesInWords(_ words: [String]) -> [String]? {
        if words.count >= 4, words.count % 2 == 0,
           Array(words[..<(words.count / 2)]) == Array(words[(words.count / 2)...]) {
            return namesInWords(Array(words[..<(words.count / 2)]))
        }
        guard (2...4).contains(words.count), isGivenName(words[0]) else { return nil }
        for word in words.dropFirst() where !isNameWord(word) { return nil }
        return [words.joined(separator: " ")]
    }

    /// The name that opens `string` ("Brian Farmer, PA News" → "Brian Farmer"),
    /// for lines already known to be bylines; the given-name list is not required.
    static func leadingName(in string: String) -> String? {
        var taken: [String] = []
        for raw in string.split(separator: " ") {
            var word = String(raw)
            var ends = false
            if let last = word.last, ",;|:".contains(last) { word.removeLast(); ends = true }
            guard isNameWord(word) || (taken.count > 0 && ["and", "&"].contains(word)) else { break }
            taken.append(word)
            if ends || taken.count >= 8 { break }
        }
        while let last = taken.last, ["and", "&"].contains(last) || particles.contains(last) { taken.removeLast() }
        guard !taken.isEmpty, taken.filter({ $0.count > 2 || $0.hasSuffix(".") }).count >= 1,
              taken.count >= 2 || (taken.first?.count ?? 0) > 2 else { return nil }
        return taken.joined(separator: " ")
    }

    static func isNameWord(_ word: String) -> Bool {
        if particles.contains(word) { return true }
        guard let first = word.unicodeScalars.first, UTF8Scalars.isUppercase(first) else { return false }
        if isInitial(word) { return true }
        let allowed = word.unicodeScalars.allSatisfy { UTF8Scalars.isLetter($0) || "-'’.".unicodeScalars.contains($0) }
        // "McDonald" and "O'Brien" are names; "NATO" is not.
        let letters = word.unicodeScalars.filter(UTF8Scalars.isLetter)
        let upper = letters.filter(UTF8Scalars.isUppercase).count
        return allowed && letters.count >= 2 && upper * 2 <= letters.count + 1
    }

    static func isGivenName(_ word: String) -> Bool {
        isInitial(word) || givenNames.contains(word.lowercased())
    }

    private static func isInitial(_ word: String) -> Bool {
        // "J." or "J.K."
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 2, scalars.count <= 6, scalars.last == "." else { return false }
        return scalars.enumerated().allSatisfy { index, scalar in
            index % 2 == 0 ? UTF8Scalars.isUppercase(scalar) : scalar == "."
        }
    }

    private static let particles: Set<String> = [
        "de", "van", "von", "der", "den", "da", "di", "du", "le", "la", "bin", "al", "el", "dos", "del",
        "ben", "ter", "mac", "st", "y",
    ]

    /// Common given names in English-language news (and some beyond); lower case.
    static let givenNames: Set<String> = [
        "aaron", "abby", "abdul", "abigail", "adam", "adrian", "ahmed", "aidan", "alan", "albert", "alex",
        "alexander", "alexandra", "alexis", "ali", "alice", "alicia", "alison", "allan", "allison", "amanda",
        "amber", "amelia", "amy", "ana", "andrea", "andrew", "andy", "angela", "angus", "anna", "anne",
        "annie", "anthony", "antony", "anton", "arthur", "ashley", "barbara", "barry", "ben", "benjamin",
        "bernard", "beth", "bethany", "betty", "bill", "billy", "bob", "bobby", "bonnie", "brad", "bradley",
        "brandon", "brenda", "brendan", "brett", "brian", "bridget", "brooke", "bruce", "bryan", "caitlin",
        "callum", "cameron", "carl", "carla", "carlos", "carmen", "carol", "caroline", "carolyn", "catherine",
        "charles", "charlie", "charlotte", "chloe", "chris", "christian", "christina", "christine",
        "christopher", "claire", "clare", "claudia", "colin", "connor", "conor", "craig", "dale", "damian",
        "damien", "dan", "daniel", "danielle", "danny", "darren", "dave", "david", "dean", "deborah",
        "debbie", "declan", "denis", "dennis", "derek", "diana", "diane", "dominic", "donald", "donna",
        "doris", "dorothy", "douglas", "duncan", "dylan", "ed", "eddie", "edward", "eileen", "elaine",
        "eleanor", "elena", "eliza", "elizabeth", "ella", "ellen", "ellie", "emily", "emma", "eric", "erica",
        "erin", "ethan", "eva", "evan", "eve", "fatima", "felix", "fiona", "frances", "francesca", "francis",
        "frank", "fred", "frederick", "gabriel", "gareth", "gary", "gavin", "gemma", "geoff", "geoffrey",
        "george", "georgia", "gerald", "gideon", "gill", "gillian", "glen", "glenn", "gordon", "grace",
        "graham", "grant", "greg", "gregory", "hamish", "hannah", "harriet", "harry", "hassan", "hazel",
        "heather", "helen", "henry", "hilary", "holly", "howard", "hugh", "hugo", "iain", "ian", "isaac",
        "isabel", "isabella", "isobel", "jack", "jackie", "jacob", "jacqueline", "jade", "jake", "james",
        "jamie", "jan", "jane", "janet", "janice", "jason", "jay", "jean", "jeff", "jeffrey", "jennifer",
        "jenny", "jeremy", "jerry", "jess", "jessica", "jill", "jim", "jo", "joan", "joanna", "joanne",
        "joe", "joel", "john", "johnny", "jon", "jonathan", "jordan", "jose", "joseph", "josh", "joshua",
        "joy", "joyce", "juan", "judith", "judy", "julia", "julian", "julie", "justin", "karen", "kate",
        "katherine", "kathleen", "kathryn", "kathy", "katie", "keith", "kelly", "ken", "kenneth", "kerry",
        "kevin", "kim", "kirsty", "kyle", "lara", "laura", "lauren", "lawrence", "leah", "lee", "leo",
        "leon", "lewis", "liam", "lily", "linda", "lisa", "liz", "lorna", "louis", "louise", "lucy", "luis",
        "luke", "lynn", "madeleine", "maggie", "malcolm", "marc", "marcus", "margaret", "maria", "marie",
        "marion", "mark", "martha", "martin", "mary", "matt", "matthew", "maureen", "max", "megan",
        "melanie", "melissa", "mia", "michael", "michaela", "michelle", "mick", "mike", "miles", "mohamed",
        "mohammed", "molly", "monica", "muhammad", "nancy", "naomi", "natalie", "natasha", "nathan", "neil",
        "nicholas", "nick", "nicola", "nicole", "nigel", "nina", "noah", "noel", "norman", "oliver",
        "olivia", "omar", "oscar", "owen", "paddy", "pamela", "patricia", "patrick", "paul", "paula",
        "pauline", "penny", "peter", "phil", "philip", "phillip", "phoebe", "pierre", "polly", "rachel",
        "ralph", "raymond", "rebecca", "richard", "rick", "rob", "robert", "robin", "roger", "ronald",
        "rory", "rose", "ross", "rosie", "roy", "ruby", "russell", "ruth", "ryan", "sally", "sam",
        "samantha", "samuel", "sandra", "sara", "sarah", "scott", "sean", "sebastian", "shane", "sharon",
        "shaun", "sheila", "simon", "sophie", "stacey", "stanley", "stella", "stephanie", "stephen",
        "steve", "steven", "stewart", "stuart", "sue", "susan", "suzanne", "tanya", "teresa", "terry",
        "theo", "thomas", "tim", "timothy", "tina", "toby", "tom", "tommy", "tony", "tracey", "tracy",
        "trevor", "valerie", "vanessa", "vicky", "victor", "victoria", "vincent", "walter", "wayne",
        "wendy", "will", "william", "yasmin", "yusuf", "zach", "zoe", "wei", "li", "ming", "yun", "hui",
        "jun", "hiroshi", "yuki", "raj", "priya", "anil", "sanjay", "amit", "rahul", "ravi", "sunil",
        "olga", "ivan", "sergei", "dmitry", "vladimir", "natalia", "tatiana", "hans", "klaus", "jurgen",
        "wolfgang", "anders", "lars", "sven", "giovanni", "marco", "luca", "francesco", "alessandro",
        "antonio", "manuel", "miguel", "javier", "pablo", "sofia", "lucia", "ahmad", "mustafa", "yasmine",
        "leila", "jakub", "piotr", "tomasz", "katarzyna", "ines", "joao", "paulo", "rafael", "gustavo",
        "fernando", "ricardo", "eduardo", "francois", "jacques", "michel", "philippe", "nathalie", "sylvie",
        "kwame", "chidi", "thabo", "nelson", "mandla", "abe", "maxine", "morgan", "jessie",
    ]
}
