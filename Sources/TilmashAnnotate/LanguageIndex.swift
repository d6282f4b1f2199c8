import TilmashText

/// The word table and phrase trie of every form that applies to documents of one language,
/// with the keys made by that language's folder.
struct LanguageIndex: Sendable {
  let language: DocumentLanguage
  let folder: Folder
  private(set) var words = WordTable()
  private(set) var trie = PhraseTrie()
  private(set) var patterns: [MatchPattern] = []

  init(language: DocumentLanguage, forms: [MatchForm], isName: (MatchForm) -> Bool) {
    self.language = language
    self.folder = Folder(language: language.caseLanguage)
    for (index, form) in forms.enumerated() {
      let name = isName(form)
      guard name || language.acceptsTerms(in: form.language) else { continue }
      let folded = folder.fold(form.text)
      let count = folded.wordStarts.count
      guard count > 0 else { continue }
      var ids: [Int32] = []
      ids.reserveCapacity(count)
      var capitalized: UInt64 = 0
      for word in 0..<count {
        let bytes = Array(folded.key[Int(folded.wordStarts[word])..<Int(folded.wordEnds[word])])
        ids.append(words.insert(bytes))
        let capitalization = folded.wordCapitalization[word]
        if word < 64, capitalization == .title || capitalization == .upper { capitalized |= 1 << UInt64(word) }
      }
      patterns.append(
        MatchPattern(form: Int32(index), isName: name, capitalizedWords: capitalized, wordCount: count))
      trie.insert(words: ids, pattern: Int32(patterns.count - 1))
    }
  }
}
