/// Lays out numbers and arrays of plain values as bytes, for `BinaryReader` to read back in the
/// same process or a later one on the same machine (native byte order and layout: the bytes are
/// a cache, not an interchange format).
///
///     var writer = BinaryWriter()
///     writer.append(UInt64(3))
///     writer.append([Int32(1), 2, 3])
///     var reader = BinaryReader(writer.bytes)
///     try reader.uint64()                // 3
///     try reader.array(of: Int32.self)   // [1, 2, 3]
///
/// An array is its count, then its elements' bytes, padded to a multiple of 8 so that every value
/// starts aligned.
public struct BinaryWriter {
  public private(set) var bytes: [UInt8] = []

  public init() {}

  public mutating func append(_ value: UInt64) {
    withUnsafeBytes(of: value) { bytes.append(contentsOf: $0) }
  }

  /// Replaces the number at `offset`, which an earlier `append` wrote: for a header whose
  /// values are known only after what follows it.
  public mutating func replace(at offset: Int, with value: UInt64) {
    withUnsafeBytes(of: value) { bytes.replaceSubrange(offset..<(offset + 8), with: $0) }
  }

  public mutating func append(_ value: Int) {
    append(UInt64(bitPattern: Int64(value)))
  }

  public mutating func append(_ value: Bool) {
    append(UInt64(value ? 1 : 0))
  }

  public mutating func append<Element: BitwiseCopyable>(_ values: [Element]) {
    append(values.count)
    values.withUnsafeBytes { bytes.append(contentsOf: $0) }
    padToEight()
  }

  /// The string's UTF-8, as an array of bytes.
  public mutating func append(_ string: String) {
    append(Array(string.utf8))
  }

  /// Many strings as one column: their UTF-8 laid end to end, then where each ends.
  public mutating func append(strings: some Sequence<String>) {
    var bytes: [UInt8] = []
    var ends: [Int32] = []
    for string in strings {
      bytes.appendUTF8(of: string)
      ends.append(Int32(bytes.count))
    }
    append(bytes)
    append(ends)
  }

  /// A column of strings with few distinct values (languages, scheme names): each distinct
  /// value once, then each string's position among them.
  public mutating func append(interned strings: some Sequence<String>) {
    var values: [String] = []
    var positions: [Int32] = []
    for string in strings {
      if let known = values.firstIndex(of: string) {
        positions.append(Int32(known))
      } else {
        positions.append(Int32(values.count))
        values.append(string)
      }
    }
    append(strings: values)
    append(positions)
  }

  private mutating func padToEight() {
    let padding = (8 - bytes.count % 8) % 8
    bytes.append(contentsOf: repeatElement(0, count: padding))
  }
}
