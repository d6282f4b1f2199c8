/// Invalid UTF-8 in an input, located by byte offset.
public struct InvalidUTF8: Error, Equatable, Sendable, CustomStringConvertible {
  /// Offset of the first byte of the bad sequence, from the start of the input.
  public var byteOffset: Int
  /// How many bytes the bad sequence spans.
  public var length: Int

  public init(byteOffset: Int, length: Int) {
    self.byteOffset = byteOffset
    self.length = length
  }

  public var description: String { "invalid UTF-8 at byte offset \(byteOffset)" }
}
