/// Why bytes could not be read back as the structure `BinaryWriter` wrote: where, and what was
/// wrong there.
public struct BinaryFormatError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The offset of the value that failed, from the start of the bytes.
  public var byteOffset: Int
  public var message: String

  public init(byteOffset: Int, message: String) {
    self.byteOffset = byteOffset
    self.message = message
  }

  public var description: String { "byte \(byteOffset): \(message)" }
}
