/// The skeleton ids of a document's words, computed the first time a name may start there.
struct SkeletonCache {
  private var ids: [Int32]

  init(count: Int) { ids = [Int32](repeating: -2, count: count) }

  mutating func id(of word: Int, words: DocumentWords, facts: borrowing WordFacts, index: LanguageIndex) -> Int32 {
    if ids[word] == -2 { ids[word] = index.skeletonID(of: words.bytes(word), id: facts.ids[word]) }
    return ids[word]
  }
}
