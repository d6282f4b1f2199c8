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

  /// Whether valid UTF-8 `bytes` are in NFC by their scalars alone: each is a starter whose
  /// NFC_Quick_Check is Yes (as every ASCII scalar and precomposed letter is), so nothing in
  /// them combines, reorders or changes. `false` says nothing: the text may still be in NFC.
  ///
  /// - Complexity: O(n), without ICU for scalars below U+3000.
  public static func isNFCByScalars(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let table = yesStarters
    var index = 0
    while index < bytes.count {
      if bytes[index] < 0x80 {
        index += 1
        continue
      }
      let (value, length) = UTF8Scalar.decodeValue(bytes, at: index)
      let isYesStarter =
        value < UInt32(table.count * 64)
        ? table[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0 : cicu_nfc_yes_starter(value) != 0
      if !isYesStarter { return false }
      index += length
    }
    return true
  }

  /// `cicu_nfc_yes_starter` of every scalar below U+3000, one bit each.
  private static let yesStarters: [UInt64] = (0..<(0x3000 / 64)).map { word in
    var bits: UInt64 = 0
    for bit in 0..<64 where cicu_nfc_yes_starter(UInt32(word * 64 + bit)) != 0 { bits |= 1 << UInt64(bit) }
    return bits
  }

  static func isASCII(_ text: String) -> Bool {
    text.utf8.allSatisfy { $0 < 0x80 }
  }
}
