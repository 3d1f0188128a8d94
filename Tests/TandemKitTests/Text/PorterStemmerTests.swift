import Testing
@testable import TandemKit

/// Outputs of the reference Snowball English stemmer for its sample vocabulary.
@Suite struct PorterStemmerTests {
    @Test(arguments: [
        ("consign", "consign"), ("consigned", "consign"), ("consigning", "consign"), ("consignment", "consign"),
        ("consist", "consist"), ("consisted", "consist"), ("consistency", "consist"), ("consistent", "consist"),
        ("consistently", "consist"), ("consisting", "consist"), ("consists", "consist"),
        ("consolation", "consol"), ("consolations", "consol"), ("consolatory", "consolatori"),
        ("console", "consol"), ("consoled", "consol"), ("consoles", "consol"), ("consolidate", "consolid"),
        ("consolidated", "consolid"), ("consolidating", "consolid"), ("consoling", "consol"),
        ("consolingly", "consol"), ("consols", "consol"), ("consonant", "conson"), ("consort", "consort"),
        ("consorted", "consort"), ("consorting", "consort"), ("conspicuous", "conspicu"),
        ("conspicuously", "conspicu"), ("conspiracy", "conspiraci"), ("conspirator", "conspir"),
        ("conspirators", "conspir"), ("conspire", "conspir"), ("conspired", "conspir"),
        ("conspiring", "conspir"), ("constable", "constabl"), ("constables", "constabl"),
        ("constance", "constanc"), ("constancy", "constanc"), ("constant", "constant"),
        ("knack", "knack"), ("knackeries", "knackeri"), ("knacks", "knack"), ("knave", "knave"),
        ("knaves", "knave"), ("knavish", "knavish"), ("kneaded", "knead"), ("kneading", "knead"),
        ("knee", "knee"), ("kneel", "kneel"), ("kneeled", "kneel"), ("kneeling", "kneel"), ("kneels", "kneel"),
        ("knees", "knee"), ("knell", "knell"), ("knelt", "knelt"), ("knew", "knew"), ("knife", "knife"),
        ("knight", "knight"), ("knightly", "knight"), ("knights", "knight"), ("knit", "knit"),
        ("knits", "knit"), ("knitted", "knit"), ("knitting", "knit"), ("knives", "knive"), ("knob", "knob"),
        ("knocked", "knock"), ("knocker", "knocker"), ("knockers", "knocker"), ("knocking", "knock"),
    ])
    func sampleVocabulary(word: String, stem: String) {
        #expect(PorterStemmer.stem(word) == stem)
    }

    @Test(arguments: [
        ("running", "run"), ("hopping", "hop"), ("hoped", "hope"), ("happily", "happili"), ("sized", "size"),
        ("national", "nation"), ("relational", "relat"), ("conditional", "condit"), ("rational", "ration"),
        ("agreed", "agre"), ("feed", "feed"), ("plastered", "plaster"), ("motoring", "motor"), ("sing", "sing"),
        ("troubled", "troubl"), ("falling", "fall"), ("hissing", "hiss"), ("fizzed", "fizz"),
        ("failing", "fail"), ("filing", "file"), ("caresses", "caress"), ("ponies", "poni"), ("ties", "tie"),
        ("cats", "cat"), ("generously", "generous"), ("generate", "generat"), ("communism", "communism"),
        ("dying", "die"), ("skies", "sky"), ("news", "news"), ("succeeding", "succeed"), ("proceed", "proceed"),
        ("cried", "cri"), ("cry", "cri"), ("say", "say"), ("gas", "gas"), ("gaps", "gap"),
        ("sanctions", "sanction"), ("sanctioned", "sanction"), ("survival", "surviv"), ("surviving", "surviv"),
    ])
    func rulesAndExceptions(word: String, stem: String) {
        #expect(PorterStemmer.stem(word) == stem)
    }

    @Test func shortAndForeignWordsStayAsTheyAre() {
        #expect(PorterStemmer.stem("is") == "is")
        #expect(PorterStemmer.stem("wörmer") == "wörmer")
        #expect(PorterStemmer.stem("'tis") == "tis")
    }
}
