/// A fast 64-bit hash of many bytes, the same in every process (unlike `Hasher`): to tell whether
/// a file or a glossary changed since a cache was written, and to check a cache file's content.
/// Not cryptographic: it detects change and damage, not forgery.
///
/// Four independent lanes of 8 bytes each step, so that their multiplications overlap: several
/// gigabytes a second, where one lane would wait on each multiplication in turn.
public enum ContentHash {
  public static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    let prime: UInt64 = 0x9E37_79B9_7F4A_7C15
    var lanes: (UInt64, UInt64, UInt64, UInt64) = (0x243F_6A88_85A3_08D3, 0x1319_8A2E_0370_7344, 0xA409_3822_299F_31D0, 0x082E_FA98_EC4E_6C89)
    @inline(__always) func mix(_ lane: UInt64, _ word: UInt64) -> UInt64 {
      let mixed = (lane ^ word) &* prime
      return mixed ^ (mixed >> 31)
    }
    var offset = 0
    let count = bytes.count
    while offset + 32 <= count {
      lanes.0 = mix(lanes.0, bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
      lanes.1 = mix(lanes.1, bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self))
      lanes.2 = mix(lanes.2, bytes.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self))
      lanes.3 = mix(lanes.3, bytes.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self))
      offset += 32
    }
    var hash = mix(mix(mix(lanes.0, lanes.1), lanes.2), lanes.3)
    while offset < count {
      hash = mix(hash, UInt64(bytes[offset]))
      offset += 1
    }
    hash = mix(hash, UInt64(count))
    hash ^= hash >> 33
    hash = hash &* 0xFF51_AFD7_ED55_8CCD
    return hash ^ (hash >> 33)
  }

  public static func of(_ bytes: [UInt8]) -> UInt64 {
    bytes.withUnsafeBytes { of($0) }
  }
}
