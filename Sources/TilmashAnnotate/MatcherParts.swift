import TilmashGlossary
import TilmashText

/// A stored matcher read back before its glossary is: everything but the check that its forms
/// name the glossary's entries (`Matcher(parts:glossary:)`), so that a caller can read the two
/// at the same time.
public struct MatcherParts: Sendable {
  let forms: [MatchForm]
  let indexes: [DocumentLanguage: LanguageIndex]
  /// The forms' columns as read, for `FormColumns.checkEntries(below:)` once the glossary is
  /// there.
  let columns: FormColumns

  /// Reads what `Matcher.serialized()` wrote, from `bytes[offset...]`, with the inflection of
  /// `Matcher(glossary:)`. Every id but the forms' entries is checked here.
  public init(serialized bytes: [UInt8], startingAt offset: Int = 0) throws(BinaryFormatError) {
    var reader = BinaryReader(bytes, offset: offset)
    let columns = try FormColumns(reading: &reader)
    let forms = (0..<columns.count).map { index in
      MatchForm(
        entry: Int(columns.entries[index]), text: columns.texts[index], language: columns.languages[index],
        status: columns.statuses[index], isPartial: columns.flags[index])
    }
    var sections: [(language: DocumentLanguage, start: Int, end: Int)] = []
    for _ in 0..<(try reader.int(in: 0...DocumentLanguage.allCases.count)) {
      let name = try reader.string()
      guard let language = DocumentLanguage(rawValue: name), !sections.contains(where: { $0.language == language }) else {
        throw reader.failure("an index for '\(name)', unknown or repeated")
      }
      let length = try reader.int(in: 0...Int.max)
      let start = reader.offset
      try reader.skip(length)
      sections.append((language, start, reader.offset))
    }
    guard reader.isAtEnd else { throw reader.failure("bytes left after the last index") }
    // The indexes on all cores: rebuilding their hash tables is most of the reading.
    let formCount = forms.count
    let inflection = Matcher.standardInflection
    let found = sections
    let results = ParallelChunks.map(count: found.count, minimumChunk: 1, maxChunks: found.count) { range in
      range.map { position in
        let section = found[position]
        var reader = BinaryReader(bytes, offset: section.start)
        return Result { () throws(BinaryFormatError) -> LanguageIndex in
          let index = try LanguageIndex(
            reading: &reader, language: section.language, analyzer: inflection[section.language], formCount: formCount)
          guard reader.offset == section.end else { throw reader.failure("the index ends before its section does") }
          return index
        }
      }
    }
    var indexes: [DocumentLanguage: LanguageIndex] = [:]
    for (section, result) in zip(found, results.joined()) {
      indexes[section.language] = try result.get()
    }
    self.forms = forms
    self.columns = columns
    self.indexes = indexes
  }
}
