/// A folded text borrowed from the folder's buffers (`Folder.foldEach`): the key and its words,
/// without the offset map.
public struct FoldedView {
  public let key: UnsafeBufferPointer<UInt8>
  public let wordStarts: UnsafeBufferPointer<Int32>
  public let wordEnds: UnsafeBufferPointer<Int32>
  public let wordCapitalization: UnsafeBufferPointer<FoldedText.Capitalization>

  public var wordCount: Int { wordStarts.count }

  /// The key bytes of word `word`.
  public func word(_ word: Int) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(rebasing: key[Int(wordStarts[word])..<Int(wordEnds[word])])
  }
}
