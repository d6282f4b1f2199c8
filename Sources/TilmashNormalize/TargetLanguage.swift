import TilmashAnnotate
import TilmashText

/// The language a document is written in and normalized to: its names take the glossary's
/// preferred forms in this language, its casing and suffixes follow this language's rules.
public enum TargetLanguage: String, CaseIterable, Sendable {
  case english = "en"
  case turkish = "tr"
  case kazakh = "kk"
  case kazakhLatin = "kk-Latn"

  /// Parses `en`, `tr`, `kk` and `kk-Latn` (any case, `_` for `-`).
  public init?(tag: String) {
    switch String(tag.lowercased().map { $0 == "_" ? "-" : $0 }) {
    case "en": self = .english
    case "tr": self = .turkish
    case "kk", "kk-cyrl": self = .kazakh
    case "kk-latn": self = .kazakhLatin
    default: return nil
    }
  }

  /// The glossary language tag whose preferred forms are used.
  public var tag: String { rawValue }

  /// The matcher's document language (Kazakh covers both scripts).
  public var documentLanguage: DocumentLanguage {
    switch self {
    case .english: .english
    case .turkish: .turkish
    case .kazakh, .kazakhLatin: .kazakh
    }
  }

  public var caseLanguage: CaseLanguage {
    switch self {
    case .english: .english
    case .turkish: .turkish
    case .kazakh, .kazakhLatin: .kazakh
    }
  }

  /// The script the language is written in.
  public var script: Script { self == .kazakh ? .cyrillic : .latin }

  /// The scheme that writes an entry's Kazakh (Cyrillic) form in this language when the entry
  /// has no form of its own here: the 2021 alphabet for `kk-Latn`, the press spellings for
  /// English and Turkish.
  var fallbackScheme: String? {
    switch self {
    case .english: "kk-en-press"
    case .turkish: "kk-tr-press"
    case .kazakhLatin: "kk-latn-2021"
    case .kazakh: nil
    }
  }
}
