import TilmashText

/// A blocked Bloom filter over 64-bit hashes: "certainly not in the set" for most keys, from a
/// bit array small enough to stay in the cache, before a probe of a multi-megabyte table. Both
/// bits of a key sit in one 64-bit block, so a check reads one word of memory.
///
/// It may answer "maybe" for a key never inserted, never "no" for one that was.
struct HashFilter: Sendable {
  private var blocks: [UInt64]
  private let mask: Int

  /// A filter for about `capacity` keys, 16 bits each (a few percent of false "maybe").
  init(capacity: Int) {
    var count = 64
    while count * 4 < capacity { count <<= 1 }
    blocks = [UInt64](repeating: 0, count: count)
    mask = count - 1
  }

  mutating func insert(hash: UInt64) {
    let (block, bits) = Self.position(hash, mask)
    blocks[block] |= bits
  }

  @inline(__always)
  func mayContain(hash: UInt64) -> Bool {
    let (block, bits) = Self.position(hash, mask)
    return blocks.withUnsafeBufferPointer { $0[block] & bits == bits }
  }

  /// The block and the two bits of a hash, from its bits other than the low ones that hash
  /// tables use for their slots (the hash is remixed first: callers pass plain keys too).
  @inline(__always)
  private static func position(_ hash: UInt64, _ mask: Int) -> (block: Int, bits: UInt64) {
    let mixed = (hash ^ hash >> 29) &* 0xBF58_476D_1CE4_E5B9
    return (Int(truncatingIfNeeded: mixed >> 20) & mask, UInt64(1) << (mixed >> 58) | UInt64(1) << ((mixed >> 52) & 63))
  }
}

extension HashFilter {
  func write(to writer: inout BinaryWriter) {
    writer.append(blocks)
  }

  init(reading reader: inout BinaryReader) throws(BinaryFormatError) {
    let blocks = try reader.array(of: UInt64.self)
    guard blocks.count >= 64, blocks.count & (blocks.count - 1) == 0 else {
      throw reader.failure("a filter of \(blocks.count) blocks (a power of two from 64 up)")
    }
    self.blocks = blocks
    self.mask = blocks.count - 1
  }
}
