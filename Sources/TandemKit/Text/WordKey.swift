/// A normalized word (or phrase) as a 64-bit FNV-1a hash of its UTF-8 bytes.
///
/// Lets word lists, repetition counts and vocabularies compare and hash words
/// without building `String`s; at 64 bits, collisions among a corpus's few
/// hundred thousand distinct words are vanishingly unlikely.
struct WordKey: Hashable, Sendable {
    let value: UInt64

    static let offsetBasis: UInt64 = 0xcbf29ce484222325
    static let prime: UInt64 = 0x100000001b3

    init(value: UInt64) { self.value = value }

    init(_ string: some StringProtocol) {
        var hash = Self.offsetBasis
        for byte in string.utf8 { hash = (hash ^ UInt64(byte)) &* Self.prime }
        value = hash
    }

    init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        var hash = Self.offsetBasis
        for i in range { hash = (hash ^ UInt64(bytes[i])) &* Self.prime }
        value = hash
    }

    /// Keys of the words of a space-separated phrase.
    static func keys(ofPhrase phrase: String) -> [WordKey] {
        phrase.split(separator: " ").map(WordKey.init)
    }
}
