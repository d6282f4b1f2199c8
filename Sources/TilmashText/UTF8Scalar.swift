/// Decoding and encoding single scalars of valid UTF-8, for code that works on byte buffers
/// rather than `String`s.
public enum UTF8Scalar {
  /// The scalar at `index` of valid UTF-8, and its length in bytes.
  @inlinable @inline(__always)
  public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
    let lead = UInt32(bytes[index])
    var value: UInt32
    var length: Int
    if lead < 0x80 {
      return (Unicode.Scalar(UInt8(lead)), 1)
    } else if lead < 0xE0 {
      value = lead & 0x1F
      length = 2
    } else if lead < 0xF0 {
      value = lead & 0x0F
      length = 3
    } else {
      value = lead & 0x07
      length = 4
    }
    let end = min(index + length, bytes.count)
    var position = index + 1
    while position < end {
      value = value << 6 | (UInt32(bytes[position]) & 0x3F)
      position += 1
    }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", max(position - index, 1))
  }

  /// The value of the scalar at `index` of valid UTF-8, and its length in bytes: `decode`
  /// without making a `Unicode.Scalar`, with the two-byte scalars of Latin and Cyrillic letters
  /// first. A sequence cut short by the end of `bytes` is read as far as it goes.
  @inlinable @inline(__always)
  public static func decodeValue(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
    let lead = UInt32(bytes[index])
    if lead < 0x80 { return (lead, 1) }
    if lead < 0xE0, index + 1 < bytes.count {
      return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1]) & 0x3F, 2)
    }
    if lead >= 0xE0, lead < 0xF0, index + 2 < bytes.count {
      return ((lead & 0x0F) << 12 | (UInt32(bytes[index + 1]) & 0x3F) << 6 | UInt32(bytes[index + 2]) & 0x3F, 3)
    }
    let (scalar, length) = decode(bytes, at: index)
    return (scalar.value, length)
  }

  /// Appends the UTF-8 of `scalar`.
  @inlinable @inline(__always)
  public static func append(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
    let value = scalar.value
    if value < 0x80 {
      bytes.append(UInt8(value))
    } else if value < 0x800 {
      bytes.append(UInt8(0xC0 | value >> 6))
      bytes.append(UInt8(0x80 | value & 0x3F))
    } else if value < 0x10000 {
      bytes.append(UInt8(0xE0 | value >> 12))
      bytes.append(UInt8(0x80 | (value >> 6) & 0x3F))
      bytes.append(UInt8(0x80 | value & 0x3F))
    } else {
      bytes.append(UInt8(0xF0 | value >> 18))
      bytes.append(UInt8(0x80 | (value >> 12) & 0x3F))
      bytes.append(UInt8(0x80 | (value >> 6) & 0x3F))
      bytes.append(UInt8(0x80 | value & 0x3F))
    }
  }
}
