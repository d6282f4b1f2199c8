/// How `kk-latn-2021` writes the letters of Russian loanwords (Ё Ц Ч Щ Ъ Ь Э Ю Я), which are
/// not letters of the 31-letter alphabet.
///
///     let scheme = try TransliterationScheme.named("kk-latn-2021", options: .init(loanwords: .pronounced))
///     scheme.transliterate("цирк")  // "sirk"
///
/// Each profile is a rule file, `Data/schemes/kk-latn-2021/loanwords-NAME.txt`; see
/// Guides/Transliteration.md for the full tables.
public enum LoanwordProfile: String, CaseIterable, Sendable, Hashable {
  /// Ё io, Ц c, Ч ç, Щ şç, Ъ Ь dropped, Э e, Ю iu, Я ia (the practice of stanfordnlp/stanza).
  case standard = "default"
  /// Only the 31 letters, as pronounced: Ё io, Ц s, Ч ş, Щ ş, Ъ Ь dropped, Э e, Ю iu, Я ia.
  case pronounced
  /// Ё e, Ц c, Ч ch, Щ şh, Ъ Ь as an apostrophe, Э e, Ю iu, Я ia (altynbek07's transliterator).
  case apostrophe

  /// A one-line description, for `--help` and `--list`.
  public var summary: String {
    switch self {
    case .standard: "ё io, ц c, ч ç, щ şç, ъ ь dropped, э e, ю iu, я ia"
    case .pronounced: "31 letters only: ё io, ц s, ч ş, щ ş, ъ ь dropped, э e, ю iu, я ia"
    case .apostrophe: "ё e, ц c, ч ch, щ şh, ъ ь ', э e, ю iu, я ia"
    }
  }
}
