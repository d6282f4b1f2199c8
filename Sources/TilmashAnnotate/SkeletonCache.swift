import TilmashText

/// The skeleton ids of a document's words, computed the first time a name may start there.
struct SkeletonCache {
  private var ids: [Int32]

  init(count: Int) { ids = [Int32](repeating: -2, count: count) }

  mutating func id(of word: Int, key: UnsafeBufferPointer<UInt8>, folded: FoldedText, index: LanguageIndex) -> Int32 {
    if ids[word] == -2 {
      let bytes = UnsafeBufferPointer(rebasing: key[Int(folded.wordStarts[word])..<Int(folded.wordEnds[word])])
      ids[word] = index.skeletonID(of: bytes)
    }
    return ids[word]
  }
}
