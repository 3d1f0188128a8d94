import CNcursesw
import Testing
@testable import TandemTerminal
@testable import TandemUI

@Suite struct KeyDecoderTests {
    @Test func charactersAndControlKeys() {
        #expect(KeyDecoder.decode(status: OK, code: 0x6A) == .character("j"))
        #expect(KeyDecoder.decode(status: OK, code: 0x65E5) == .character("日"))
        #expect(KeyDecoder.decode(status: OK, code: 4) == .control("d"))
        #expect(KeyDecoder.decode(status: OK, code: 13) == .enter)
        #expect(KeyDecoder.decode(status: OK, code: 27) == .escape)
        #expect(KeyDecoder.decode(status: OK, code: 127) == .backspace)
        #expect(KeyDecoder.decode(status: ERR, code: 0) == nil)
    }

    @Test func functionKeys() {
        let code = { (key: Int32) in UInt32(bitPattern: key) }
        #expect(KeyDecoder.decode(status: KEY_CODE_YES, code: code(KEY_DOWN)) == .down)
        #expect(KeyDecoder.decode(status: KEY_CODE_YES, code: code(KEY_NPAGE)) == .pageDown)
        #expect(KeyDecoder.decode(status: KEY_CODE_YES, code: code(KEY_RESIZE)) == .resize)
        #expect(KeyDecoder.decode(status: KEY_CODE_YES, code: code(tandem_key_f(5))) == .function(5))
    }
}
