import TilmashGlossary
import TilmashText

/// The word tables and phrase tries of every form that applies to documents of one language,
/// with keys made by that language's folder: one trie of exact keys, and one of name skeletons
/// (Latin names with the usual romanization alternations collapsed, see `NameSkeleton`).
final class LanguageIndex: Sendable {
  let language: DocumentLanguage
  let folder: Folder
  let words: ByteStringTable
  let trie: PhraseTrie
  let skeletonWords: ByteStringTable
  let skeletonTrie: PhraseTrie
  let patterns: [MatchPattern]
  /// Rules out words that cannot be an inflected last word of any form.
  let stemFilter: StemPrefixFilter

  init(language: DocumentLanguage, forms: [MatchForm], isName: (MatchForm) -> Bool) {
    self.language = language
    let folder = Folder(language: language.caseLanguage)
    self.folder = folder
    var words = ByteStringTable(capacity: forms.count)
    var trie = PhraseTrie()
    var skeletonWords = ByteStringTable()
    var skeletonTrie = PhraseTrie()
    var patterns: [MatchPattern] = []
    var skeletonsSeen = Set<[Int32]>()
    var stemFilter = StemPrefixFilter(changedLetters: language == .english ? 1 : 2)
    // Per word id: the id of its skeleton, -1 when the word is not Latin, -2 not yet known.
    // Names repeat their words, and a skeleton costs a script check and the skeleton rules.
    var skeletonOfWord: [Int32] = []
    var ids: [Int32] = []
    var skeletonIDs: [Int32] = []
    for (index, form) in forms.enumerated() {
      let name = isName(form)
      guard name || language.acceptsTerms(in: form.language) else { continue }
      let folded = folder.fold(form.text)
      let count = folded.wordStarts.count
      guard count > 0 else { continue }
      ids.removeAll(keepingCapacity: true)
      skeletonIDs.removeAll(keepingCapacity: true)
      var capitalized: UInt64 = 0
      var acronyms: UInt64 = 0
      var isLatin = true
      folded.key.withUnsafeBufferPointer { key in
        for word in 0..<count {
          let bytes = UnsafeBufferPointer(rebasing: key[Int(folded.wordStarts[word])..<Int(folded.wordEnds[word])])
          let id = words.insert(bytes)
          ids.append(id)
          let capitalization = folded.wordCapitalization[word]
          if word < 64, capitalization == .title || capitalization == .upper { capitalized |= 1 << UInt64(word) }
          // More than one scalar: count the bytes that start one.
          let isAcronym = capitalization == .upper && bytes.lazy.filter { $0 & 0xC0 != 0x80 }.count > 1
          if word < 64, isAcronym { acronyms |= 1 << UInt64(word) }
          if name, isAcronym {
            // Skeletons are for names spelled out; an acronym matches as written.
            isLatin = false
          } else if name, isLatin {
            if skeletonOfWord.count <= Int(id) {
              skeletonOfWord.append(contentsOf: repeatElement(-2, count: Int(id) + 1 - skeletonOfWord.count))
            }
            if skeletonOfWord[Int(id)] == -2 {
              let isLatinWord = Script.of(String(decoding: bytes, as: UTF8.self).unicodeScalars) == .latin
              skeletonOfWord[Int(id)] = isLatinWord ? skeletonWords.insert(NameSkeleton.key(utf8: bytes)) : -1
            }
            let skeleton = skeletonOfWord[Int(id)]
            if skeleton >= 0 {
              skeletonIDs.append(skeleton)
            } else {
              isLatin = false
            }
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
    NameSkeleton.key(utf8: word).withUnsafeBufferPointer { skeletonWords.id(of: $0) }
  }
}
