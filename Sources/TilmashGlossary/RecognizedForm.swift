/// One spelling under which an entry is recognized: a form written in the glossary, or one
/// derived from it (see `FormExpander`).
public struct RecognizedForm: Hashable, Sendable {
  /// The index of the entry in the glossary the form was expanded from.
  public var entryIndex: Int
  /// The spelling, as written or as transliterated (not folded).
  public var text: String
  /// The language tag of the spelling: `kk-Latn` for a Kazakh form in Latin letters, `en` and
  /// `tr` for press spellings of Kazakh names.
  public var language: String
  /// The status of the written form it is or comes from.
  public var status: FormStatus
  public var origin: FormOrigin

  public init(entryIndex: Int, text: String, language: String, status: FormStatus, origin: FormOrigin = .written) {
    self.entryIndex = entryIndex
    self.text = text
    self.language = language
    self.status = status
    self.origin = origin
  }
}
