/// Options of the schemes that have them; the other schemes ignore them.
///
///     let options = TransliterationOptions(loanwords: .apostrophe, eng: true)
///     try TransliterationScheme.named("kk-latn-2021", options: options).transliterate("Аңыз")  // "Aŋyz"
///
/// Only `kk-latn-2021` has options today (`TransliterationScheme.hasOptions` tells).
public struct TransliterationOptions: Sendable, Hashable {
  /// How letters of Russian loanwords are written.
  public var loanwords: LoanwordProfile
  /// Writes Ң as Ŋ ŋ (the form shown at the 2021 presentation) instead of Ñ ñ.
  public var eng: Bool

  public init(loanwords: LoanwordProfile = .standard, eng: Bool = false) {
    self.loanwords = loanwords
    self.eng = eng
  }

  public static let `default` = TransliterationOptions()
}
