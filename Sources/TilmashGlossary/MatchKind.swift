/// How a query met an entry's form, from the strongest to the weakest.
public enum MatchKind: String, Sendable, Comparable {
  /// The query's matching key is the form's (any case, circumflexes, apostrophes, mixed scripts).
  case exact
  /// The query's last word is an inflected form of the form's last word, or carries a suffix
  /// after an apostrophe (`Bakanlığı'nın`).
  case inflected
  /// Equal once Latin letters lose their diacritics and ı is i: Turkish typed in ASCII,
  /// informal Kazakh Latin (`disisleri bakanligi`, `Syrtqy ister ministrligi`).
  case ascii
  /// Equal name skeletons: a near romanization of a name (`Nazarbaev` for `Nazarbayev`).
  case skeleton
  /// The surname alone of a person's name (`Назарбаев`, `Nazarbaev`), exact or by skeleton.
  case partial
  /// Within the edit distance allowed by `--fuzzy`.
  case fuzzy

  private var rank: Int {
    switch self {
    case .exact: 0
    case .inflected: 1
    case .ascii: 2
    case .skeleton: 3
    case .partial: 4
    case .fuzzy: 5
    }
  }

  public static func < (lhs: MatchKind, rhs: MatchKind) -> Bool { lhs.rank < rhs.rank }
}
