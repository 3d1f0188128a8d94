import Testing
import TestSupport
@testable import TandemKit

@Suite struct FurnitureRuleTests {
    @Test(arguments: [
        ("Menu Close", RemovalReason.chrome), ("Share Print Email", .chrome), ("REGISTER", .chrome),
        ("Already a member? Sign in", .paywall), ("Keep reading with a free trial", .paywall),
        ("Comments are closed.", .chrome), ("Related articles", .chrome), ("* * *", .separator),
        ("------", .separator), ("Page 3 of 12", .pageNumber), ("14", .pageNumber),
        ("09:14 12/03/21: Page 2 (ABC) NEWS Council", .metadata), ("(corrects spelling of name)", .metadata),
    ])
    func furnitureIsRemoved(line: String, reason: RemovalReason) {
        let result = verdicts(line + "\n\n" + body, through: [FurnitureRule.apply])
        #expect(result[line] == .removed(reason))
    }

    @Test(arguments: [
        "Thousands sign up for the new vaccine trial",
        "78,000",
        "1997:",
        "The club said subscribers would be able to log in to watch the match, which kicks off at three.",
        "(after extra time, score at 90 minutes 1-1)",
        "Shares in the firm, one of the most popular on the exchange, rose in value as investors read more into the results than analysts expected, with one saying the company could become a member of the index.",
    ])
    func storyTextStays(line: String) {
        let result = verdicts(line + "\n\n" + body, through: [FurnitureRule.apply])
        #expect(result[line] == .open)
    }

    @Test func aDenseSubscriptionBlurbGoesInTheMiddleOfTheBody() {
        let blurb = "Members enjoy unlimited access to our analysis and briefings. It pays to be a subscriber. Upgrade your access today."
        let result = verdicts(body + "\n\n" + blurb + "\n\n" + body, through: [FurnitureRule.apply])
        #expect(result[blurb] == .removed(.paywall))
    }

    @Test func aBareDateIsADatelineOnlyAtTheEdges() {
        let top = verdicts("Friday, 3 March\n\n" + body, through: [FurnitureRule.apply])
        #expect(top["Friday, 3 March"] == .removed(.metadata))
        let inside = verdicts(body + "\n\nFriday, 3 March\n\n" + body, through: [FurnitureRule.apply])
        #expect(inside["Friday, 3 March"] == .open)
    }
}
