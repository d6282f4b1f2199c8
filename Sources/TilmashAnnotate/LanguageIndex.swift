import TilmashGlossary
import TilmashMorphology
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
  /// Per word id, the id of its skeleton when it is a name's word (-1: it has none), else -2.
  let skeletonOfWord: [Int32]
  let patterns: [MatchPattern]
  /// Rules out words that cannot be an inflected last word of any form.
  let stemFilter: StemPrefixFilter
  /// The forms' last words (`ByteStringTable.hash`): rules out most candidate stems of suffix
  /// analysis before the word table is probed.
  let lastWords: HashFilter
  /// The suffixes a form's last word may take in documents of this language, if any.
  let analyzer: SuffixAnalyzer?
  /// For each word of `words`, the candidate stems suffix analysis finds in it that end some
  /// form, in the analyzer's order: `candidates[candidateStarts[id]..<candidateStarts[id + 1]]`.
  /// Most text words are glossary words, and each is analyzed here once instead of at every
  /// occurrence; only words the glossary lacks are analyzed as they come.
  let candidateStarts: [Int32]
  let candidates: [StemCandidate]

  /// - Parameter isName: for each form, whether its entry is a name.
  init(language: DocumentLanguage, forms: [MatchForm], isName: [Bool], analyzer: SuffixAnalyzer?) {
    self.language = language
    self.analyzer = analyzer
    let folder = Folder(language: language.caseLanguage)
    self.folder = folder
    var words = ByteStringTable(capacity: forms.count)
    var trie = PhraseTrie()
    var skeletonWords = ByteStringTable()
    var skeletonTrie = PhraseTrie()
    var patterns: [MatchPattern] = []
    var skeletonsSeen = Set<[Int32]>()
    var stemFilter = StemPrefixFilter(changedLetters: language == .english ? 1 : 2)
    var lastWords = HashFilter(capacity: forms.count)
    var isLastWord: [Bool] = []
    // Per word id: the id of its skeleton, -1 when the word is not Latin, -2 not yet known.
    // Names repeat their words, and a skeleton costs a script check and the skeleton rules.
    var skeletonOfWord: [Int32] = []
    var ids: [Int32] = []
    var acceptedTags: [(tag: String, accepts: Bool)] = []
    var skeletonIDs: [Int32] = []
    // The forms that apply to documents of this language; a glossary has a handful of
    // language tags, so each tag is answered once.
    var selected: [(form: Int, isName: Bool)] = []
    for index in forms.indices {
      // By index: a copy of each form would retain its strings.
      let name = isName[index]
      let accepts: Bool
      if let known = acceptedTags.first(where: { $0.tag == forms[index].language }) {
        accepts = known.accepts
      } else {
        accepts = language.acceptsTerms(in: forms[index].language)
        acceptedTags.append((forms[index].language, accepts))
      }
      if name || accepts { selected.append((index, name)) }
    }
    folder.foldEach(count: selected.count, text: { forms[selected[$0].form].text }) { position, folded in
      let (index, name) = selected[position]
      let count = folded.wordCount
      guard count > 0 else { return }
      ids.removeAll(keepingCapacity: true)
      skeletonIDs.removeAll(keepingCapacity: true)
      var capitalized: UInt64 = 0
      var acronyms: UInt64 = 0
      var isLatin = true
      for word in 0..<count {
        let bytes = folded.word(word)
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
      patterns.append(
        MatchPattern(
          form: Int32(index), isName: name, capitalizedWords: capitalized, acronymWords: acronyms, wordCount: count))
      let pattern = Int32(patterns.count - 1)
      trie.insert(words: ids, pattern: pattern)
      if let last = ids.last {
        words.word(last).withUnsafeBufferPointer { word in
          stemFilter.insert(word)
          lastWords.insert(hash: ByteStringTable.hash(word))
        }
        if isLastWord.count <= Int(last) { isLastWord += repeatElement(false, count: Int(last) + 1 - isLastWord.count) }
        isLastWord[Int(last)] = true
      }
      // One skeleton pattern per distinct skeleton and entry is enough: the exact trie reports
      // the precise form whenever the text has it.
      if name, isLatin, skeletonsSeen.insert(skeletonIDs + [Int32(forms[index].entry)]).inserted {
        skeletonTrie.insert(words: skeletonIDs, pattern: pattern)
      }
    }
    self.words = words
    self.trie = trie
    self.skeletonWords = skeletonWords
    self.skeletonTrie = skeletonTrie
    self.skeletonOfWord = skeletonOfWord
    self.patterns = patterns
    self.stemFilter = stemFilter
    self.lastWords = lastWords
    var candidateStarts: [Int32] = []
    var candidates: [StemCandidate] = []
    if let analyzer {
      candidateStarts.reserveCapacity(words.count + 1)
      for id in 0..<words.count {
        candidateStarts.append(Int32(candidates.count))
        words.word(Int32(id)).withUnsafeBufferPointer { bytes in
          guard stemFilter.mayHaveStem(bytes) else { return }
          analyzer.forEachCandidateStem(of: bytes) { stem, surfaceLength in
            let stemID = words.id(of: stem)
            if stemID >= 0, Int(stemID) < isLastWord.count, isLastWord[Int(stemID)] {
              candidates.append(StemCandidate(stem: stemID, surfaceLength: Int32(surfaceLength)))
            }
            return false
          }
        }
      }
      candidateStarts.append(Int32(candidates.count))
    }
    self.candidateStarts = candidateStarts
    self.candidates = candidates
  }

  /// Writes the index for `init(reading:language:analyzer:formCount:)`.
  func write(to writer: inout BinaryWriter) {
    writer.append(patterns.map(\.form))
    writer.append(patterns.map { UInt8($0.isName ? 1 : 0) })
    writer.append(patterns.map(\.capitalizedWords))
    writer.append(patterns.map(\.acronymWords))
    writer.append(patterns.map(\.wordCount))
    words.write(to: &writer)
    trie.write(to: &writer)
    skeletonWords.write(to: &writer)
    skeletonTrie.write(to: &writer)
    writer.append(skeletonOfWord)
    stemFilter.write(to: &writer)
    lastWords.write(to: &writer)
    writer.append(analyzer != nil)
    writer.append(candidateStarts)
    writer.append(candidates)
  }

  /// Reads an index `write(to:)` wrote for `language`, whose matcher has `formCount` forms;
  /// `analyzer` must be the one the index was built with. Every id is checked against its table.
  init(
    reading reader: inout BinaryReader, language: DocumentLanguage, analyzer: SuffixAnalyzer?, formCount: Int
  ) throws(BinaryFormatError) {
    self.language = language
    self.folder = Folder(language: language.caseLanguage)
    let forms = try reader.array(of: Int32.self)
    guard forms.allSatisfy({ $0 >= 0 && Int($0) < formCount }) else {
      throw reader.failure("a pattern names a form beyond the matcher's \(formCount)")
    }
    let isName = try reader.array(of: UInt8.self)
    let capitalized = try reader.array(of: UInt64.self)
    let acronyms = try reader.array(of: UInt64.self)
    let wordCounts = try reader.array(of: Int.self)
    guard isName.count == forms.count, capitalized.count == forms.count, acronyms.count == forms.count,
      wordCounts.count == forms.count
    else { throw reader.failure("the pattern columns differ in length") }
    self.patterns = forms.indices.map {
      MatchPattern(
        form: forms[$0], isName: isName[$0] != 0, capitalizedWords: capitalized[$0], acronymWords: acronyms[$0],
        wordCount: wordCounts[$0])
    }
    let words = try ByteStringTable(reading: &reader)
    self.words = words
    self.trie = try PhraseTrie(reading: &reader, patternCount: forms.count)
    let skeletonWords = try ByteStringTable(reading: &reader)
    self.skeletonWords = skeletonWords
    self.skeletonTrie = try PhraseTrie(reading: &reader, patternCount: forms.count)
    let skeletonOfWord = try reader.array(of: Int32.self)
    guard skeletonOfWord.count <= words.count, skeletonOfWord.allSatisfy({ $0 >= -2 && Int($0) < skeletonWords.count }) else {
      throw reader.failure("a word's skeleton is not in the skeleton table")
    }
    self.skeletonOfWord = skeletonOfWord
    self.stemFilter = try StemPrefixFilter(reading: &reader)
    self.lastWords = try HashFilter(reading: &reader)
    guard try reader.bool() == (analyzer != nil) else {
      throw reader.failure("the index was built \(analyzer == nil ? "with" : "without") suffix analysis")
    }
    self.analyzer = analyzer
    let candidateStarts = try reader.array(of: Int32.self)
    let candidates = try reader.array(of: StemCandidate.self)
    if analyzer == nil {
      guard candidateStarts.isEmpty, candidates.isEmpty else { throw reader.failure("stem candidates without suffix analysis") }
    } else {
      // Per word, its candidates in order; each a glossary word no longer than the word.
      guard candidateStarts.count == words.count + 1, candidateStarts.first == 0,
        candidateStarts.last == Int32(exactly: candidates.count), zip(candidateStarts, candidateStarts.dropFirst()).allSatisfy({ $0 <= $1 })
      else { throw reader.failure("the stem candidates' bounds do not cover them in order") }
      for id in 0..<words.count {
        let length = words.word(Int32(id)).count
        for candidate in candidates[Int(candidateStarts[id])..<Int(candidateStarts[id + 1])] {
          guard candidate.stem >= 0, Int(candidate.stem) < words.count, candidate.surfaceLength >= 0,
            Int(candidate.surfaceLength) <= length
          else { throw reader.failure("a stem candidate of word \(id) lies outside it or the word table") }
        }
      }
    }
    self.candidateStarts = candidateStarts
    self.candidates = candidates
  }

  /// Where the candidate stems of word `id` (-1 for none) are in `candidates`.
  @inline(__always)
  func candidateRange(of id: Int32) -> Range<Int32> {
    guard id >= 0, analyzer != nil else { return 0..<0 }
    return candidateStarts[Int(id)]..<candidateStarts[Int(id) + 1]
  }

  /// Appends the candidate stems of a folded document word that is not in `words`: the words
  /// that suffix analysis finds at its start and that may end some form, in the analyzer's
  /// order.
  func appendCandidateStems(ofUnknown word: UnsafeBufferPointer<UInt8>, to stems: inout [StemCandidate]) {
    guard let analyzer, stemFilter.mayHaveStem(word) else { return }
    analyzer.forEachCandidateStem(of: word) { stem, surfaceLength in
      let hash = ByteStringTable.hash(stem)
      if lastWords.mayContain(hash: hash) {
        let id = words.id(of: stem, hash: hash)
        if id >= 0 { stems.append(StemCandidate(stem: id, surfaceLength: Int32(surfaceLength))) }
      }
      return false
    }
  }

  /// The skeleton word id of a folded document word whose id in `words` is `id`, or -1.
  func skeletonID(of word: UnsafeBufferPointer<UInt8>, id: Int32) -> Int32 {
    // A name's word: its skeleton was made with the index.
    if id >= 0, Int(id) < skeletonOfWord.count, skeletonOfWord[Int(id)] != -2 { return skeletonOfWord[Int(id)] }
    // Skeleton words are Latin, and the skeleton rules keep a Cyrillic letter as it is: a word
    // that starts with one (U+0400-U+052F, lead bytes D0-D4) reaches none, and costs no skeleton.
    if let first = word.first, (0xD0...0xD4).contains(first) { return -1 }
    return NameSkeleton.withKey(utf8: word) { skeletonWords.id(of: $0) }
  }
}
