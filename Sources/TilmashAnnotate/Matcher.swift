import TilmashGlossary
import TilmashMorphology
import TilmashText

/// Finds glossary entries in text: leftmost-longest, non-overlapping, with the last word of a
/// form allowed to carry the document language's inflectional suffixes (see
/// Guides/Annotation.md for every rule).
///
///     let matcher = Matcher(glossary: glossary)
///     matcher.annotate("Akar, Nur-Sultan'da ...", language: .turkish)
///
/// A matcher is immutable after it is built and may be shared between threads.
public final class Matcher: Sendable {
  public let glossary: Glossary
  public let forms: [MatchForm]
  let indexes: [DocumentLanguage: LanguageIndex]

  /// A matcher for every form the glossary's entries are recognized under (`FormExpander`),
  /// persons' unshared surnames, and the inflectional suffixes of English, Turkish and Kazakh.
  public convenience init(glossary: Glossary) {
    let recognized = FormExpander.standard.recognizedForms(of: glossary).map {
      (entry: $0.entryIndex, text: $0.text, language: $0.language, status: $0.status)
    }
    self.init(
      glossary: glossary, forms: MatchFormBuilder.forms(glossary: glossary, recognized: recognized),
      inflection: Self.standardInflection)
  }

  /// Builds the tables every matcher shares, which are otherwise built the first time a matcher
  /// is built or read: case folding and the suffixes of each language. A caller that loads a
  /// glossary first can have them built on another thread meanwhile.
  public static func prepareSharedTables() {
    for language in DocumentLanguage.allCases { _ = Folder(language: language.caseLanguage) }
    _ = standardInflection
  }

  /// The suffixes of English, Turkish and Kazakh, for documents in each.
  static var standardInflection: [DocumentLanguage: SuffixAnalyzer] {
    var inflection: [DocumentLanguage: SuffixAnalyzer] = [:]
    for language in DocumentLanguage.allCases {
      inflection[language] = MorphologyLanguage(rawValue: language.rawValue).map(SuffixAnalyzer.shared)
    }
    return inflection
  }

  /// Builds the indexes of every document language from the given forms; `inflection` gives
  /// the suffixes allowed after a form's last word per document language (none when absent).
  ///
  /// - Complexity: O(n) in the total length of the forms.
  public init(glossary: Glossary, forms: [MatchForm], inflection: [DocumentLanguage: SuffixAnalyzer] = [:]) {
    self.glossary = glossary
    self.forms = forms
    let entries = glossary.entries
    let isName = forms.map { entries[$0.entry].kind.isName }
    // One index per document language, built at the same time: each folds every form.
    // Kazakh first: its index, with forms in both scripts, is the largest, and three builds on
    // two cores finish soonest when the largest starts at once.
    let languages = [DocumentLanguage.kazakh] + DocumentLanguage.allCases.filter { $0 != .kazakh }
    let built = ParallelChunks.map(count: languages.count, minimumChunk: 1, maxChunks: languages.count) { range in
      range.map { LanguageIndex(language: languages[$0], forms: forms, isName: isName, analyzer: inflection[languages[$0]]) }
    }
    self.indexes = Dictionary(uniqueKeysWithValues: zip(languages, built.joined()))
  }

  /// A matcher of indexes already built (read back by `init(serialized:startingAt:glossary:)`).
  init(glossary: Glossary, forms: [MatchForm], indexes: [DocumentLanguage: LanguageIndex]) {
    self.glossary = glossary
    self.forms = forms
    self.indexes = indexes
  }

  /// The annotations of `text`, in order.
  public func annotate(_ text: String, language: DocumentLanguage) -> [Annotation] {
    var text = text
    return text.withUTF8 { annotate(utf8: $0, language: language) }
  }

  /// The annotations of valid UTF-8 `source`, in order.
  ///
  /// - Complexity: O(n) in the length of the text, times the longest form's word count.
  public func annotate(utf8 source: UnsafeBufferPointer<UInt8>, language: DocumentLanguage) -> [Annotation] {
    guard let index = indexes[language] else { return [] }
    let folded = index.folder.fold(utf8: source)
    var results: [Annotation] = []
    var scalarCounter = ScalarCounter()
    DocumentWords.with(folded) { words in
      let facts = WordFacts(words: words, index: index)
      var skeletons = SkeletonCache(count: words.count)
      var unknownStems = StemCache(count: words.count)
      var start = 0
      while start < words.count {
        var found = longestMatch(from: start, facts: facts, unknownStems: &unknownStems, words: words, index: index)
        if Self.mayStartName(words.capitalization[start]),
          let named = longestSkeletonMatch(from: start, skeletons: &skeletons, words: words, facts: facts, index: index),
          named.lastWord > (found?.lastWord ?? -1)
        {
          found = named
        }
        guard let match = found else {
          start += 1
          continue
        }
        let keyRange = Int(words.starts[start])..<Int(words.ends[match.lastWord])
        let byteRange = folded.sourceRange(ofKey: keyRange)
        let form = forms[Int(index.patterns[Int(match.pattern)].form)]
        results.append(
          Annotation(
            byteRange: byteRange,
            scalarRange: scalarCounter.scalarRange(of: byteRange, in: source),
            text: String(decoding: UnsafeBufferPointer(rebasing: source[byteRange]), as: UTF8.self),
            entry: form.entry, form: form.text, formLanguage: form.language, status: form.status,
            isPartial: form.isPartial,
            suffixStart: match.suffixKeyStart.map { folded.sourceRange(ofKey: $0..<keyRange.upperBound).lowerBound }))
        start = match.lastWord + 1
      }
    }
    return results
  }

