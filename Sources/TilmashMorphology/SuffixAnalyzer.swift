/// Tells whether a word is an inflected form of a known stem: a stem followed by a non-empty
/// chain of the inflectional suffixes of a language (case, possessive, plural, copula), with vowel
/// harmony, buffer consonants, assimilation and stem-final consonant changes respected.
///
///     let analyzer = SuffixAnalyzer.shared(.turkish)
///     analyzer.analyses(of: "bakanlığının", stems: ["bakanlık"])
///     // [bakanlık+ının]: surface stem "bakanlığ", dictionary form "bakanlık"
///     analyzer.analyses(of: "akarsu", stems: ["akar"])  // []: "su" is no suffix chain
///
/// The suffix tables are data (`Data/tr.suffixes`, `kk.suffixes`, `en.suffixes`), compiled at load
/// into a trie of every surface suffix chain, read from the end of the word. See Guides/Inflection.md.
public final class SuffixAnalyzer: Sendable {
  public let language: MorphologyLanguage
  let phonology: Phonology
  let trie: SuffixTrie
  let alternations: [(dictionary: [UInt8], surface: [UInt8], obligatory: Bool)]
  let obligatoryDictionaryEndings: [[UInt8]]
  /// Per script section and stem class: the vowel a dropped-vowel stem gets back.
  let dropVowels: [[[UInt8]]]
  let geminatingSections: [Bool]

  private static let english = load(.english)
  private static let turkish = load(.turkish)
  private static let kazakh = load(.kazakh)

  /// The analyzer for `language`, built once from the embedded suffix table.
  public static func shared(_ language: MorphologyLanguage) -> SuffixAnalyzer {
    switch language {
    case .english: english
    case .turkish: turkish
    case .kazakh: kazakh
    }
  }

  /// The embedded table of `language`; the tests check that it compiles.
  static func embeddedTable(_ language: MorphologyLanguage) -> String {
    EmbeddedData.files[language.tableName] ?? ""
  }

  private static func load(_ language: MorphologyLanguage) -> SuffixAnalyzer {
    do {
      return try SuffixAnalyzer(language: language, table: embeddedTable(language))
    } catch {
      // Unreachable while the embedded tables compile (tested); an analyzer that finds nothing.
      return SuffixAnalyzer(empty: language)
    }
  }

  /// Compiles a suffix table in the format of Guides/Inflection.md.
  ///
  /// - Throws: `SuffixTableError` naming the line and column of the first mistake.
  /// - Complexity: O(c) in the total length of all suffix chains the table allows.
  public init(language: MorphologyLanguage, table: String) throws(SuffixTableError) {
    let grammar = try SuffixGrammar(parsing: table)
    let phonology = try Phonology(grammar: grammar)
    let chains = try SuffixChains(grammar: grammar, phonology: phonology)
    self.language = language
    self.phonology = phonology
    self.trie = SuffixTrie(chains: chains.chains)
    var alternations: [(dictionary: [UInt8], surface: [UInt8], obligatory: Bool)] = []
    for section in grammar.sections {
      for alternation in section.alternations {
        alternations.append(
          (
            Array(String(String.UnicodeScalarView(alternation.dictionary)).utf8),
            Array(String(String.UnicodeScalarView(alternation.surface)).utf8), alternation.obligatory
          ))
      }
    }
    self.alternations = alternations
    self.obligatoryDictionaryEndings = alternations.filter(\.obligatory).map(\.dictionary)
    self.dropVowels = chains.dropVowels
    self.geminatingSections = grammar.sections.map(\.geminates)
  }

  private init(empty language: MorphologyLanguage) {
    self.language = language
    // An empty trie and a phonology with one class: nothing ever matches.
    self.trie = SuffixTrie(chains: [:])
    self.phonology = Phonology.empty
    self.alternations = []
    self.obligatoryDictionaryEndings = []
    self.dropVowels = []
    self.geminatingSections = []
  }

