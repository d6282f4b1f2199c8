import TilmashText

/// An open-addressing hash table from a (node, word) pair to a value: the edges of the phrase
/// trie below its root.
///
/// Key and value share one 16-byte entry, so a probe that finds its key costs one cache line.
/// Most probes find nothing (a word that does not continue a phrase): a Bloom filter of the
/// keys (`HashFilter`) answers those without touching the table.
struct PairTable: Sendable {
  private struct Entry {
    var key: UInt64
    var value: Int32
  }

  private var entries: [Entry]
  private var mask: Int
  private var filter: HashFilter
  private(set) var count = 0
  private static let empty = UInt64.max

  init(capacity: Int = 1024) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    entries = [Entry](repeating: Entry(key: Self.empty, value: -1), count: size)
    mask = size - 1
    filter = HashFilter(capacity: size / 2)
  }

  @inline(__always)
  private static func key(_ node: Int32, _ word: Int32) -> UInt64 {
    UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: word))
  }

  @inline(__always)
  private static func slot(_ key: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
  }

  /// The value of (node, word), or -1.
  @inline(__always)
  func value(_ node: Int32, _ word: Int32) -> Int32 {
    let key = Self.key(node, word)
    guard filter.mayContain(hash: key) else { return -1 }
    var slot = Self.slot(key, mask)
    return entries.withUnsafeBufferPointer { entries in
      while true {
        let found = entries[slot]
        if found.key == key { return found.value }
        if found.key == Self.empty { return -1 }
        slot = (slot + 1) & mask
      }
    }
  }

  mutating func set(_ node: Int32, _ word: Int32, _ value: Int32) {
    if (count + 1) * 2 > entries.count { grow() }
    let key = Self.key(node, word)
    var slot = Self.slot(key, mask)
    while entries[slot].key != Self.empty && entries[slot].key != key { slot = (slot + 1) & mask }
    if entries[slot].key == Self.empty { count += 1 }
    entries[slot] = Entry(key: key, value: value)
    filter.insert(hash: key)
  }

  private mutating func grow() {
    let old = entries
    entries = [Entry](repeating: Entry(key: Self.empty, value: -1), count: old.count * 2)
    mask = entries.count - 1
    filter = HashFilter(capacity: entries.count / 2)
    for entry in old where entry.key != Self.empty {
      var slot = Self.slot(entry.key, mask)
      while entries[slot].key != Self.empty { slot = (slot + 1) & mask }
      entries[slot] = entry
      filter.insert(hash: entry.key)
    }
  }
}

extension PairTable {
  /// Writes the pairs for `init(reading:isValid:)`, by key so that equal tables write equal
  /// bytes; the slots are rebuilt from them.
  func write(to writer: inout BinaryWriter) {
    let taken = entries.filter { $0.key != Self.empty }.sorted { $0.key < $1.key }
    writer.append(taken.map(\.key))
    writer.append(taken.map(\.value))
  }

  /// Reads the pairs `write(to:)` wrote; `isValid` checks each value.
  init(reading reader: inout BinaryReader, isValid: (Int32) -> Bool) throws(BinaryFormatError) {
    let keys = try reader.array(of: UInt64.self)
    let values = try reader.array(of: Int32.self)
    guard keys.count == values.count, !keys.contains(Self.empty) else { throw reader.failure("the pair table's keys and values differ") }
    self.init(capacity: keys.count)
    for (key, value) in zip(keys, values) {
      guard isValid(value) else { throw reader.failure("a pair table links to \(value)") }
      set(Int32(truncatingIfNeeded: key >> 32), Int32(truncatingIfNeeded: key), value)
    }
  }
}
