import TilmashGlossary
import TilmashText

/// The word tables and phrase tries of every form that applies to documents of one language,
/// with keys made by that language's folder: one trie of exact keys, and one of name skeletons
/// (Latin names with the usual romanization alternations collapsed, see `NameSkeleton`).
final class LanguageIndex: Sendable {
  let language: DocumentLanguage
  let folder: Folder
  let words: WordTable
  let trie: PhraseTrie
  let skeletonWords: WordTable
  let skeletonTrie: PhraseTrie
  let patterns: [MatchPattern]
  /// Rules out words that cannot be an inflected last word of any form.
  let stemFilter: StemPrefixFilter

  init(language: DocumentLanguage, forms: [MatchForm], isName: (MatchForm) -> Bool) {
    self.language = language
    let folder = Folder(language: language.caseLanguage)
    self.folder = folder
    var words = WordTable()
    var trie = PhraseTrie()
    var skeletonWords = WordTable()
    var skeletonTrie = PhraseTrie()
    var patterns: [MatchPattern] = []
    var skeletonsSeen = Set<[Int32]>()
    var stemFilter = StemPrefixFilter(changedLetters: language == .english ? 1 : 2)
    for (index, form) in forms.enumerated() {
      let name = isName(form)
      guard name || language.acceptsTerms(in: form.language) else { continue }
      let folded = folder.fold(form.text)
      let count = folded.wordStarts.count
      guard count > 0 else { continue }
      var ids: [Int32] = []
      var skeletonIDs: [Int32] = []
      var capitalized: UInt64 = 0
      var acronyms: UInt64 = 0
      var isLatin = true
      for word in 0..<count {
        let bytes = Array(folded.key[Int(folded.wordStarts[word])..<Int(folded.wordEnds[word])])
        ids.append(words.insert(bytes))
        let capitalization = folded.wordCapitalization[word]
        if word < 64, capitalization == .title || capitalization == .upper { capitalized |= 1 << UInt64(word) }
        let isAcronym = capitalization == .upper && String(decoding: bytes, as: UTF8.self).unicodeScalars.count > 1
        if word < 64, isAcronym { acronyms |= 1 << UInt64(word) }
        if name, isAcronym {
          // Skeletons are for names spelled out; an acronym matches as written.
          isLatin = false
        } else if name, isLatin {
          let text = String(decoding: bytes, as: UTF8.self)
          if Script.of(text.unicodeScalars) == .latin {
            skeletonIDs.append(skeletonWords.insert(Array(NameSkeleton.key(text).utf8)))
          } else {
            isLatin = false
          }
        }
      }
      patterns.append(
        MatchPattern(
          form: Int32(index), isName: name, capitalizedWords: capitalized, acronymWords: acronyms, wordCount: count))
      let pattern = Int32(patterns.count - 1)
      trie.insert(words: ids, pattern: pattern)
      if let last = ids.last { stemFilter.insert(words.word(last)) }
      // One skeleton pattern per distinct skeleton and entry is enough: the exact trie reports
      // the precise form whenever the text has it.
      if name, isLatin, skeletonsSeen.insert(skeletonIDs + [Int32(form.entry)]).inserted {
        skeletonTrie.insert(words: skeletonIDs, pattern: pattern)
      }
    }
    self.words = words
    self.trie = trie
    self.skeletonWords = skeletonWords
    self.skeletonTrie = skeletonTrie
    self.patterns = patterns
    self.stemFilter = stemFilter
  }

  /// The skeleton word id of a folded document word, or -1.
  func skeletonID(of word: UnsafeBufferPointer<UInt8>) -> Int32 {
    let text = String(decoding: word, as: UTF8.self)
    var key = NameSkeleton.key(text)
    return key.withUTF8 { skeletonWords.id(of: $0) }
  }
}
