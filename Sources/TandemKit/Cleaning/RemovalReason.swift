/// Why a line of the file is not part of the cleaned article.
public enum RemovalReason: String, Sendable, Codable, CaseIterable {
    /// Menus, share and comment links, tag and related-article footers.
    case chrome
    /// Subscription, sign-in and registration prompts.
    case paywall
    /// Photo captions and credits.
    case caption
    /// The author line ("By …", "Written by …", a name alone under the title).
    case byline
    /// A paragraph about the author.
    case authorBio = "author-bio"
    /// A line repeated inside the document, as page headers and footers are.
    case runningHeader = "running-header"
    case pageNumber = "page-number"
    /// Timestamps, datelines and wire-service slugs.
    case metadata
    /// Rules and ornaments (`-----`, `* * *`).
    case separator
}
