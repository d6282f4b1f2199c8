import Dispatch
import Synchronization
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
  private let indexes: [DocumentLanguage: LanguageIndex]
  private let inflection: [DocumentLanguage: SuffixAnalyzer]

  /// A matcher for every form the glossary's entries are recognized under (`FormExpander`),
  /// persons' unshared surnames, and the inflectional suffixes of English, Turkish and Kazakh.
  public convenience init(glossary: Glossary) {
    let recognized = FormExpander.standard.recognizedForms(of: glossary).map {
      (entry: $0.entryIndex, text: $0.text, language: $0.language, status: $0.status)
    }
    var inflection: [DocumentLanguage: SuffixAnalyzer] = [:]
    for language in DocumentLanguage.allCases {
      inflection[language] = MorphologyLanguage(rawValue: language.rawValue).map(SuffixAnalyzer.shared)
    }
    self.init(
      glossary: glossary, forms: MatchFormBuilder.forms(glossary: glossary, recognized: recognized),
      inflection: inflection)
  }

  /// Builds the indexes of every document language from the given forms; `inflection` gives
  /// the suffixes allowed after a form's last word per document language (none when absent).
  ///
  /// - Complexity: O(n) in the total length of the forms.
  public init(glossary: Glossary, forms: [MatchForm], inflection: [DocumentLanguage: SuffixAnalyzer] = [:]) {
    self.glossary = glossary
    self.forms = forms
    self.inflection = inflection
    let entries = glossary.entries
    // One index per document language, built at the same time: each folds every form.
    let languages = DocumentLanguage.allCases
    let built = Mutex<[DocumentLanguage: LanguageIndex]>([:])
    DispatchQueue.concurrentPerform(iterations: languages.count) { position in
      let language = languages[position]
      let index = LanguageIndex(language: language, forms: forms) { entries[$0.entry].kind.isName }
      built.withLock { $0[language] = index }
    }
    let indexes = built.withLock { $0 }
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
    let analyzer = inflection[language]
    let wordCount = folded.wordStarts.count
    var results: [Annotation] = []
    var scalarCounter = ScalarCounter()
    folded.key.withUnsafeBufferPointer { key in
      var ids = [Int32](repeating: -1, count: wordCount)
      for word in 0..<wordCount {
        ids[word] = index.words.id(of: UnsafeBufferPointer(rebasing: key[Int(folded.wordStarts[word])..<Int(folded.wordEnds[word])]))
      }
      var skeletons = SkeletonCache(count: wordCount)
      var start = 0
      while start < wordCount {
        var found = longestMatch(from: start, ids: ids, key: key, folded: folded, index: index, analyzer: analyzer)
        if Self.mayStartName(folded.wordCapitalization[start]),
          let named = longestSkeletonMatch(from: start, skeletons: &skeletons, key: key, folded: folded, index: index),
          named.lastWord > (found?.lastWord ?? -1)
        {
          found = named
        }
        guard let match = found else {
          start += 1
          continue
        }
        let keyRange = Int(folded.wordStarts[start])..<Int(folded.wordEnds[match.lastWord])
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
    from start: Int, skeletons: inout SkeletonCache, key: UnsafeBufferPointer<UInt8>, folded: FoldedText,
    index: LanguageIndex
  ) -> Match? {
    var best: Match?
    var node = PhraseTrie.root
    var word = start
    let trie = index.skeletonTrie
    while word < folded.wordStarts.count {
      let id = skeletons.id(of: word, key: key, folded: folded, index: index)
      let child = trie.child(node, id)
      guard child >= 0 else { break }
      if trie.hasPatterns(child),
        let pattern = acceptedPattern(in: trie, at: child, from: start, through: word, folded: folded, index: index)
      {
        best = Match(lastWord: word, pattern: pattern, suffixKeyStart: nil)
      }
      guard word + 1 < folded.wordStarts.count,
        Self.isPhraseSeparator(key, from: Int(folded.wordEnds[word]), to: Int(folded.wordStarts[word + 1]))
      else { break }
      node = child
      word += 1
    }
    return best
  }

  private func longestMatch(
    from start: Int, ids: [Int32], key: UnsafeBufferPointer<UInt8>, folded: FoldedText, index: LanguageIndex,
    analyzer: SuffixAnalyzer?
  ) -> Match? {
    var best: Match?
    var node = PhraseTrie.root
    var word = start
    let trie = index.trie
    while word < folded.wordStarts.count {
      let child = trie.child(node, ids[word])
      if child >= 0, trie.hasPatterns(child),
        let pattern = acceptedPattern(in: trie, at: child, from: start, through: word, folded: folded, index: index)
      {
        best = Match(lastWord: word, pattern: pattern, suffixKeyStart: nil)
      } else if let analyzer,
        case let wordBytes = UnsafeBufferPointer(rebasing: key[Int(folded.wordStarts[word])..<Int(folded.wordEnds[word])]),
        index.stemFilter.mayHaveStem(wordBytes)
      {
        var accepted: Int32?
        let parent = node
        let inflected = analyzer.inflectedStem(of: wordBytes) { stem in
          let stemNode = trie.child(parent, index.words.id(of: stem))
          guard stemNode >= 0, trie.hasPatterns(stemNode),
            let pattern = acceptedPattern(in: trie, at: stemNode, from: start, through: word, folded: folded, index: index)
          else { return false }
          accepted = pattern
          return true
        }
        if let accepted, let inflected {
          best = Match(
            lastWord: word, pattern: accepted,
            suffixKeyStart: Int(folded.wordStarts[word]) + inflected.surfaceStemLength)
        }
      }
      guard child >= 0, word + 1 < folded.wordStarts.count,
        Self.isPhraseSeparator(key, from: Int(folded.wordEnds[word]), to: Int(folded.wordStarts[word + 1]))
      else { break }
      node = child
      word += 1
    }
    return best
  }

  /// The best pattern ending at `node` that the text's capitalization allows: names need their
  /// capitalized words capitalized in the text. Preferred forms win over admitted ones, admitted
  /// over deprecated, whole names over surnames alone.
  private func acceptedPattern(
    in trie: PhraseTrie, at node: Int32, from start: Int, through end: Int, folded: FoldedText, index: LanguageIndex
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
          let capitalization = folded.wordCapitalization[word]
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

  /// Spaces, tabs, line breaks and hyphens (- ‐ ‑ and the no-break space) between two words of a
  /// phrase; anything else (a comma, a full stop, an apostrophe) ends the phrase.
  @inline(__always)
  static func isPhraseSeparator(_ key: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
    guard end > start else { return false }
    var index = start
    while index < end {
      switch key[index] {
      case 0x20, 0x09, 0x0A, 0x0D, 0x2D:
        index += 1
      case 0xC2 where index + 1 < end && key[index + 1] == 0xA0:
        index += 2
      case 0xE2 where index + 2 < end && key[index + 1] == 0x80 && (key[index + 2] == 0x90 || key[index + 2] == 0x91):
        index += 3
      default:
        return false
      }
    }
    return true
  }
}
