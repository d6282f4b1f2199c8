extension Array where Element == UInt8 {
  /// Appends the UTF-8 of `string` in one copy: `+= string.utf8` goes byte by byte.
  @inlinable
  public mutating func appendUTF8(of string: String) {
    var string = string
    string.withUTF8 { append(contentsOf: $0) }
  }
}
