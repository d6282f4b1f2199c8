/// What a glossary entry names.
public enum EntryKind: String, CaseIterable, Codable, Sendable {
  case term, person, place, organization

  /// Persons, places and organizations are names: they match only where the text capitalizes
  /// them, and they answer to their spellings under every Kazakh scheme.
  public var isName: Bool { self != .term }

  /// The position in `allCases`, for counts kept in an array.
  public var ordinal: Int {
    switch self {
    case .term: 0
    case .person: 1
    case .place: 2
    case .organization: 3
    }
  }
}
