/// A Bloom filter over 64-bit hashes (`ByteStringTable.hash`): "certainly not in the set" for
/// most strings, from a bit array small enough to stay in the cache, before a probe of the
/// multi-megabyte word table.
///
/// It may answer "maybe" for a string never inserted, never "no" for one that was.
struct HashFilter: Sendable {
  private var bits: [UInt64]
  private let mask: Int

  /// A filter for about `capacity` strings: 16 bits each, two probes (about 1.5% false "maybe").
  init(capacity: Int) {
    var size = 1 << 12
    while size < capacity * 16 { size <<= 1 }
    bits = [UInt64](repeating: 0, count: size / 64)
    mask = size - 1
  }

  mutating func insert(hash: UInt64) {
    let (first, second) = Self.positions(hash, mask)
    for bit in [first, second] { bits[bit >> 6] |= 1 << UInt64(bit & 63) }
  }

  @inline(__always)
  func mayContain(hash: UInt64) -> Bool {
    let (first, second) = Self.positions(hash, mask)
    return bits.withUnsafeBufferPointer { bits in
      bits[first >> 6] & (1 << UInt64(first & 63)) != 0 && bits[second >> 6] & (1 << UInt64(second & 63)) != 0
    }
  }

  /// Two bit positions from parts of the hash that the word table does not use for its slot.
  @inline(__always)
  private static func positions(_ hash: UInt64, _ mask: Int) -> (Int, Int) {
    (Int(truncatingIfNeeded: hash >> 24) & mask, Int(truncatingIfNeeded: hash >> 44 ^ hash >> 5) & mask)
  }
}