  /// Finds how `word` (a folded key, UTF-8) splits into a known stem plus a non-empty chain of
  /// suffixes that the stem may take (vowel harmony, buffer consonants, assimilation, and stem-final
  /// consonant changes respected). `isKnownStem` is asked about candidate stems in DICTIONARY form
  /// (e.g. for "bakanlığı" it is asked about "bakanlık", for "министрлігі" about "министрлік");
  /// the first candidate it accepts (longest stem first) is returned with the length of the surface
  /// stem in `word`.
  ///
  ///     var word = "anlaşmasında"
  ///     word.withUTF8 { analyzer.inflectedStem(of: $0) { stem in stem.elementsEqual("anlaşma".utf8) } }
  ///     // InflectedStem(surfaceStemLength: 8, stem: "anlaşma", suffix: "sında")
  ///
  /// Allocates only when it returns a match.
  ///
  /// - Complexity: O(s · k) where s is the length of the longest suffix chain that ends the word
  ///   and k the distance from a candidate stem's end to its last vowel; `isKnownStem` is called at
  ///   most a few times per chain that fits the word's end.
  public func inflectedStem(
    of word: UnsafeBufferPointer<UInt8>, isKnownStem: (UnsafeBufferPointer<UInt8>) -> Bool
  ) -> InflectedStem? {
    var result: InflectedStem?
    search(word) { stem, surfaceLength in
      guard isKnownStem(stem) else { return false }
      result = InflectedStem(
        surfaceStemLength: surfaceLength, stem: Array(stem),
        suffix: String(decoding: UnsafeBufferPointer(rebasing: word[surfaceLength...]), as: UTF8.self))
      return true
    }
    return result
  }

  /// Calls `visit` with each candidate dictionary stem of `word` and the length of its surface
  /// stem in `word`, in the order `inflectedStem(of:isKnownStem:)` asks about them, until it
  /// returns true: for callers that record the candidates of a word once and test them later.
  public func forEachCandidateStem(
    of word: UnsafeBufferPointer<UInt8>, _ visit: (_ stem: UnsafeBufferPointer<UInt8>, _ surfaceLength: Int) -> Bool
  ) {
    search(word, visit)
  }

  /// Every way `word` splits into one of `stems` and a suffix chain, longest stem first.
  ///
  ///     SuffixAnalyzer.shared(.kazakh).analyses(of: "министрлігінің", stems: ["министрлік"])
  ///     // [министрлік+інің]
  ///
  /// For tests and the lookup command; `inflectedStem(of:isKnownStem:)` is the fast path.
  public func analyses(of word: String, stems: Set<String>) -> [InflectedStem] {
    var results: [InflectedStem] = []
    var word = word
    word.withUTF8 { buffer in
      search(buffer) { stem, surfaceLength in
        let text = String(decoding: stem, as: UTF8.self)
        if stems.contains(text) {
          let analysis = InflectedStem(
            surfaceStemLength: surfaceLength, stem: Array(stem),
            suffix: String(decoding: UnsafeBufferPointer(rebasing: buffer[surfaceLength...]), as: UTF8.self))
          if !results.contains(analysis) { results.append(analysis) }
        }
        return false
      }
    }
    return results
  }

  /// Calls `visit` with each candidate dictionary stem whose class fits a suffix chain ending
  /// the word, longest surface stem first, until it returns true.
  @inline(__always)
  private func search(
    _ word: UnsafeBufferPointer<UInt8>, _ visit: (UnsafeBufferPointer<UInt8>, Int) -> Bool
  ) {
    guard let base = word.baseAddress, word.count > 1 else { return }
    let columns = trie.columns
    let width = trie.width
    var node = 0
    var index = word.count
    while index > 1 {
      index -= 1
      let column = columns[Int(word[index])]
      if column == 0xFF { return }
      node = Int(trie.transitions[node &* width &+ Int(column)])
      if node == 0 { return }
      let classes = trie.classes[node]
      if classes == 0 { continue }
      let vowelInitial = trie.vowelInitial[node]
      // The surface stem as it stands.
      let stemClass = phonology.classify(base, count: index)
      if stemClass >= 0, classes & (1 << UInt64(stemClass)) != 0,
        !(vowelInitial && endsWithObligatory(base, index)),
        visit(UnsafeBufferPointer(start: base, count: index), index)
      {
        return
      }
      if vowelInitial && lexicalCandidates(base, index, classes, visit) { return }
    }
  }

