import Testing
import TilmashText

/// `BinaryWriter` and `BinaryReader`: values come back as written, and short or wrong bytes give
/// located errors.
struct BinaryFormatTests {
  @Test func valuesComeBackAsWritten() throws {
    var writer = BinaryWriter()
    writer.append(UInt64(7))
    writer.append(-3)
    writer.append(true)
    writer.append([Int32(1), -2, 3])
    writer.append("Қазақстан İzmir")
    writer.append([UInt8]())
    writer.append([UInt64.max])
    #expect(writer.bytes.count % 8 == 0)
    var reader = BinaryReader(writer.bytes)
    #expect(try reader.uint64() == 7)
    #expect(try reader.int(in: -5...5) == -3)
    #expect(try reader.bool())
    #expect(try reader.array(of: Int32.self) == [1, -2, 3])
    #expect(try reader.string() == "Қазақстан İzmir")
    #expect(try reader.array(of: UInt8.self) == [])
    #expect(try reader.array(of: UInt64.self) == [.max])
    #expect(reader.isAtEnd)
  }

  @Test func replaceOverwritesANumber() throws {
    var writer = BinaryWriter()
    writer.append(UInt64(1))
    writer.append(UInt64(2))
    writer.replace(at: 8, with: 9)
    var reader = BinaryReader(writer.bytes)
    #expect(try reader.uint64() == 1)
    #expect(try reader.uint64() == 9)
  }

  @Test func everyTruncationFailsWithAnOffset() {
    var writer = BinaryWriter()
    writer.append([Int32](0..<10))
    writer.append("text")
    for length in 0..<writer.bytes.count {
      var reader = BinaryReader(Array(writer.bytes.prefix(length)))
      #expect(throws: BinaryFormatError.self) {
        _ = try reader.array(of: Int32.self)
        _ = try reader.string()
      }
    }
  }

  @Test func aHugeCountIsRefusedBeforeAllocating() {
    var writer = BinaryWriter()
    writer.append(Int.max / 2)
    var reader = BinaryReader(writer.bytes)
    #expect(throws: BinaryFormatError(byteOffset: 0, message: "an array of \(Int.max / 2) values of 8 bytes, but 0 bytes are left")) {
      try reader.array(of: UInt64.self)
    }
  }

  @Test func outOfRangeNumbersAreLocated() {
    var writer = BinaryWriter()
    writer.append(UInt64(0))
    writer.append(2)
    var reader = BinaryReader(writer.bytes)
    #expect(throws: Never.self) { try reader.uint64() }
    #expect(throws: BinaryFormatError(byteOffset: 8, message: "2 is outside 0...1")) { try reader.bool() }
  }

  @Test func stringColumnsComeBackAsWritten() throws {
    let texts = ["Қазақстан", "", "İzmir", "e\u{301}", "joint exercise"]
    let languages = ["kk", "en", "tr", "en", "kk"]
    var writer = BinaryWriter()
    writer.append(strings: texts)
    writer.append(interned: languages)
    writer.append([Int32(0), 2, 1])
    var reader = BinaryReader(writer.bytes)
    #expect(try reader.strings(count: texts.count) == texts)
    #expect(try reader.internedStrings(count: languages.count) == languages)
    #expect(try reader.indices(below: 3, of: "an id") == [0, 2, 1])
    #expect(reader.isAtEnd)
  }

  @Test func columnsOfTheWrongLengthOrOutOfRangeAreRefused() {
    var writer = BinaryWriter()
    writer.append(strings: ["a", "b"])
    writer.append([Int32(0), 3])
    var short = BinaryReader(writer.bytes)
    #expect(throws: BinaryFormatError.self) { try short.strings(count: 3) }
    var ids = BinaryReader(writer.bytes)
    #expect(throws: Never.self) { try ids.strings() }
    #expect(throws: BinaryFormatError.self) { try ids.indices(below: 3, of: "an id") }
  }

  @Test func byteStringTableComesBackWithTheSameIDs() throws {
    var table = ByteStringTable()
    let words = ["bakanlık", "anlaşma", "министрлігі", "", "ı", "i", "İ"]
    for word in words { table.insert(Array(word.utf8)) }
    var writer = BinaryWriter()
    table.write(to: &writer)
    var reader = BinaryReader(writer.bytes)
    let read = try ByteStringTable(reading: &reader)
    #expect(read.count == table.count)
    for word in words + ["absent"] { #expect(read.id(of: word) == table.id(of: word)) }
  }

  @Test func byteStringTableRefusesBoundsOutsideItsBytes() {
    var writer = BinaryWriter()
    writer.append(Array("abc".utf8))
    writer.append([Int32(0), 2, 1, 3])
    var reader = BinaryReader(writer.bytes)
    #expect(throws: BinaryFormatError.self) { try ByteStringTable(reading: &reader) }
  }

  @Test func contentHashSeesEveryByteAndTheLength() {
    let base = [UInt8](repeating: 0x41, count: 100)
    var seen = Set([ContentHash.of(base)])
    for position in base.indices {
      var changed = base
      changed[position] ^= 1
      seen.insert(ContentHash.of(changed))
    }
    seen.insert(ContentHash.of(base + [0]))
    seen.insert(ContentHash.of(Array(base.dropLast())))
    #expect(seen.count == 103)
  }
}
