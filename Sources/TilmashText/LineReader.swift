#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a file descriptor in chunks and yields its lines as bytes, each with its line ending
/// exactly as it was ("\n", "\r\n", or nothing for a last line without one).
///
///     var reader = LineReader(fileDescriptor: 0)
///     while let line = try reader.next() {
///       let (content, ending) = LineReader.split(line.bytes)  // "abc\r\n" -> "abc", "\r\n"
///     }
///
/// Lines are split at the byte 0x0A only, so the reader works on any bytes: invalid UTF-8, NUL
/// and a byte-order mark pass through untouched, and no UTF-8 sequence is ever cut (0x0A is never
/// part of one). Memory stays at one chunk plus the longest line.
public struct LineReader {
  /// A line and the offset of its first byte from where the reader started.
  public struct Line: Equatable, Sendable {
    public var bytes: [UInt8]
    public var offset: Int
  }

  private let fileDescriptor: Int32
  private let chunkSize: Int
  private let name: String
  private var buffer: [UInt8] = []
  private var scratch: [UInt8] = []
  private var start = 0
  private var offset = 0
  private var atEnd = false

  /// A reader of `fileDescriptor`, which it does not close. `name` names the input in errors.
  public init(fileDescriptor: Int32, name: String = "-", chunkSize: Int = 65_536) {
    self.fileDescriptor = fileDescriptor
    self.name = name
    self.chunkSize = max(chunkSize, 1)
  }

  /// The next line, or nil at the end of the input.
  ///
  /// - Complexity: O(n) in the length of the line, amortized.
  public mutating func next() throws(TextInputError) -> Line? {
    var scanned = 0
    while true {
      if let newline = Self.newline(in: buffer, from: start + scanned) {
        return take(upTo: newline + 1)
      }
      scanned = buffer.count - start
      if atEnd {
        return start < buffer.count ? take(upTo: buffer.count) : nil
      }
      try fill()
    }
  }

  /// Splits a line into its content and its ending ("\r\n", "\n" or empty).
  public static func split(_ line: [UInt8]) -> (content: ArraySlice<UInt8>, ending: ArraySlice<UInt8>) {
    var end = line.endIndex
    if end > 0, line[end - 1] == 0x0A {
      end -= 1
      if end > 0, line[end - 1] == 0x0D { end -= 1 }
    }
    return (line[..<end], line[end...])
  }

  /// The index of the first "\n" at or after `from`, by `memchr`.
  private static func newline(in buffer: [UInt8], from: Int) -> Int? {
    guard from < buffer.count else { return nil }
    return buffer.withUnsafeBytes { bytes -> Int? in
      guard let base = bytes.baseAddress else { return nil }
      guard let found = memchr(base + from, 0x0A, bytes.count - from) else { return nil }
      return base.distance(to: UnsafeRawPointer(found))
    }
  }

  private mutating func take(upTo end: Int) -> Line {
    let line = Line(bytes: Array(buffer[start..<end]), offset: offset)
    offset += end - start
    start = end
    return line
  }

  /// Reads one more chunk, first dropping the lines already handed out. Bytes move with
  /// `memcpy`-backed calls only: element-wise appends are slow in debug builds.
  private mutating func fill() throws(TextInputError) {
    if start > 0 {
      buffer = Array(buffer[start...])
      start = 0
    }
    if scratch.isEmpty { scratch = [UInt8](repeating: 0, count: chunkSize) }
    let count = scratch.withUnsafeMutableBytes { bytes -> Int in
      guard let base = bytes.baseAddress else { return 0 }
      return SystemCalls.read(fileDescriptor, into: base, count: bytes.count)
    }
    if count < 0 { throw .readFailed(path: name, errno: SystemCalls.errorNumber) }
    if count == 0 {
      atEnd = true
      return
    }
    scratch.withUnsafeBufferPointer { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<count])) }
  }
}
