import Testing
@testable import TandemUI

@Suite struct ShortNamesTests {
    @Test func aFileNameAndItsFolderWhenThatTellsArticlesApart() {
        #expect(ShortNames.make(["000_40030c20fa9a20db.txt", "tech/127.txt", "business/127.txt", "a/b/c/story.md"])
            == ["000", "tech/127", "business/127", "c/story"])
    }

    @Test func moreFoldersWhereTwoArticlesWouldShareAName() {
        let ids = ["courts/08.12.99/thomas/thomas1.txt", "courts/22.11.99/thomas/thomas1.txt",
                   "courts/08.12.99/thomas/thomas2.txt", "x/courts/22.11.99/thomas/thomas1.txt"]
        let names = ShortNames.make(ids)
        #expect(names[0] == "08.12.99/thomas/thomas1")
        #expect(names[2] == "thomas/thomas2")
        #expect(names[1] == "courts/22.11.99/thomas/thomas1")
        #expect(names[3] == "x/courts/22.11.99/thomas/thomas1")
        #expect(Set(names).count == ids.count)
    }

    @Test func theSameIdTwiceEndsAtTheWholePath() {
        #expect(ShortNames.make(["a/b.txt", "a/b.txt", "b.txt"]) == ["a/b", "a/b", "b"])
    }
}
