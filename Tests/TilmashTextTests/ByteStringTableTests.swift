import PropertyBased
import Testing

@testable import TilmashText

struct ByteStringTableTests {
  @Test func idsInInsertionOrder() {
    var table = ByteStringTable(capacity: 1)
    #expect(table.insert(Array("bakanlık".utf8)) == 0)
    #expect(table.insert(Array("министрлік".utf8)) == 1)
    #expect(table.insert(Array("bakanlık".utf8)) == 0)
    #expect(table.id(of: "министрлік") == 1)
    #expect(table.id(of: "bakanlik") == -1)
    #expect(table.id(of: "") == -1)
    #expect(table.count == 2)
    #expect(table.string(1) == "министрлік")
  }

  /// The hash reads 8-byte lanes, then single bytes: strings either side of a lane's end, and
  /// strings that differ only in their last byte or length, each keep their own id.
  @Test(arguments: [7, 8, 9, 16, 17, 255, 1000])
  func lengthsAroundTheHashLanes(length: Int) {
    var table = ByteStringTable(capacity: 1)
    let long = [UInt8](repeating: 0x61, count: length)
    var sibling = long
    sibling[length - 1] = 0x62
    #expect(table.insert(long) == 0)
    #expect(table.insert(sibling) == 1)
    #expect(table.insert(Array(long.prefix(length - 1))) == 2)
    #expect(table.id(of: long) == 0)
    #expect(table.id(of: sibling) == 1)
    #expect(table.id(of: long + [0x61]) == -1)
    #expect(Array(table.word(1)) == sibling)
  }

  /// Words from a small alphabet, so that many share hash slots: through growth, every word
  /// keeps its id, and the batch lookup agrees with one lookup per word, absent words included.
  @Test func batchLookupAgreesWithSingleLookups() async {
    let word = Gen.element(of: Array("abışқ")).compactMap { $0 }.array(of: 1...12).map { String($0) }
    await propertyCheck(count: 100, input: word.array(of: 0...300), word.array(of: 0...300)) { inserted, queried in
      var table = ByteStringTable(capacity: 4)
      var expected: [String: Int32] = [:]
      for word in inserted {
        let id = table.insert(Array(word.utf8))
        #expect(id == expected[word, default: Int32(expected.count)])
        expected[word] = id
      }
      let text = Array((inserted + queried).joined(separator: " ").utf8)
      var starts: [Int32] = []
      var ends: [Int32] = []
      var offset = 0
      for word in inserted + queried {
        starts.append(Int32(offset))
        ends.append(Int32(offset + word.utf8.count))
        offset += word.utf8.count + 1
      }
      var ids = [Int32](repeating: -9, count: starts.count)
      text.withUnsafeBufferPointer { text in
        starts.withUnsafeBufferPointer { starts in
          ends.withUnsafeBufferPointer { ends in
            ids.withUnsafeMutableBufferPointer { table.ids(of: text, starts: starts, ends: ends, into: $0) }
          }
        }
      }
      for (position, word) in (inserted + queried).enumerated() {
        #expect(ids[position] == (expected[word] ?? -1), "\(word)")
        #expect(table.id(of: word) == (expected[word] ?? -1), "\(word)")
      }
    }
  }
}
