/// How two articles line up: the links between their passages and how much of
/// each the links cover.
public struct Alignment: Sendable {
    /// Indices of the two articles in their corpus.
    public let a: Int
    public let b: Int
    /// Links in the order of article A.
    public let links: [Link]
    /// How much of each article the other restates, 0…1: the share of its body
    /// bytes inside links, each counted by how much of its link's wording is
    /// reused (a copied sentence counts fully, a reworded one partly).
    public let coverageA: Double
    public let coverageB: Double
    /// The plain share of body bytes inside links, however reworded.
    public let linkedShareA: Double
    public let linkedShareB: Double
}
