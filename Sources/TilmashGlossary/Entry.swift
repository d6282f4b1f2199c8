/// A concept of a term base, or a known name, with its forms per language.
public struct Entry: Hashable, Codable, Sendable {
  public var id: String
  public var kind: EntryKind
  public var domain: String?
  public var definition: String?
  public var note: String?
  public var source: String?
  /// Forms per BCP 47 language tag (`en`, `tr`, `kk` for Kazakh Cyrillic, `kk-Latn`, `ru`, ...),
  /// in the glossary's order: the first non-deprecated form of a language is preferred.
  public var forms: [String: [Form]]
  /// Where the entry starts in its file, for messages.
  public var location: SourceLocation?

  public init(
    id: String, kind: EntryKind = .term, domain: String? = nil, definition: String? = nil, note: String? = nil,
    source: String? = nil, forms: [String: [Form]] = [:], location: SourceLocation? = nil
  ) {
    self.id = id
    self.kind = kind
    self.domain = domain
    self.definition = definition
    self.note = note
    self.source = source
    self.forms = forms
    self.location = location
  }

  /// The languages of the entry, in a stable order: en, tr, kk, kk-Latn, ru, then the rest sorted.
  public var languages: [String] {
    forms.keys.sorted { LanguageTag.order($0) < LanguageTag.order($1) }
  }

  /// The preferred form in `language`, if the entry has one.
  public func preferred(in language: String) -> String? {
    forms[language]?.first { $0.status == .preferred }?.text
  }

  /// The preferred form of every language that has one.
  public var preferredForms: [String: String] {
    var result: [String: String] = [:]
    for language in forms.keys {
      if let form = preferred(in: language) { result[language] = form }
    }
    return result
  }
}
