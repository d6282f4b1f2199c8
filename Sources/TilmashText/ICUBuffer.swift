import CICU

/// Calls an ICU function that writes UTF-16 into a caller's buffer, retrying once at the size ICU
/// asks for when the first guess is too small.
///
/// The closure receives the source units, its length, the destination, its capacity and the
/// status to set, and returns the length written (or needed).
func withICUOutput(
  _ source: [UInt16],
  initialCapacity: Int? = nil,
  _ call: (UnsafePointer<UInt16>?, Int32, UnsafeMutablePointer<UInt16>?, Int32, UnsafeMutablePointer<Int32>) -> Int32
) throws(ICUError) -> [UInt16] {
  var capacity = max(initialCapacity ?? (source.count + source.count / 2 + 8), 8)
  for _ in 0..<2 {
    var status: Int32 = 0
    var output = [UInt16](repeating: 0, count: capacity)
    let length = source.withUnsafeBufferPointer { src in
      output.withUnsafeMutableBufferPointer { dst in
        call(src.baseAddress, Int32(src.count), dst.baseAddress, Int32(dst.count), &status)
      }
    }
    if status == ICUError.bufferOverflow {
      capacity = Int(length) + 1
      continue
    }
    try ICUError.check(status)
    output.removeSubrange(Int(length)...)
    return output
  }
  throw ICUError(code: ICUError.bufferOverflow)
}

extension String {
  /// The string's UTF-16 code units.
  var utf16Units: [UInt16] { Array(utf16) }

  init(utf16Units units: [UInt16]) {
    self = String(decoding: units, as: UTF16.self)
  }
}
