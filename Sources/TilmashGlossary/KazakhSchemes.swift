import TilmashText

/// The Kazakh transliteration schemes that expansion uses, and the language each one writes.
enum KazakhSchemes {
  /// The scheme that makes `kk-Latn` forms from `kk` forms when a glossary gives none.
  static let standardLatin = "kk-latn-2021"

  /// Every Kazakh scheme a name answers to, with the language of what it writes.
  static let forNames: [(scheme: String, language: String)] = [
    ("kk-latn-2021", "kk-Latn"), ("kk-bgn", "kk-Latn"), ("kk-en-press", "en"), ("kk-tr-press", "tr"),
  ]

  /// The compiled schemes, by name; a scheme that fails to compile is missing.
  private static let schemes: [String: TransliterationScheme] = {
    var result: [String: TransliterationScheme] = [:]
    for name in forNames.map(\.scheme) + ["tr-ascii"] {
      if let scheme = try? TransliterationScheme.named(name) { result[name] = scheme }
    }
    return result
  }()

  /// `text` under `scheme`, or nil when the scheme is unavailable.
  static func transliterate(_ text: String, scheme: String) -> String? {
    schemes[scheme]?.transliterate(text)
  }
}