  private struct Match {
    var lastWord: Int
    var pattern: Int32
    /// Where the suffixes of an inflected last word start in the key.
    var suffixKeyStart: Int?
  }

  @inline(__always)
  private static func mayStartName(_ capitalization: FoldedText.Capitalization) -> Bool {
    capitalization == .title || capitalization == .upper
  }

  /// The longest name whose words' skeletons match the text's from `start` on: near spellings
  /// of Latin names (Nazarbaev for Nazarbayev).
  private func longestSkeletonMatch(
    from start: Int, skeletons: inout SkeletonCache, words: DocumentWords, facts: borrowing WordFacts,
    index: LanguageIndex
  ) -> Match? {
    var best: Match?
    var node = PhraseTrie.root
    var word = start
    while word < words.count {
      let link = index.skeletonTrie.link(node, skeletons.id(of: word, words: words, facts: facts, index: index))
      guard link.exists else { break }
      if link.hasPatterns,
        let pattern = acceptedPattern(in: index.skeletonTrie, at: link.node, from: start, through: word, words: words, index: index)
      {
        best = Match(lastWord: word, pattern: pattern, suffixKeyStart: nil)
      }
      guard words.continuesPhrase(after: word) else { break }
      node = link.node
      word += 1
    }
    return best
  }

  private func longestMatch(
    from start: Int, facts: borrowing WordFacts, unknownStems: inout StemCache, words: DocumentWords,
    index: LanguageIndex
  ) -> Match? {
    var best: Match?
    var node = PhraseTrie.root
    var word = start
    while word < words.count {
      let link =
        word == start
        ? facts.rootLinks[word] : word == start + 1 ? facts.secondLinks[start] : index.trie.link(node, facts.ids[word])
      if link.hasPatterns,
        let pattern = acceptedPattern(in: index.trie, at: link.node, from: start, through: word, words: words, index: index)
      {
        best = Match(lastWord: word, pattern: pattern, suffixKeyStart: nil)
      } else if let (pattern, surfaceLength) = inflectedMatch(
        from: start, through: word, after: node, facts: facts, unknownStems: &unknownStems, words: words, index: index)
      {
        best = Match(lastWord: word, pattern: pattern, suffixKeyStart: Int(words.starts[word]) + surfaceLength)
      }
      guard link.exists, words.continuesPhrase(after: word) else { break }
      node = link.node
      word += 1
    }
    return best
  }

  /// The pattern a phrase from `start` through `end` completes when the last word is an
  /// inflected form of a word that follows `parent` in the trie, and the length of that word's
  /// surface stem: the first candidate stem of suffix analysis (longest first) that does.
  @inline(__always)
  private func inflectedMatch(
    from start: Int, through end: Int, after parent: Int32, facts: borrowing WordFacts, unknownStems: inout StemCache,
    words: DocumentWords, index: LanguageIndex
  ) -> (pattern: Int32, surfaceLength: Int)? {
    guard index.analyzer != nil else { return nil }
    func accepted(_ candidate: StemCandidate) -> (pattern: Int32, surfaceLength: Int)? {
      let link = index.trie.link(parent, candidate.stem)
      guard link.hasPatterns,
        let pattern = acceptedPattern(in: index.trie, at: link.node, from: start, through: end, words: words, index: index)
      else { return nil }
      return (pattern, Int(candidate.surfaceLength))
    }
    if facts.ids[end] >= 0 {
      // A glossary word: its candidates were found when the index was built.
      let candidates = facts.candidates[end]
      for position in Int(candidates.lowerBound)..<Int(candidates.upperBound) {
        if let found = accepted(index.candidates[position]) { return found }
      }
      return nil
    }
    for candidate in unknownStems.stems(of: end, words: words, index: index) {
      if let found = accepted(candidate) { return found }
    }
    return nil
  }

  /// The best pattern ending at `node` that the text's capitalization allows: names need their
  /// capitalized words capitalized in the text. Preferred forms win over admitted ones, admitted
  /// over deprecated, whole names over surnames alone.
  private func acceptedPattern(
    in trie: PhraseTrie, at node: Int32, from start: Int, through end: Int, words: DocumentWords, index: LanguageIndex
  ) -> Int32? {
    var best: Int32?
    var bestRank = Int.max
    trie.forEachPattern(at: node) { candidate in
      let pattern = index.patterns[Int(candidate)]
      if pattern.isName {
        var allowed = true
        for word in start...end where (end - start) < 64 {
          let bit = UInt64(1) << UInt64(word - start)
          guard pattern.capitalizedWords & bit != 0 else { continue }
          let capitalization = words.capitalization[word]
          if pattern.acronymWords & bit != 0 {
            if capitalization != .upper { allowed = false }
          } else if capitalization != .title && capitalization != .upper {
            allowed = false
          }
        }
        if !allowed { return }
      }
      let form = forms[Int(pattern.form)]
      let rank =
        (form.isPartial ? 10 : 0)
        + (form.status == .preferred ? 0 : form.status == .admitted ? 1 : 2)
      if rank <= bestRank {
        best = candidate
        bestRank = rank
      }
    }
    return best
  }
}
