import Foundation
import Testing
import TestSupport
@testable import TandemKit

/// The foundation issue's acceptance on the five seed articles: titles, bylines,
/// exactly the chrome removed (so no body sentence is lost), headings kept and
/// page-split paragraphs rejoined.
@Suite struct SeedCleaningTests {
    private func clean(_ prefix: String) throws -> (CleanArticle, [UInt8]) {
        let path = Repository.seed(prefix)
        let article = try Corpus.loadFile(path)
        return (Cleaner().clean(article), Array(FileManager.default.contents(atPath: path)!))
    }

    /// Each expected removal as (reason, the start of its text).
    private func expectRemovals(_ clean: CleanArticle, _ expected: [(RemovalReason, String)]) {
        let actual = clean.removed.map { ($0.reason, $0.text) }
        #expect(actual.count == expected.count, "removed: \(actual.map { "\($0.0.rawValue): \($0.1.prefix(40))" })")
        for ((reason, text), (wantReason, prefix)) in zip(actual, expected) {
            #expect(reason == wantReason && text.hasPrefix(prefix), "\(reason.rawValue): \(text.prefix(60))")
        }
    }

    @Test func condensedParaphrase000() throws {
        let (clean, _) = try clean("000")
        #expect(clean.title == "What Motivates China to Supply Arms to Russia Despite Risk of US Sanctions?")
        #expect(clean.byline == nil)
        expectRemovals(clean, [(.chrome, "Comments")])
        #expect(clean.paragraphs.count == 7)
    }

    @Test func webArticleWithCaptions001() throws {
        let (clean, _) = try clean("001")
        #expect(clean.title == "Why is China risking US sanctions by arming Russia? Survival")
        expectRemovals(clean, [
            (.chrome, "Menu Close"),
            (.caption, "US secretary of state Antony Blinken and China's Foreign Minister"),
            (.caption, "US secretary of state Antony Blinken and China’s foreign minister"),
            (.caption, "A telescope looking out"), (.caption, "The Sungjon Pavillion"),
            (.chrome, "Want to write?"), (.chrome, "Write an article and join"), (.paywall, "Register now"),
        ])
        #expect(clean.paragraphs.filter { $0.kind == .heading }.map(\.text) == ["China’s need for allies", "North Korean threats"])
        #expect(clean.texts.contains("So, was Zhao simply making a courtesy call?"))
        #expect(clean.texts.last == "At first glance, Beijing’s supply of arms and technology to the Kremlin seem unrelated to Zhao’s visit to Pyongyang. But that simply isn’t true.")
    }

    @Test func interviewWithSubscriptionBlock002() throws {
        let (clean, _) = try clean("002")
        #expect(clean.title == "Balancing the Tightrope Between China and Russia is Serious Business")
        #expect(clean.byline == "Brian Hart")
        expectRemovals(clean, [
            (.runningHeader, "Alternative Perspectives"), (.authorBio, "Brian Hart is a fellow"),
            (.byline, "View all articles by Brian Hart"), (.paywall, "Cipher Brief Subscriber+Members"),
            (.chrome, "Read more expert-driven"), (.runningHeader, "Alternative Perspectives"),
            (.chrome, "Topic Areas:"), (.chrome, "Comments are closed."), (.chrome, "Related Articles"),
        ])
        #expect(clean.texts.first?.hasPrefix("Chinese Foreign Minister Qin Gang") == true)
        #expect(clean.texts.last?.hasPrefix("Hart: The “peace plan” for Ukraine") == true)
    }

    @Test func pdfConversionWithRunningHeadersAndPageBreaks003() throws {
        let (clean, bytes) = try clean("003")
        #expect(clean.title == "Will China arm Russia?")
        #expect(clean.byline == "Matthew Sussex and Michael Clarke")
        let header: [(RemovalReason, String)] = [(.runningHeader, "The Looking Glass"),
                                                 (.runningHeader, "Centre for Defence Research, March 2023")]
        expectRemovals(clean, [(.runningHeader, "The Looking Glass"), (.byline, "Matthew Sussex and Michael Clarke"),
                               (.runningHeader, "Centre for Defence Research, March 2023")] + header + header)
        #expect(clean.paragraphs.filter { $0.kind == .heading }.map(\.text) == [
            "Power, interests and personality: explaining Beijing's 'straddle'", "China arming Russia: how and why?",
            "How might Beijing arm Russia?", "Why might China arm Russia?", "Arming Russia? All eyes on the prize",
            "Further reading",
        ])
        let joined = clean.paragraphs.filter { $0.ranges.count == 2 }
        #expect(joined.count == 4)
        #expect(joined.contains { $0.text.contains("on a number of occasions since assuming the role of General Secretary") })
        #expect(joined.contains { $0.text.contains("their relative weight in the world. In this latter respect") })
        // No paragraph starts mid-sentence, and conversion residue is gone.
        #expect(!clean.paragraphs.contains { $0.text.first?.isLowercase == true })
        #expect(!clean.texts.contains { $0.contains("](#)") || $0.contains("\\$") || $0.contains("*Looking Glass*") })
        #expect(clean.texts.contains { $0.contains("US$117 billion deal") })
        // Each piece of a stitched paragraph is its own range of the file.
        let second = joined[0].ranges[1]
        #expect(String(decoding: bytes[second.start..<second.end], as: UTF8.self).hasPrefix("assuming the role"))
    }

    @Test func paywalledArticleWithAuthorBlock004() throws {
        let (clean, _) = try clean("004")
        #expect(clean.title == "Will China come to Putin’s rescue?")
        #expect(clean.byline == "Ian Williams")
        #expect(clean.paragraphs.filter { $0.kind == .heading }.map(\.text)
                == ["The scope and strength of western sanctions seem to have surprised China"])
        #expect(clean.texts.last?.hasPrefix("Traditionally it is China that has bought military equipment") == true)
        let reasons = clean.removed.map(\.reason)
        #expect(reasons.count == 17)
        #expect(reasons.filter { $0 == .paywall }.count == 7)
        #expect(clean.removals["Ian Williams is a former foreign correspondent for Channel 4 News and NBC, and author of The Fire of the Dragon: China’s New Cold War (Birlinn)."] == .authorBio)
    }

    @Test func everyParagraphRangeHoldsItsText() throws {
        for prefix in ["000", "001", "002", "003", "004"] {
            let (clean, bytes) = try clean(prefix)
            for paragraph in clean.paragraphs {
                // The first and last words of the text sit at the ends of its range.
                let range = paragraph.range
                let source = String(decoding: bytes[range.start..<range.end], as: UTF8.self)
                let words = paragraph.text.split(separator: " ")
                #expect(source.hasPrefix(words.first!.prefix(3)), "\(prefix): \(paragraph.text.prefix(40))")
                let lastWord = words.last!.filter { $0.isLetter }
                #expect(source.filter(\.isLetter).hasSuffix(lastWord), "\(prefix): \(paragraph.text.suffix(40))")
            }
        }
    }
}
