import TilmashText

/// What `Normalizer` does besides rewriting names.
public struct NormalizerOptions: Sendable {
  /// The language the text is written in, whose preferred forms names take.
  public var target: TargetLanguage
  /// The Unicode form of the stretches that change; nil leaves the form alone.
  public var form: NormalizationForm?
  public var apostrophe: ApostropheStyle
  /// The scheme for capitalized words in the other script that no glossary knows; nil lists
  /// them only.
  public var unknownScheme: TransliterationScheme?

  public init(
    target: TargetLanguage, form: NormalizationForm? = .nfc, apostrophe: ApostropheStyle = .keep,
    unknownScheme: TransliterationScheme? = nil
  ) {
    self.target = target
    self.form = form
    self.apostrophe = apostrophe
    self.unknownScheme = unknownScheme
  }
}
