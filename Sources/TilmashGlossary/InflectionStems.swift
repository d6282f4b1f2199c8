/// Finds the dictionary stems a query's last word may be an inflected form of, through
/// TilmashMorphology's suffix analyzers.
enum InflectionStems {
  /// Candidate stems of the folded `word` for each morphology language (`tr`, `kk`, `en`) in
  /// `languages`; `isKnownStem(language, stem)` says whether some form ends in `stem`.
  static func stems(
    of word: String, languages: [String], isKnownStem: (String, String) -> Bool
  ) -> [(stem: String, language: String)] {
    []
  }
}
