/// A matching key and the map from each of its bytes back to the text it was made from.
///
/// `key` is UTF-8. `sourceOffsets[i]` is the UTF-8 offset in the source of the character (or
/// normalization segment) that produced key byte `i`; one more entry holds the source's length.
/// `wordStarts`/`wordEnds` delimit the words of the key (letters, marks and digits).
public struct FoldedText: Sendable, Equatable {
  public var key: [UInt8]
  public var sourceOffsets: [Int32]
  public var wordStarts: [Int32]
  public var wordEnds: [Int32]
  /// For each word, how its source was capitalized.
  public var wordCapitalization: [Capitalization]

  /// How a word is capitalized in the source text.
  public enum Capitalization: UInt8, Sendable {
    /// No uppercase letter, or no cased letter at all.
    case lower
    /// An uppercase first letter and at least one lowercase letter (Title Case, or `McDonald`).
    case title
    /// Every cased letter uppercase, and at least two of them (or one alone: `A`).
    case upper
    /// A lowercase first letter and an uppercase one later (`iPhone`).
    case mixed
  }

  /// The key as a string.
  public var keyString: String { String(decoding: key, as: UTF8.self) }

  /// The source byte range that produced the key bytes `range`.
  ///
  /// - Complexity: O(k), where k is the number of key bytes made from the last source segment.
  public func sourceRange(ofKey range: Range<Int>) -> Range<Int> {
    let start = Int(sourceOffsets[range.lowerBound])
    guard range.upperBound > range.lowerBound else { return start..<start }
    let last = sourceOffsets[range.upperBound - 1]
    var index = range.upperBound
    while sourceOffsets[index] == last { index += 1 }
    return start..<Int(sourceOffsets[index])
  }
}
