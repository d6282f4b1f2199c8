/// Converts increasing byte offsets into scalar offsets in one pass over the text.
struct ScalarCounter {
  private var byte = 0
  private var scalar = 0

  mutating func scalarOffset(of target: Int, in source: UnsafeBufferPointer<UInt8>) -> Int {
    if target < byte {
      byte = 0
      scalar = 0
    }
    while byte < target {
      if source[byte] & 0xC0 != 0x80 { scalar += 1 }
      byte += 1
    }
    return scalar
  }

  mutating func scalarRange(of range: Range<Int>, in source: UnsafeBufferPointer<UInt8>) -> Range<Int> {
    let start = scalarOffset(of: range.lowerBound, in: source)
    return start..<scalarOffset(of: range.upperBound, in: source)
  }
}
