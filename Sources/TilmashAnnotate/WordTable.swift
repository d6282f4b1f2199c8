/// An open-addressing hash table from byte strings (folded words) to dense ids.
///
/// Words live in one byte arena, so a lookup hashes and compares raw bytes without building a
/// `String` or an `Array`.
///
/// - Complexity: Lookups are O(k) in the word's length on average; inserts amortized O(k).
struct WordTable: Sendable {
  private var arena: [UInt8] = []
  private var starts: [Int32] = [0]
  private var hashes: [UInt64] = []
  private var slots: [Int32]
  private var mask: Int

  init(capacity: Int = 1024) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = [Int32](repeating: -1, count: size)
    mask = size - 1
  }

  var count: Int { hashes.count }

  /// The bytes of word `id`.
  func word(_ id: Int32) -> ArraySlice<UInt8> {
    arena[Int(starts[Int(id)])..<Int(starts[Int(id) + 1])]
  }

  @inline(__always)
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    // FNV-1a over 8-byte lanes, then a final avalanche: fast on short words.
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    var index = 0
    let count = bytes.count
    while index + 8 <= count {
      var lane: UInt64 = 0
      for shift in 0..<8 { lane |= UInt64(bytes[index + shift]) << (UInt64(shift) * 8) }
      hash = (hash ^ lane) &* 0x0000_0100_0000_01B3
      hash ^= hash >> 29
      index += 8
    }
    while index < count {
      hash = (hash ^ UInt64(bytes[index])) &* 0x0000_0100_0000_01B3
      index += 1
    }
    hash ^= hash >> 33
    hash = hash &* 0xff51_afd7_ed55_8ccd
    hash ^= hash >> 33
    return hash
  }

  /// The id of `bytes`, or -1.
  @inline(__always)
  func id(of bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
    let hash = Self.hash(bytes)
    var slot = Int(truncatingIfNeeded: hash) & mask
    return arena.withUnsafeBufferPointer { arena in
      while true {
        let id = slots[slot]
        if id < 0 { return -1 }
        if hashes[Int(id)] == hash {
          let start = Int(starts[Int(id)])
          let end = Int(starts[Int(id) + 1])
          if end - start == bytes.count, Self.equal(arena, start, bytes) { return id }
        }
        slot = (slot + 1) & mask
      }
    }
  }

  @inline(__always)
  private static func equal(_ arena: UnsafeBufferPointer<UInt8>, _ start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index < bytes.count {
      if arena[start + index] != bytes[index] { return false }
      index += 1
    }
    return true
  }

  func id(of bytes: [UInt8]) -> Int32 {
    bytes.withUnsafeBufferPointer { id(of: $0) }
  }

  /// The id of `bytes`, added if new.
  mutating func insert(_ bytes: [UInt8]) -> Int32 {
    let existing = id(of: bytes)
    if existing >= 0 { return existing }
    if (hashes.count + 1) * 2 > slots.count { grow() }
    let id = Int32(hashes.count)
    let hash = bytes.withUnsafeBufferPointer { Self.hash($0) }
    arena.append(contentsOf: bytes)
    starts.append(Int32(arena.count))
    hashes.append(hash)
    place(id, hash)
    return id
  }

  private mutating func place(_ id: Int32, _ hash: UInt64) {
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot] >= 0 { slot = (slot + 1) & mask }
    slots[slot] = id
  }

  private mutating func grow() {
    slots = [Int32](repeating: -1, count: slots.count * 2)
    mask = slots.count - 1
    for (id, hash) in hashes.enumerated() { place(Int32(id), hash) }
  }
}
