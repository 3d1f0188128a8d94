import CWidth

/// How many terminal columns text takes, measured exactly as ncurses will place
/// it: the sum of the C library's `wcwidth` of each scalar.
public enum DisplayWidth {
    /// Width of one scalar of display text (as produced by `DisplayText`):
    /// controls have been replaced, so every scalar is 0, 1 or 2 columns.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        if scalar.value < 0x7F { return scalar.value >= 0x20 ? 1 : 0 }
        _ = localeReady
        return max(0, Int(tandem_wcwidth(scalar.value)))
    }

    public static func of(_ text: some StringProtocol) -> Int {
        text.unicodeScalars.reduce(0) { $0 + of($1) }
    }

    /// `wcwidth` answers by the locale's character type, which must be UTF-8.
    private static let localeReady: Bool = tandem_ensure_utf8_locale() == 1
}
