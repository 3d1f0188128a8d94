#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a tab-separated model file on its bytes: lines, their fields as byte
/// ranges, numbers and term hashes, without a `String` or an array per line.
struct ModelFileReader {
    let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    /// Reused for every line: a model file has 10⁵ of them.
    private var fields: [Range<Int>] = []

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        fields.reserveCapacity(8)
    }

    /// The next non-empty line's tab-separated fields, at most `maxFields` (the
    /// last one keeps any further tabs); nil at the end.
    /// - Complexity: O(*n*) in the line's bytes.
    mutating func nextLine(maxFields: Int = 4) -> [Range<Int>]? {
        while position < bytes.count {
            fields.removeAll(keepingCapacity: true)
            var start = position
            while position < bytes.count, bytes[position] != 0x0A {
                if bytes[position] == 0x09, fields.count < maxFields - 1 {
                    fields.append(start..<position)
                    start = position + 1
                }
                position += 1
            }
            var end = position
            if end > start, bytes[end - 1] == 0x0D { end -= 1 }
            fields.append(start..<end)
            position += 1
            if fields.count > 1 || !fields[0].isEmpty { return fields }
        }
        return nil
    }

    func string(_ field: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[field]), as: UTF8.self)
    }

    /// The field as a number (`strtod`'s syntax, the whole field); nil otherwise.
    func number(_ field: Range<Int>) -> Double? {
        exactDecimal(field) ?? parsed(field)
    }

    /// A plain decimal such as the model's `%.6g` numbers ("-0.0759035",
    /// "9.96759", "3.2e-05"), when it can be read exactly without `strtod`: at
    /// most 15 digits and a power of ten up to 22, so that one multiplication
    /// or division of two exact doubles rounds once, as `strtod` does (Clinger's
    /// fast path). Nil for anything else.
    private func exactDecimal(_ field: Range<Int>) -> Double? {
        var i = field.lowerBound
        let negative = i < field.upperBound && bytes[i] == UInt8(ascii: "-")
        if negative { i += 1 }
        var mantissa: Int64 = 0, digits = 0, scale = 0, sawPoint = false, sawDigit = false
        while i < field.upperBound {
            let byte = bytes[i]
            if byte >= 0x30 && byte <= 0x39 {
                guard digits < 15 else { return nil }
                sawDigit = true
                mantissa = mantissa * 10 + Int64(byte - 0x30)
                if mantissa > 0 { digits += 1 }
                if sawPoint { scale -= 1 }
            } else if byte == UInt8(ascii: "."), !sawPoint {
                sawPoint = true
            } else {
                break
            }
            i += 1
        }
        guard sawDigit else { return nil }
        if i < field.upperBound {
            guard bytes[i] | 0x20 == UInt8(ascii: "e"), i + 1 < field.upperBound else { return nil }
            i += 1
            let negativeExponent = bytes[i] == UInt8(ascii: "-")
            if negativeExponent || bytes[i] == UInt8(ascii: "+") { i += 1 }
            var exponent = 0
            guard i < field.upperBound else { return nil }
            while i < field.upperBound {
                let byte = bytes[i]
                guard byte >= 0x30 && byte <= 0x39, exponent < 1000 else { return nil }
                exponent = exponent * 10 + Int(byte - 0x30)
                i += 1
            }
            scale += negativeExponent ? -exponent : exponent
        }
        guard abs(scale) <= 22 else { return nil }
        let power = Self.powersOfTen[abs(scale)]
        let magnitude = scale < 0 ? Double(mantissa) / power : Double(mantissa) * power
        return negative ? -magnitude : magnitude
    }

    /// 10⁰ … 10²², each exact in a double.
    private static let powersOfTen: [Double] = (0...22).map { exponent in
        (0..<exponent).reduce(1.0) { value, _ in value * 10 }
    }

    private func parsed(_ field: Range<Int>) -> Double? {
        // strtod reads up to a NUL: the field is copied out with one, at most 63 bytes.
        guard !field.isEmpty, field.count < 64 else { return nil }
        var buffer = (UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0))
        return withUnsafeMutableBytes(of: &buffer) { raw -> Double? in
            let chars = raw.bindMemory(to: CChar.self)
            for (k, i) in field.enumerated() { chars[k] = CChar(bitPattern: bytes[i]) }
            chars[field.count] = 0
            var end: UnsafeMutablePointer<CChar>?
            let value = strtod(chars.baseAddress!, &end)
            return end == chars.baseAddress! + field.count ? value : nil
        }
    }

    /// `GramHash` of the field's bytes.
    func hash(_ field: Range<Int>) -> UInt64 {
        bytes[field].reduce(GramHash.seed, GramHash.add)
    }
}
