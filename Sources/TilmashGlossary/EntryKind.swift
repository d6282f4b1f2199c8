/// What a glossary entry names.
public enum EntryKind: String, CaseIterable, Codable, Sendable {
  case term, person, place, organization

  /// Persons, places and organizations are names: they match only where the text capitalizes
  /// them, and they answer to their spellings under every Kazakh scheme.
  public var isName: Bool { self != .term }
}
