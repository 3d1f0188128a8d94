import Testing
import TestSupport
@testable import TandemKit

@Suite struct TextDecoderTests {
    @Test func utf8IsTakenAsItIs() throws {
        let bytes = Array("Blinken’s £2 visit".utf8)
        let decoded = try TextDecoder.decode(bytes)
        #expect(decoded.encoding == .utf8)
        #expect(decoded.utf8 == bytes)
        #expect(decoded.offsets.sourceOffset(of: 10) == 10)
    }

    @Test func byteOrderMarkIsDroppedButOffsetsCountIt() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Title".utf8)
        let decoded = try TextDecoder.decode(bytes)
        #expect(decoded.encoding == .utf8WithBOM)
        #expect(decoded.string == "Title")
        #expect(decoded.offsets.sourceRange(of: 0..<5) == ByteRange(start: 3, end: 8))
    }

    @Test func invalidUTF8IsReadAsWindows1252() throws {
        // "£5 – “quoted”" in Windows-1252.
        let bytes: [UInt8] = [0xA3, 0x35, 0x20, 0x96, 0x20, 0x93, 0x71, 0x94]
        let decoded = try TextDecoder.decode(bytes)
        #expect(decoded.encoding == .windows1252)
        #expect(decoded.string == "£5 – “q”")
        #expect(!decoded.string.contains("\u{FFFD}"))
        // "5" is byte 1 of the file but byte 2 of the text (£ is two bytes in UTF-8).
        #expect(decoded.offsets.sourceOffset(of: 2) == 1)
        // “q” : the q is file byte 6.
        let q = decoded.utf8.firstIndex(of: 0x71)!
        #expect(decoded.offsets.sourceOffset(of: q) == 6)
        #expect(decoded.offsets.sourceOffset(of: decoded.utf8.count) == bytes.count)
    }

    @Test func mixedFilesAreDecodedLineByLine() throws {
        let utf8Line = Array("Café costs £3.\n".utf8)
        let cp1252Line: [UInt8] = Array("Caf".utf8) + [0xE9] + Array(" co".utf8) + [0xFB] + Array("ts ".utf8) + [0xA3] + Array("3.\n".utf8)
        let decoded = try TextDecoder.decode(utf8Line + cp1252Line)
        #expect(decoded.encoding == .mixed)
        #expect(decoded.string == "Café costs £3.\nCafé coûts £3.\n")
        // The "3" of the second line is file byte utf8Line.count + 12, text byte utf8Line.count + 15.
        let text = Array(decoded.string.utf8)
        let three = text.indices.last { text[$0] == 0x33 }!
        #expect(decoded.offsets.sourceOffset(of: three) == utf8Line.count + 12)
    }

    @Test func utf16WithByteOrderMarkIsDecoded() throws {
        let little: [UInt8] = [0xFF, 0xFE, 0x48, 0x00, 0xE9, 0x00]  // "Hé"
        let decoded = try TextDecoder.decode(little)
        #expect(decoded.encoding == .utf16LittleEndian)
        #expect(decoded.string == "Hé")
        #expect(decoded.offsets.sourceOffset(of: 1) == 4)  // é is file bytes 4–5
        let big: [UInt8] = [0xFE, 0xFF, 0x00, 0x48, 0x00, 0x69]
        #expect(try TextDecoder.decode(big).string == "Hi")
    }

    @Test func nulBytesMeanBinary() {
        #expect(throws: LoadFailure.binary) { try TextDecoder.decode([0x50, 0x4B, 0x00, 0x03]) }
    }

    @Test(arguments: [
        ([0xC0, 0x80] as [UInt8], false),       // overlong NUL
        ([0xED, 0xA0, 0x80], false),            // surrogate
        ([0xF4, 0x90, 0x80, 0x80], false),      // above U+10FFFF
        ([0xE2, 0x82], false),                  // truncated
        ([0xE2, 0x82, 0xAC], true),             // €
        ([0xF0, 0x9F, 0x98, 0x80], true),       // emoji
    ])
    func utf8ValidationIsStrict(bytes: [UInt8], valid: Bool) {
        #expect(TextDecoder.isValidUTF8(bytes) == valid)
    }
}

@Suite struct ArticleFromBytesTests {
    @Test func bytesInMemoryDecodeAsTheSameFileWould() throws {
        let folder = TemporaryFolder()
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Caf\u{E9} prices rose 5%.\n".utf8)
        let path = folder.write("a.txt", bytes: bytes)
        let fromFile = try Corpus.loadFile(path)
        let fromBytes = try Article(id: "a.txt", path: path, bytes: bytes)
        #expect(fromBytes.text.utf8 == fromFile.text.utf8)
        #expect(fromBytes.text.encoding == fromFile.text.encoding)
        #expect(fromBytes.byteCount == fromFile.byteCount)
        #expect(throws: LoadFailure.binary) { try Article(id: "b", path: "b", bytes: [0x41, 0x00]) }
    }
}
