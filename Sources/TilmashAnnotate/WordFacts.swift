/// What the matcher's walks read about each word of one document, gathered kind by kind in
/// passes over the whole document before any walk: each read is a likely cache miss in a large
/// table, and reads made one pass at a time overlap instead of waiting one after another.
struct WordFacts: ~Copyable {
  /// The word's id in the index's word table, or -1.
  let ids: UnsafeMutableBufferPointer<Int32>
  /// The edge from the trie's root on the word.
  let rootLinks: UnsafeMutableBufferPointer<TrieLink>
  /// The edge on from there on the next word, when the two are joined as a phrase's words are.
  let secondLinks: UnsafeMutableBufferPointer<TrieLink>
  /// The word's candidate stems (`LanguageIndex.candidates`), found when the index was built.
  let candidates: UnsafeMutableBufferPointer<Range<Int32>>

  init(words: DocumentWords, index: LanguageIndex) {
    let count = words.count
    ids = .allocate(capacity: count)
    rootLinks = .allocate(capacity: count)
    secondLinks = .allocate(capacity: count)
    candidates = .allocate(capacity: count)
    index.words.ids(of: words.key, starts: words.starts, ends: words.ends, into: ids)
    for word in 0..<count { rootLinks[word] = index.trie.link(PhraseTrie.root, ids[word]) }
    for word in 0..<count {
      secondLinks[word] =
        rootLinks[word].exists && words.continuesPhrase(after: word)
        ? index.trie.link(rootLinks[word].node, ids[word + 1]) : .none
    }
    for word in 0..<count { candidates[word] = index.candidateRange(of: ids[word]) }
  }

  deinit {
    ids.deallocate()
    rootLinks.deallocate()
    secondLinks.deallocate()
    candidates.deallocate()
  }
}
