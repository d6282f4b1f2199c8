/// Reads back what `BinaryWriter` wrote, checking every count against the bytes left: damaged or
/// hostile bytes give a `BinaryFormatError` with the offset, never a crash or a huge allocation.
///
/// The reader checks only the layout. What the values mean (an id within its table, a count
/// that matches another) is for the reading type to check, with `failure(_:)` to locate it.
public struct BinaryReader {
  private let bytes: [UInt8]
  /// Where the next value starts.
  public private(set) var offset: Int
  /// Where the last value read started, for `failure(_:)`.
  private var lastStart: Int

  public init(_ bytes: [UInt8], offset: Int = 0) {
    self.bytes = bytes
    self.offset = offset
    self.lastStart = offset
  }

  public var isAtEnd: Bool { offset == bytes.count }

  /// An error at the start of the last value read.
  public func failure(_ message: String) -> BinaryFormatError {
    BinaryFormatError(byteOffset: lastStart, message: message)
  }

  public mutating func uint64() throws(BinaryFormatError) -> UInt64 {
    lastStart = offset
    guard bytes.count - offset >= 8 else { throw failure("the data ends inside a number") }
    let value = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self) }
    offset += 8
    return value
  }

  /// A count or index written by `append(_: Int)`, checked to be within `range`.
  public mutating func int(in range: ClosedRange<Int>) throws(BinaryFormatError) -> Int {
    let raw = Int64(bitPattern: try uint64())
    guard raw >= Int64(range.lowerBound), raw <= Int64(range.upperBound) else {
      throw failure("\(raw) is outside \(range.lowerBound)...\(range.upperBound)")
    }
    return Int(raw)
  }

  public mutating func bool() throws(BinaryFormatError) -> Bool {
    try int(in: 0...1) == 1
  }

  /// An array of plain values. Any bit pattern must be a valid `Element` (integers and structs
  /// of them, not `Bool` or enums).
  public mutating func array<Element: BitwiseCopyable>(of type: Element.Type) throws(BinaryFormatError) -> [Element] {
    let start = offset
    let count = try int(in: 0...Int.max)
    lastStart = start
    let stride = max(MemoryLayout<Element>.stride, 1)
    guard count <= (bytes.count - offset) / stride else {
      throw failure("an array of \(count) values of \(stride) bytes, but \(bytes.count - offset) bytes are left")
    }
    let size = count * stride
    let padded = size + (8 - size % 8) % 8
    guard bytes.count - offset >= padded else { throw failure("the data ends inside an array of \(count)") }
    let values = [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
      bytes.withUnsafeBytes { source in
        UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: source[offset..<(offset + size)]))
      }
      initialized = count
    }
    offset += padded
    return values
  }

  /// A column of strings written by `BinaryWriter.append(strings:)`, checked to be `count` long
  /// when given; invalid UTF-8 becomes U+FFFD.
  public mutating func strings(count: Int? = nil) throws(BinaryFormatError) -> [String] {
    let bytes = try array(of: UInt8.self)
    let ends = try array(of: Int32.self)
    guard count == nil || ends.count == count, zip([0] + ends, ends).allSatisfy({ $0 <= $1 }), (ends.last ?? 0) == bytes.count
    else { throw failure("the strings' bounds do not cover them in order") }
    return bytes.withUnsafeBufferPointer { bytes in
      ends.indices.map { index in
        let start = index == 0 ? 0 : Int(ends[index - 1])
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<Int(ends[index])]), as: UTF8.self)
      }
    }
  }

  /// A column written by `BinaryWriter.append(interned:)`, checked to be `count` long when given.
  public mutating func internedStrings(count: Int? = nil) throws(BinaryFormatError) -> [String] {
    let values = try strings()
    let positions = try indices(below: values.count, count: count, of: "an interned string")
    return positions.map { values[Int($0)] }
  }

  /// A column of ids, each checked to be in `0..<bound` (and the column `count` long when given).
  public mutating func indices(below bound: Int, count: Int? = nil, of what: String) throws(BinaryFormatError) -> [Int32] {
    let ids = try array(of: Int32.self)
    guard count == nil || ids.count == count else { throw failure("\(ids.count) ids of \(what), not \(count ?? 0)") }
    guard ids.allSatisfy({ $0 >= 0 && Int($0) < bound }) else { throw failure("\(what) beyond the \(bound) there are") }
    return ids
  }

  /// Moves past `count` bytes.
  public mutating func skip(_ count: Int) throws(BinaryFormatError) {
    lastStart = offset
    guard count <= bytes.count - offset else { throw failure("\(count) bytes to skip, \(bytes.count - offset) left") }
    offset += count
  }

  /// A string written by `BinaryWriter.append(_: String)`; invalid UTF-8 becomes U+FFFD.
  public mutating func string() throws(BinaryFormatError) -> String {
    String(decoding: try array(of: UInt8.self), as: UTF8.self)
  }
}
