/// A language whose inflectional suffixes `SuffixAnalyzer` knows.
///
/// `kazakh` covers both scripts: Cyrillic and the 2021 Latin alphabet.
public enum MorphologyLanguage: String, Sendable, CaseIterable {
  case english = "en"
  case turkish = "tr"
  case kazakh = "kk"

  /// The name of the embedded suffix table, under the target's `Data/` folder.
  var tableName: String { "\(rawValue).suffixes" }
}
