import TilmashMorphology

/// Finds the dictionary stems a query's last word may be an inflected form of, through
/// TilmashMorphology's suffix analyzers.
enum InflectionStems {
  static let analyzers: [(language: String, analyzer: SuffixAnalyzer)] = [
    ("tr", SuffixAnalyzer.shared(.turkish)), ("kk", SuffixAnalyzer.shared(.kazakh)), ("en", SuffixAnalyzer.shared(.english)),
  ]

  /// Candidate stems of the folded `word` for each morphology language (`tr`, `kk`, `en`);
  /// `isKnownStem(language, stem)` says whether some form of that language ends in `stem`.
  static func stems(
    of word: String, isKnownStem: (String, String) -> Bool
  ) -> [(stem: String, language: String)] {
    var result: [(stem: String, language: String)] = []
    var word = word
    word.withUTF8 { buffer in
      for (language, analyzer) in analyzers {
        let found = analyzer.inflectedStem(of: buffer) { stem in
          isKnownStem(language, String(decoding: stem, as: UTF8.self))
        }
        if let found { result.append((found.stemText, language)) }
      }
    }
    return result
  }
}