  private func endsWithObligatory(_ base: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    for ending in obligatoryDictionaryEndings where ends(base, count, with: ending) { return true }
    return false
  }

  @inline(__always)
  private func ends(_ base: UnsafePointer<UInt8>, _ count: Int, with ending: [UInt8]) -> Bool {
    guard ending.count <= count else { return false }
    var offset = 0
    let start = count - ending.count
    while offset < ending.count {
      if base[start + offset] != ending[offset] { return false }
      offset += 1
    }
    return true
  }

  /// Dictionary forms that differ from the surface stem before a vowel-initial suffix: a
  /// consonant change (kanad -> kanat), a doubled consonant (hakk -> hak), a dropped vowel
  /// (ağz -> ağız).
  private func lexicalCandidates(
    _ base: UnsafePointer<UInt8>, _ count: Int, _ classes: UInt64,
    _ visit: (UnsafeBufferPointer<UInt8>, Int) -> Bool
  ) -> Bool {
    for alternation in alternations where ends(base, count, with: alternation.surface) {
      let keep = count - alternation.surface.count
      guard keep > 0 else { continue }
      let found = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: keep + alternation.dictionary.count) {
        buffer -> Bool in
        guard let target = buffer.baseAddress else { return false }
        target.update(from: base, count: keep)
        for (offset, byte) in alternation.dictionary.enumerated() { target[keep + offset] = byte }
        let total = keep + alternation.dictionary.count
        let stemClass = phonology.classify(target, count: total)
        guard stemClass >= 0, classes & (1 << UInt64(stemClass)) != 0 else { return false }
        return visit(UnsafeBufferPointer(start: target, count: total), count)
      }
      if found { return true }
    }
    guard !dropVowels.isEmpty || geminatingSections.contains(true) else { return false }
    // The last two scalars of the surface stem.
    var lastStart = count - 1
    while lastStart > 0 && base[lastStart] & 0xC0 == 0x80 { lastStart -= 1 }
    guard lastStart > 0 else { return false }
    var previousStart = lastStart - 1
    while previousStart > 0 && base[previousStart] & 0xC0 == 0x80 { previousStart -= 1 }
    let last = Phonology.decode(base, lastStart, count)
    let previous = Phonology.decode(base, previousStart, lastStart)
    guard let lastScalar = Unicode.Scalar(last), let previousScalar = Unicode.Scalar(previous),
      !phonology.isVowel(lastScalar), !phonology.isVowel(previousScalar)
    else { return false }
    let section = phonology.section(of: lastScalar)
    // hakk -> hak: only one-syllable stems double (hak, his, zam, ret, af, şık).
    if section < geminatingSections.count, geminatingSections[section], last == previous,
      phonology.hasOneVowel(base, count: lastStart)
    {
      let total = lastStart
      let stemClass = phonology.classify(base, count: total)
      if stemClass >= 0, classes & (1 << UInt64(stemClass)) != 0,
        visit(UnsafeBufferPointer(start: base, count: total), count)
      {
        return true
      }
    }
    // ağz -> ağız: the vowel harmonizes with the stem before the last consonant.
    if section < dropVowels.count, !dropVowels[section].isEmpty {
      let headClass = phonology.classify(base, count: lastStart)
      guard headClass >= 0 else { return false }
      let vowel = dropVowels[section][headClass]
      guard !vowel.isEmpty else { return false }
      let tail = count - lastStart
      return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count + vowel.count) { buffer -> Bool in
        guard let target = buffer.baseAddress else { return false }
        target.update(from: base, count: lastStart)
        for (offset, byte) in vowel.enumerated() { target[lastStart + offset] = byte }
        (target + lastStart + vowel.count).update(from: base + lastStart, count: tail)
        let total = count + vowel.count
        let stemClass = phonology.classify(target, count: total)
        guard stemClass >= 0, classes & (1 << UInt64(stemClass)) != 0 else { return false }
        return visit(UnsafeBufferPointer(start: target, count: total), count)
      }
    }
    return false
  }
}
