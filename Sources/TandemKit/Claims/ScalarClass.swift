/// Letter and digit tests on Unicode scalars with an ASCII fast path: the
/// claim stages read every sentence of a corpus, and Unicode property lookups
/// dominate when every character takes one.
enum ScalarClass {
    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") }
        return s.properties.isAlphabetic || s.properties.generalCategory == .nonspacingMark
    }

    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return s >= "0" && s <= "9" }
        return s.properties.numericType != nil
    }

    @inline(__always)
    static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return s >= "A" && s <= "Z" }
        return s.properties.isUppercase
    }
}
