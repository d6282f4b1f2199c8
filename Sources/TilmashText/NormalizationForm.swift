import CICU

/// A Unicode normalization form, as ICU implements it.
public enum NormalizationForm: String, CaseIterable, Sendable {
  case nfc, nfd, nfkc, nfkd
  /// NFKC followed by case folding (`NFKC_Casefold`), for loose matching.
  case nfkcCasefold = "nfkc_cf"

  var icuForm: Int32 {
    switch self {
    case .nfc: Int32(CICU_NFC)
    case .nfd: Int32(CICU_NFD)
    case .nfkc: Int32(CICU_NFKC)
    case .nfkd: Int32(CICU_NFKD)
    case .nfkcCasefold: Int32(CICU_NFKC_CASEFOLD)
    }
  }
}
