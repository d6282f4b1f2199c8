/// How apostrophes before Turkish suffixes are written.
public enum ApostropheStyle: String, CaseIterable, Sendable {
  /// As the text writes them.
  case keep
  /// The ASCII apostrophe ' (U+0027).
  case ascii
  /// The typographic apostrophe ’ (U+2019).
  case typographic

  var scalar: Unicode.Scalar? {
    switch self {
    case .keep: nil
    case .ascii: "'"
    case .typographic: "\u{2019}"
    }
  }
}
