/// An open-addressing hash table from byte strings (folded words and keys) to dense ids, in the
/// order they were first inserted.
///
///     var table = ByteStringTable()
///     table.insert(Array("bakanlık".utf8))   // 0
///     table.insert(Array("anlaşma".utf8))    // 1
///     table.insert(Array("bakanlık".utf8))   // 0
///     table.id(of: Array("anlaşma".utf8))    // 1
///
/// Strings live in one byte arena, so a lookup hashes and compares raw bytes without building a
/// `String` (whose hashing normalizes to NFC first) or allocating per entry; keys are compared
/// byte for byte, which is what folded (NFC) keys need.
///
/// - Complexity: Lookups are O(k) in the key's length on average; inserts amortized O(k).
public struct ByteStringTable: Sendable {
  @usableFromInline var arena: [UInt8] = []
  @usableFromInline var starts: [Int32] = [0]
  /// Open addressing on the hash's low bits. A slot holds the hash's high 32 bits and the id + 1
  /// (0: empty), so that a probe past another string touches only this array: a miss costs one
  /// cache line, not one per string compared.
  @usableFromInline var slots: [UInt64]
  @usableFromInline var mask: Int

  public init(capacity: Int = 1024) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = [UInt64](repeating: 0, count: size)
    mask = size - 1
  }

  /// The number of distinct strings.
  @inlinable public var count: Int { starts.count - 1 }

  /// The bytes of string `id`.
  @inlinable public func word(_ id: Int32) -> ArraySlice<UInt8> {
    arena[Int(starts[Int(id)])..<Int(starts[Int(id) + 1])]
  }

  /// String `id` decoded as UTF-8.
  public func string(_ id: Int32) -> String {
    arena.withUnsafeBufferPointer { arena in
      String(decoding: UnsafeBufferPointer(rebasing: arena[Int(starts[Int(id)])..<Int(starts[Int(id) + 1])]), as: UTF8.self)
    }
  }

  @inlinable @inline(__always)
  public static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
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
  @inlinable @inline(__always)
  public func id(of bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
    id(of: bytes, hash: Self.hash(bytes))
  }

  /// The id of `bytes` whose `hash(_:)` is `hash`, or -1: for callers that test a filter on the
  /// hash first.
  @inlinable @inline(__always)
  public func id(of bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32 {
    var slot = Int(truncatingIfNeeded: hash) & mask
    let tag = hash & 0xFFFF_FFFF_0000_0000
    return arena.withUnsafeBufferPointer { arena in
      slots.withUnsafeBufferPointer { slots in
        starts.withUnsafeBufferPointer { starts in
          while true {
            let entry = slots[slot]
            if entry == 0 { return -1 }
            if entry & 0xFFFF_FFFF_0000_0000 == tag {
              let id = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
              let start = Int(starts[id])
              let end = Int(starts[id + 1])
              if end - start == bytes.count, Self.equal(arena, start, bytes) { return Int32(id) }
            }
            slot = (slot + 1) & mask
          }
        }
      }
    }
  }

  /// The ids of many strings at once, -1 for those absent: `ids[i]` for the bytes
  /// `text[starts[i]..<ends[i]]`.
  ///
  /// Each step runs over all the strings before the next (hash and read the first slot, then
  /// the candidate's bounds, then its bytes), so that the reads of different strings, each a
  /// likely cache miss in a large table, overlap instead of waiting one after another. Strings
  /// not settled by their first slot take the ordinary lookup.
  public func ids(
    of text: UnsafeBufferPointer<UInt8>, starts: UnsafeBufferPointer<Int32>, ends: UnsafeBufferPointer<Int32>,
    into ids: UnsafeMutableBufferPointer<Int32>
  ) {
    let count = starts.count
    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: count) { hashes in
      withUnsafeTemporaryAllocation(of: UInt64.self, capacity: count) { found in
        arena.withUnsafeBufferPointer { arena in
          slots.withUnsafeBufferPointer { slots in
            self.starts.withUnsafeBufferPointer { bounds in
              for index in 0..<count {
                let hash = Self.hash(UnsafeBufferPointer(rebasing: text[Int(starts[index])..<Int(ends[index])]))
                hashes[index] = hash
                found[index] = slots[Int(truncatingIfNeeded: hash) & mask]
              }
              // The first slot's id when its tag matches (-2: look further, -1: empty slot, absent).
              for index in 0..<count {
                let entry = found[index]
                if entry == 0 {
                  ids[index] = -1
                } else if entry & 0xFFFF_FFFF_0000_0000 == hashes[index] & 0xFFFF_FFFF_0000_0000 {
                  let id = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
                  ids[index] = Int32(id)
                  found[index] = UInt64(UInt32(bitPattern: bounds[id])) << 32 | UInt64(UInt32(bitPattern: bounds[id + 1]))
                } else {
                  ids[index] = -2
                }
              }
              for index in 0..<count where ids[index] != -1 {
                let bytes = UnsafeBufferPointer(rebasing: text[Int(starts[index])..<Int(ends[index])])
                if ids[index] >= 0 {
                  let start = Int(found[index] >> 32)
                  let end = Int(found[index] & 0xFFFF_FFFF)
                  if end - start == bytes.count, Self.equal(arena, start, bytes) { continue }
                }
                ids[index] = id(of: bytes, hash: hashes[index])
              }
            }
          }
        }
      }
    }
  }

  @inlinable @inline(__always)
  static func equal(_ arena: UnsafeBufferPointer<UInt8>, _ start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index < bytes.count {
      if arena[start + index] != bytes[index] { return false }
      index += 1
    }
    return true
  }

  /// The id of `bytes`, or -1.
  @inlinable public func id(of bytes: [UInt8]) -> Int32 {
    bytes.withUnsafeBufferPointer { id(of: $0) }
  }

  /// The id of the UTF-8 of `string`, or -1.
  @inlinable public func id(of string: String) -> Int32 {
    var string = string
    return string.withUTF8 { id(of: $0) }
  }

  /// The id of `bytes`, added if new.
  @inlinable @discardableResult
  public mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
    let hash = Self.hash(bytes)
    let existing = id(of: bytes, hash: hash)
    if existing >= 0 { return existing }
    return append(bytes, hash: hash)
  }

  /// The id of `bytes`, added if new.
  @inlinable @discardableResult
  public mutating func insert(_ bytes: [UInt8]) -> Int32 {
    bytes.withUnsafeBufferPointer { insert($0) }
  }

  @usableFromInline
  mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32 {
    if (count + 1) * 2 > slots.count { grow() }
    let id = Int32(count)
    arena.append(contentsOf: bytes)
    starts.append(Int32(arena.count))
    place(id, hash)
    return id
  }

  private mutating func place(_ id: Int32, _ hash: UInt64) {
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot] != 0 { slot = (slot + 1) & mask }
    slots[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(id + 1)
  }

  private mutating func grow() {
    slots = [UInt64](repeating: 0, count: slots.count * 2)
    mask = slots.count - 1
    // Hashes are not kept: recomputing them from the arena costs less than their memory.
    let arena = self.arena
    let starts = self.starts
    arena.withUnsafeBufferPointer { arena in
      for id in 0..<(starts.count - 1) {
        let bytes = UnsafeBufferPointer(rebasing: arena[Int(starts[id])..<Int(starts[id + 1])])
        place(Int32(id), Self.hash(bytes))
      }
    }
  }
}

extension ByteStringTable {
  /// Writes the strings for `init(reading:)`; the hash slots are rebuilt from them.
  public func write(to writer: inout BinaryWriter) {
    writer.append(arena)
    writer.append(starts)
  }

  /// Reads the strings `write(to:)` wrote, with the same ids, checking that their bounds cover
  /// the bytes in order.
  public init(reading reader: inout BinaryReader) throws(BinaryFormatError) {
    let arena = try reader.array(of: UInt8.self)
    let starts = try reader.array(of: Int32.self)
    guard starts.first == 0, starts.last == Int32(exactly: arena.count), zip(starts, starts.dropFirst()).allSatisfy({ $0 <= $1 })
    else { throw reader.failure("the string bounds do not cover the byte arena in order") }
    self.init(capacity: starts.count - 1)
    self.arena = arena
    self.starts = starts
    arena.withUnsafeBufferPointer { arena in
      for id in 0..<(starts.count - 1) {
        place(Int32(id), Self.hash(UnsafeBufferPointer(rebasing: arena[Int(starts[id])..<Int(starts[id + 1])])))
      }
    }
  }
}
