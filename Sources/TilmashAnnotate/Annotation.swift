import TilmashGlossary

/// A glossary entry found in a document.
public struct Annotation: Sendable, Equatable {
  /// Offsets in UTF-8 bytes of the input exactly as given (a byte-order mark counts).
  public var byteRange: Range<Int>
  /// Offsets in Unicode scalars of the input.
  public var scalarRange: Range<Int>
  /// The matched text, `input[byteRange]`.
  public var text: String
  /// The entry's index in the glossary the matcher was built from.
  public var entry: Int
  /// The glossary form that matched and its language.
  public var form: String
  public var formLanguage: String
  public var status: FormStatus
  /// A person's surname alone.
  public var isPartial: Bool
  /// Where the inflectional suffixes of the last word start, as a UTF-8 offset of the input,
  /// when the last word carries any (`Назарбаев|пен`, `bildiri|sinde`).
  public var suffixStart: Int?

  /// The last word carried inflectional suffixes.
  public var isInflected: Bool { suffixStart != nil }

  public var isDeprecated: Bool { status == .deprecated }
}
