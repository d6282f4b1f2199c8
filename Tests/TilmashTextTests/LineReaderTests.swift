import Foundation
import Testing
import TilmashTestSupport

@testable import TilmashText

/// Writes `bytes` to a fresh temporary file and returns its path.
func temporaryFile(_ bytes: [UInt8], name: String = "input.txt") throws -> String {
  try TilmashProcess.temporaryFile(bytes, name: name)
}

struct LineReaderTests {
  @Test(arguments: [1, 2, 3, 7, 65_536])
  func linesKeepTheirEndingsAtAnyChunkSize(chunkSize: Int) throws {
    let text: [UInt8] = Array("\u{FEFF}Қазақ\r\nline\u{0}two\n\n\r\nlast".utf8)
    let path = try temporaryFile(text)
    let fd = open(path, O_RDONLY)
    defer { close(fd) }
    var reader = LineReader(fileDescriptor: fd, chunkSize: chunkSize)
    var lines: [LineReader.Line] = []
    while let line = try reader.next() { lines.append(line) }
    #expect(lines.map(\.bytes).joined().elementsEqual(text))
    #expect(lines.count == 5)
    #expect(lines.map(\.offset) == [0, 15, 24, 25, 27])
    #expect(LineReader.split(lines[0].bytes).ending.elementsEqual("\r\n".utf8))
    #expect(LineReader.split(lines[1].bytes).ending.elementsEqual("\n".utf8))
    #expect(LineReader.split(lines[4].bytes).ending.isEmpty)
  }

  @Test func anEmptyInputHasNoLines() throws {
    let path = try temporaryFile([])
    var input = try TextInput(path: path)
    #expect(try input.firstInvalidUTF8() == nil)
    var reader = try input.lines()
    #expect(try reader.next() == nil)
  }

  @Test func invalidUTF8IsFoundAtItsFileOffset() throws {
    let bytes: [UInt8] = Array("first line\nok ".utf8) + [0xC3] + Array(" rest\n".utf8)
    var input = try TextInput(path: try temporaryFile(bytes))
    #expect(try input.firstInvalidUTF8() == InvalidUTF8(byteOffset: 14, length: 1))
  }

  @Test func aMissingFileIsAnError() {
    #expect(throws: TextInputError.self) { _ = try TextInput(path: "/nonexistent/tilmash/input.txt") }
  }

  @Test func strictTransliterationWritesNothingForABadFile() throws {
    let bytes: [UInt8] = Array("Алматы\n".utf8) + [0xFF] + Array("\n".utf8)
    var input = try TextInput(path: try temporaryFile(bytes))
    var output: [UInt8] = []
    #expect(throws: TextInputError.invalidUTF8(path: input.name, InvalidUTF8(byteOffset: 13, length: 1))) {
      try TransliterationScheme.named("kk-bgn").transliterate(&input, lossy: false) { output += $0 }
    }
    #expect(output.isEmpty)
  }

  @Test func lossyTransliterationReplacesAndWarns() throws {
    let bytes: [UInt8] = Array("Алматы\r\n".utf8) + [0xFF] + Array("Ақтөбе".utf8)
    var input = try TextInput(path: try temporaryFile(bytes))
    var output: [UInt8] = []
    var warnings: [InvalidUTF8] = []
    try TransliterationScheme.named("kk-bgn").transliterate(&input, lossy: true, warn: { warnings.append($0) }) {
      output += $0
    }
    #expect(String(decoding: output, as: UTF8.self) == "Almaty\r\n\u{FFFD}Aqtöbe")
    #expect(warnings == [InvalidUTF8(byteOffset: 14, length: 1)])
  }
}
