/// Character classes shared by the folder, the tokenizers and the repair of mixed words.
public enum TextClass {
  /// Letters, combining marks and digits make up words. Apostrophes, hyphens and the modifier
  /// letter apostrophe (ʼ, U+02BC, used as an apostrophe) do not.
  public static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x80 {
      let lower = scalar.value | 0x20
      return (lower >= 0x61 && lower <= 0x7A) || (scalar.value >= 0x30 && scalar.value <= 0x39)
    }
    if isApostrophe(scalar.value) { return false }
    let properties = scalar.properties
    if properties.isAlphabetic { return true }
    switch properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber: return true
    default: return false
    }
  }

  /// The apostrophes of typed text: ' ’ ʼ ‘.
  public static func isApostrophe(_ value: UInt32) -> Bool {
    value == 0x27 || value == 0x2019 || value == 0x02BC || value == 0x2018
  }
}

extension TextClass {
  /// Whether `scalar` is a word scalar (`isWordScalar`) and its `Script`, from a table for the
  /// scalars below U+2070 (every letter of English, Turkish and Kazakh text), computed the slow
  /// way above it. Same answers as `isWordScalar` and `Script(_:)`, without asking ICU or the
  /// Unicode property tables per scalar.
  @inline(__always)
  public static func wordAndScript(_ scalar: Unicode.Scalar) -> (isWord: Bool, script: Script) {
    guard scalar.value < ScalarFacts.limit else { return (isWordScalar(scalar), Script(scalar)) }
    let fact = ScalarFacts.table[Int(scalar.value)]
    return (fact & 0x80 != 0, Script(rawValue: fact & 0x7F) ?? .other)
  }
}
