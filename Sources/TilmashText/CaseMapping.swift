import CICU

/// Language-aware case mapping and folding through ICU.
///
///     CaseMapping.lowercase("İSTANBUL", language: .turkish)  // "istanbul"
///     CaseMapping.uppercase("ılıca", language: .turkish)     // "ILICA"
///
/// In no language does İ become "i" followed by U+0307 COMBINING DOT ABOVE: outside the Turkic
/// languages İ lowers and folds to a plain "i".
public enum CaseMapping {
  public static func lowercase(_ text: String, language: CaseLanguage) -> String {
    map(text, language, cicu_to_lower)
  }

  public static func uppercase(_ text: String, language: CaseLanguage) -> String {
    map(text, language, cicu_to_upper, dotlessOutsideTurkic: false)
  }

  /// Title case by ICU's word breaks: `nur-sultan` -> `Nur-Sultan`, `istanbul` -> `İstanbul` in `tr`.
  public static func titlecase(_ text: String, language: CaseLanguage) -> String {
    map(text, language, cicu_to_title)
  }

  /// Full case folding; with Turkic rules for the Turkic languages.
  public static func fold(_ text: String, language: CaseLanguage) -> String {
    if text.isEmpty { return text }
    let turkic: Int32 = language.isTurkic ? 1 : 0
    let units = prepared(text, language)
    guard let output = try? withICUOutput(units, { cicu_fold_case(turkic, $0, $1, $2, $3, $4) }) else {
      return text
    }
    return String(utf16Units: output)
  }

  private typealias MapFunction = (
    UnsafePointer<CChar>?, UnsafePointer<UInt16>?, Int32, UnsafeMutablePointer<UInt16>?, Int32,
    UnsafeMutablePointer<Int32>?
  ) -> Int32

  private static func map(
    _ text: String, _ language: CaseLanguage, _ function: MapFunction, dotlessOutsideTurkic: Bool = true
  ) -> String {
    if text.isEmpty { return text }
    let units = dotlessOutsideTurkic ? prepared(text, language) : text.utf16Units
    let output = language.icuLocale.withCString { locale in
      try? withICUOutput(units) { function(locale, $0, $1, $2, $3, $4) }
    }
    guard let output else { return text }
    return String(utf16Units: output)
  }

  /// Outside the Turkic languages İ is treated as I, so that it lowers to a plain i.
  private static func prepared(_ text: String, _ language: CaseLanguage) -> [UInt16] {
    var units = text.utf16Units
    if !language.isTurkic {
      for index in units.indices where units[index] == 0x0130 { units[index] = 0x0049 }
    }
    return units
  }
}
