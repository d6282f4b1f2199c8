/// The candidate stems of a document's words that the glossary lacks, found by suffix
/// analysis the first time a walk asks for them: a word is reached by the walk that starts at
/// it and by those from the words before it, and is analyzed once.
struct StemCache {
  /// Per word, where its stems start in `stems` and how many there are (start -1: not yet
  /// analyzed).
  private var ranges: [(start: Int32, count: Int32)]
  private var stems: [StemCandidate] = []

  init(count: Int) { ranges = Array(repeating: (-1, 0), count: count) }

  /// The candidate stems of word `word`, which is not in the index's word table.
  mutating func stems(of word: Int, words: DocumentWords, index: LanguageIndex) -> ArraySlice<StemCandidate> {
    if ranges[word].start < 0 {
      let start = stems.count
      index.appendCandidateStems(ofUnknown: words.bytes(word), to: &stems)
      ranges[word] = (Int32(start), Int32(stems.count - start))
    }
    let (start, count) = ranges[word]
    return stems[Int(start)..<Int(start + count)]
  }
}
