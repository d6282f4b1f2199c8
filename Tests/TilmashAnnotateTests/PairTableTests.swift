import Testing

@testable import TilmashAnnotate

struct PairTableTests {
  /// Through growth, every pair set keeps its last value, and pairs never set (most probes, and
  /// the ones the Bloom filter answers) are -1.
  @Test func agreesWithADictionary() {
    var table = PairTable(capacity: 2)
    var model: [Int64: Int32] = [:]
    var state: UInt64 = 7
    func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state >> 33
    }
    for step in 0..<20_000 {
      let node = Int32(next() % 500)
      let word = Int32(next() % 2_000)
      table.set(node, word, Int32(step))
      model[Int64(node) << 32 | Int64(word)] = Int32(step)
    }
    for node in Int32(0)..<500 {
      for word in Int32(0)..<2_000 {
        #expect(table.value(node, word) == model[Int64(node) << 32 | Int64(word)] ?? -1)
      }
    }
    #expect(table.count == model.count)
  }
}
