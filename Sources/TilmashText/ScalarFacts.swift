/// The word flag (0x80) and script (low bits) of every scalar below `limit`, built once.
enum ScalarFacts {
  static let limit: UInt32 = 0x2070

  nonisolated(unsafe) static let table: UnsafeMutableBufferPointer<UInt8> = {
    let table = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: Int(limit))
    for value in 0..<limit {
      guard let scalar = Unicode.Scalar(value) else {
        table[Int(value)] = Script.other.rawValue
        continue
      }
      table[Int(value)] = (TextClass.isWordScalar(scalar) ? 0x80 : 0) | Script(scalar).rawValue
    }
    return table
  }()
}
