/// Why a stretch of text was changed, as the report names it.
public enum EditRule: String, CaseIterable, Sendable, Codable {
  /// A known name rewritten to its preferred form in the target language.
  case name
  /// Unicode normalization to NFC (`nfkc` with `--form nfkc`).
  case nfc
  case nfkc
  /// A word mixing Latin and Cyrillic look-alikes written in one script.
  case script
  /// An apostrophe before a Turkish suffix made consistent.
  case apostrophe
  /// A capitalized word in another script that no glossary knows (transliterated, or only
  /// listed).
  case unknown

  /// When edits of several rules merge into one, the strongest names it.
  var strength: Int {
    switch self {
    case .name: 5
    case .unknown: 4
    case .script: 3
    case .apostrophe: 2
    case .nfc, .nfkc: 1
    }
  }
}
