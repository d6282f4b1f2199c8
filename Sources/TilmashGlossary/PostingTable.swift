import TilmashText

/// Keys (byte strings) with the recognized forms indexed under each, in the order they were
/// added: a `ByteStringTable` and its posting lists laid end to end.
///
///     var builder = PostingTable.Builder()
///     builder.add(Array("ortak bildiri".utf8), 3)
///     builder.add(Array("ortak bildiri".utf8), 7)
///     builder.finish().positions(of: "ortak bildiri")  // [3, 7]
///
/// - Complexity: building is O(n) for n postings; a lookup is one hash probe.
struct PostingTable: Sendable {
  let keys: ByteStringTable
  /// `positions[starts[id]..<starts[id + 1]]` are the forms under key `id`.
  private let starts: [Int32]
  private let positions: [Int32]

  /// Collects (key, position) pairs, then lays the lists out at once.
  struct Builder {
    private var keys: ByteStringTable
    private var ids: [Int32] = []
    private var positions: [Int32] = []

    init(capacity: Int = 1024) {
      keys = ByteStringTable(capacity: capacity)
      ids.reserveCapacity(capacity)
      positions.reserveCapacity(capacity)
    }

    mutating func add(_ key: UnsafeBufferPointer<UInt8>, _ position: Int32) {
      ids.append(keys.insert(key))
      positions.append(position)
    }

    mutating func add(_ key: [UInt8], _ position: Int32) {
      key.withUnsafeBufferPointer { add($0, position) }
    }

    /// The table; each list keeps the order of `add`.
    consuming func finish() -> PostingTable {
      var starts = [Int32](repeating: 0, count: keys.count + 1)
      for id in ids { starts[Int(id) + 1] += 1 }
      for index in 0..<keys.count { starts[index + 1] += starts[index] }
      var next = starts
      var laidOut = [Int32](repeating: 0, count: positions.count)
      for (id, position) in zip(ids, positions) {
        laidOut[Int(next[Int(id)])] = position
        next[Int(id)] += 1
      }
      return PostingTable(keys: keys, starts: starts, positions: laidOut)
    }
  }

  private init(keys: ByteStringTable, starts: [Int32], positions: [Int32]) {
    self.keys = keys
    self.starts = starts
    self.positions = positions
  }

  /// The forms under key `id`.
  func positions(ofID id: Int32) -> ArraySlice<Int32> {
    positions[Int(starts[Int(id)])..<Int(starts[Int(id) + 1])]
  }

  /// The forms under `key` (its UTF-8), or nil.
  func positions(of key: String) -> ArraySlice<Int32>? {
    let id = keys.id(of: key)
    return id < 0 ? nil : positions(ofID: id)
  }
}
