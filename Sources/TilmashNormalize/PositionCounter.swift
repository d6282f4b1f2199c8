/// Converts increasing byte offsets of a text into scalar offsets, lines and columns, in one
/// pass.
struct PositionCounter {
  let bytes: [UInt8]
  private var byte = 0
  private var scalar = 0
  private var line = 1
  private var lineStart = 0

  init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  /// The scalar offset, 1-based line and 1-based column (in characters) of `offset`.
  mutating func position(of offset: Int) -> (scalar: Int, line: Int, column: Int) {
    advance(to: offset)
    let column = String(decoding: bytes[lineStart..<byte], as: UTF8.self).count + 1
    return (scalar, line, column)
  }

  /// The scalar offset of `offset`, without the column.
  mutating func scalarOffset(of offset: Int) -> Int {
    advance(to: offset)
    return scalar
  }

  /// Moves to `offset`, counting scalars and lines; starts over for an offset behind.
  private mutating func advance(to offset: Int) {
    if offset < byte { self = PositionCounter(bytes: bytes) }
    while byte < offset, byte < bytes.count {
      let value = bytes[byte]
      if value & 0xC0 != 0x80 { scalar += 1 }
      if value == 0x0A {
        line += 1
        lineStart = byte + 1
      }
      byte += 1
    }
  }
}
