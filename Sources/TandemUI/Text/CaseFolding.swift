/// Case folding for search that keeps byte offsets: the folded bytes of a text
/// are exactly as many as its UTF-8 bytes, so a match found in them is a range
/// of the text itself, to highlight.
///
/// Every letter whose simple case fold has the same UTF-8 length is folded
/// (Latin with accents, Greek, Cyrillic, Armenian…; final sigma as sigma);
/// the few whose fold is longer or shorter (ß, İ, ẞ) stay as they are rather
/// than shift every offset after them.
enum CaseFolding {
    /// - Complexity: O(*n*) in the text's UTF-8 bytes.
    static func folded(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        append(text, to: &bytes)
        return bytes
    }

    /// Appends the folded bytes of `text`.
    /// - Complexity: O(*n*) in the text's UTF-8 bytes; ASCII takes one comparison a byte.
    static func append(_ text: String, to bytes: inout [UInt8]) {
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                bytes.append(byte >= 65 && byte <= 90 ? byte + 32 : byte)
            } else {
                bytes.append(contentsOf: fold(scalar).utf8)
            }
        }
    }

    /// The scalar's simple case fold when it is one scalar of the same UTF-8
    /// length, else the scalar itself. Lower-casing the upper case folds
    /// letters without a case pair of their own too (ς → Σ → σ).
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let properties = scalar.properties
        guard properties.changesWhenCaseMapped else { return scalar }
        let upper = properties.changesWhenUppercased ? properties.uppercaseMapping : String(scalar)
        guard let single = upper.unicodeScalars.first, upper.unicodeScalars.count == 1 else { return scalar }
        let lower = single.properties.lowercaseMapping.unicodeScalars
        guard let folded = lower.first, lower.count == 1, folded.utf8.count == scalar.utf8.count else { return scalar }
        return folded
    }
}
