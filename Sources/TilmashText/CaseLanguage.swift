/// The language whose casing rules apply.
///
/// Turkish, Azerbaijani and Kazakh use the Turkic rules: İ/i and I/ı are two pairs of letters.
/// ICU applies those rules for `tr` and `az` only; Kazakh Latin (2021 alphabet) has both pairs
/// too, so `kk` is mapped with ICU's Turkish rules (Cyrillic letters are unaffected by them).
public enum CaseLanguage: String, CaseIterable, Sendable {
  case turkish = "tr"
  case kazakh = "kk"
  case azerbaijani = "az"
  case english = "en"
  case root = "root"

  /// Parses a BCP 47 tag by its primary language (`kk-Latn` is Kazakh, `tr-TR` Turkish); any other
  /// language gets the root rules.
  public init(tag: String) {
    let primary = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() } ?? ""
    self = CaseLanguage(rawValue: primary) ?? (primary == "en" ? .english : .root)
  }

  /// Whether İ/i and I/ı are distinct pairs.
  public var isTurkic: Bool { self == .turkish || self == .kazakh || self == .azerbaijani }

  /// The ICU locale ID that gives this language's casing.
  var icuLocale: String {
    switch self {
    case .turkish, .kazakh: "tr"
    case .azerbaijani: "az"
    case .english: "en"
    case .root: ""
    }
  }
}
