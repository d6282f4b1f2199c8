import TilmashText

/// The language of a document, which decides its casing rules, the inflectional suffixes that
/// may follow a term, and which glossary forms of terms apply to it. Kazakh covers both scripts.
public enum DocumentLanguage: String, CaseIterable, Sendable, Codable {
  case english = "en"
  case turkish = "tr"
  case kazakh = "kk"

  var caseLanguage: CaseLanguage {
    switch self {
    case .english: .english
    case .turkish: .turkish
    case .kazakh: .kazakh
    }
  }

  /// Whether term forms in the glossary language `tag` are looked for in documents of this
  /// language (`kk` and `kk-Latn` both for Kazakh). Names are looked for in every document.
  func acceptsTerms(in tag: String) -> Bool {
    String(tag.prefix { $0 != "-" }).lowercased() == rawValue
  }
}
