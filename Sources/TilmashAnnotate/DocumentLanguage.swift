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
    // ASCII tags (all real ones) are compared byte by byte: this runs for every form and
    // document language when a matcher is built.
    let subtag = tag.utf8.prefix { $0 != UInt8(ascii: "-") }
    if subtag.allSatisfy({ $0 < 0x80 }) {
      return subtag.count == rawValue.utf8.count
        && zip(subtag, rawValue.utf8).allSatisfy { ($0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0) == $1 }
    }
    return String(tag.prefix { $0 != "-" }).lowercased() == rawValue
  }
}
