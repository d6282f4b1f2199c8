/// An open-addressing hash table from a (node, word) pair to a child node: the edges of the
/// phrase trie.
struct PairTable: Sendable {
  private var keys: [UInt64]
  private var values: [Int32]
  private var mask: Int
  private(set) var count = 0
  private static let empty = UInt64.max

  init(capacity: Int = 1024) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    keys = [UInt64](repeating: Self.empty, count: size)
    values = [Int32](repeating: -1, count: size)
    mask = size - 1
  }

  @inline(__always)
  private static func key(_ node: Int32, _ word: Int32) -> UInt64 {
    UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: word))
  }

  @inline(__always)
  private static func slot(_ key: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
  }

  @inline(__always)
  func value(_ node: Int32, _ word: Int32) -> Int32 {
    let key = Self.key(node, word)
    var slot = Self.slot(key, mask)
    while true {
      let found = keys[slot]
      if found == key { return values[slot] }
      if found == Self.empty { return -1 }
      slot = (slot + 1) & mask
    }
  }

  mutating func set(_ node: Int32, _ word: Int32, _ value: Int32) {
    if (count + 1) * 2 > keys.count { grow() }
    let key = Self.key(node, word)
    var slot = Self.slot(key, mask)
    while keys[slot] != Self.empty && keys[slot] != key { slot = (slot + 1) & mask }
    if keys[slot] == Self.empty { count += 1 }
    keys[slot] = key
    values[slot] = value
  }

  private mutating func grow() {
    let oldKeys = keys
    let oldValues = values
    keys = [UInt64](repeating: Self.empty, count: oldKeys.count * 2)
    values = [Int32](repeating: -1, count: oldKeys.count * 2)
    mask = keys.count - 1
    for (key, value) in zip(oldKeys, oldValues) where key != Self.empty {
      var slot = Self.slot(key, mask)
      while keys[slot] != Self.empty { slot = (slot + 1) & mask }
      keys[slot] = key
      values[slot] = value
    }
  }
}
