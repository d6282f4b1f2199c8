import TilmashGlossary

/// One form to look for in text: a written or derived form of a glossary entry.
public struct MatchForm: Sendable, Equatable {
  /// The entry's index in the glossary.
  public var entry: Int
  public var text: String
  /// The BCP 47 tag of the form's language.
  public var language: String
  public var status: FormStatus
  /// A surname standing for a whole person's name.
  public var isPartial: Bool

  public init(entry: Int, text: String, language: String, status: FormStatus, isPartial: Bool = false) {
    self.entry = entry
    self.text = text
    self.language = language
    self.status = status
    self.isPartial = isPartial
  }
}
