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

extension PostingTable {
  func write(to writer: inout BinaryWriter) {
    keys.write(to: &writer)
    writer.append(starts)
    writer.append(positions)
  }

  /// Reads a table `write(to:)` wrote, checking that the lists cover the positions in order
  /// and that every position is below `formCount`.
  init(reading reader: inout BinaryReader, formCount: Int) throws(BinaryFormatError) {
    let keys = try ByteStringTable(reading: &reader)
    let starts = try reader.array(of: Int32.self)
    let positions = try reader.array(of: Int32.self)
    guard starts.count == keys.count + 1, starts.first == 0, starts.last == Int32(exactly: positions.count),
      zip(starts, starts.dropFirst()).allSatisfy({ $0 <= $1 })
    else { throw reader.failure("the posting lists do not cover their positions in order") }
    guard positions.allSatisfy({ $0 >= 0 && Int($0) < formCount }) else {
      throw reader.failure("a posting names a form beyond the index's \(formCount)")
    }
    self.init(keys: keys, starts: starts, positions: positions)
  }
}
