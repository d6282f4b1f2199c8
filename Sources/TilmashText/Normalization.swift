import CICU

/// Unicode normalization through ICU, with a quick-check fast path.
///
///     Normalization.normalize("e\u{301}", to: .nfc)  // "é" (U+00E9)
public enum Normalization {
  /// Returns `text` in `form`. Text that ICU's quick check already finds normalized is returned
  /// as it is, without a copy of its normalized form being built.
  public static func normalize(_ text: String, to form: NormalizationForm) -> String {
    if text.isEmpty { return text }
    if form != .nfkcCasefold, isASCII(text) { return text }
    let units = text.utf16Units
    if quickCheck(units, form) { return text }
    // ICU cannot fail on well-formed UTF-16 with a built-in form; keep the input if it ever does.
    guard
      let output = try? withICUOutput(units, { cicu_normalize(form.icuForm, $0, $1, $2, $3, $4) })
    else { return text }
    return String(utf16Units: output)
  }

  /// Whether `text` is already in `form` (a full check: "maybe" answers are resolved).
  public static func isNormalized(_ text: String, in form: NormalizationForm) -> Bool {
    let units = text.utf16Units
    if quickCheck(units, form) { return true }
    return normalize(text, to: form).unicodeScalars.elementsEqual(text.unicodeScalars)
  }

  static func quickCheck(_ units: [UInt16], _ form: NormalizationForm) -> Bool {
    var status: Int32 = 0
    let answer = units.withUnsafeBufferPointer {
      cicu_quick_check(form.icuForm, $0.baseAddress, Int32($0.count), &status)
    }
    return status <= 0 && answer == Int32(CICU_QC_YES)
  }

  static func isASCII(_ text: String) -> Bool {
    text.utf8.allSatisfy { $0 < 0x80 }
  }
}
