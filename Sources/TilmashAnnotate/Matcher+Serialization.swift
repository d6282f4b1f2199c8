import TilmashGlossary
import TilmashText

/// A matcher as bytes and back: what `IndexCache` stores. The layout: the forms as columns
/// (entry ids, UTF-8 texts and their ends, languages, statuses, partial flags), then each
/// document language's index after its byte length, so that the indexes can be read on all
/// cores. Hash tables are stored as their contents and rebuilt when read.
extension Matcher {
  /// The matcher's forms and indexes as bytes, for `init(serialized:glossary:)` to rebuild it
  /// in a fraction of the time building takes (see `IndexCache`).
  public func serialized() -> [UInt8] {
    var writer = BinaryWriter()
    write(to: &writer)
    return writer.bytes
  }

  /// Appends `serialized()` to `writer`.
  public func write(to writer: inout BinaryWriter) {
    FormColumns.write(forms.lazy.map { ($0.entry, $0.text, $0.language, $0.status, $0.isPartial) }, to: &writer)
    let languagesIndexed = DocumentLanguage.allCases.filter { indexes[$0] != nil }
    writer.append(languagesIndexed.count)
    // Each index after its byte length, so that a reader can read them at the same time.
    for language in languagesIndexed {
      writer.append(language.rawValue)
      let lengthAt = writer.bytes.count
      writer.append(0)
      indexes[language]?.write(to: &writer)
      writer.replace(at: lengthAt, with: UInt64(writer.bytes.count - lengthAt - 8))
    }
  }

  /// Rebuilds a matcher that `serialized()` wrote for `glossary`, from `bytes[offset...]`, with
  /// the inflection of `init(glossary:)`. Every id is checked, so damaged bytes throw (with
  /// offsets into `bytes`) instead of crashing later.
  public convenience init(serialized bytes: [UInt8], startingAt offset: Int = 0, glossary: Glossary) throws(BinaryFormatError) {
    try self.init(parts: MatcherParts(serialized: bytes, startingAt: offset), glossary: glossary)
  }

  /// The matcher of parts read before the glossary was (`MatcherParts`): checks that every form
  /// names one of the glossary's entries.
  public convenience init(parts: MatcherParts, glossary: Glossary) throws(BinaryFormatError) {
    try parts.columns.checkEntries(below: glossary.entries.count)
    self.init(glossary: glossary, forms: parts.forms, indexes: parts.indexes)
  }
}
