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
    FormColumns.write(forms.lazy.map { ($0.entry, $0.text, $0.language, $0.status) }, to: &writer)
    writer.append(forms.map { UInt8($0.isPartial ? 1 : 0) })
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
    var reader = BinaryReader(bytes, offset: offset)
    let columns = try FormColumns(reading: &reader, entryCount: glossary.entries.count)
    let isPartial = try reader.array(of: UInt8.self)
    guard isPartial.count == columns.count else { throw reader.failure("the forms' columns differ in length") }
    let forms = (0..<columns.count).map { index in
      MatchForm(
        entry: Int(columns.entries[index]), text: columns.texts[index], language: columns.languages[index],
        status: columns.statuses[index], isPartial: isPartial[index] != 0)
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
    let inflection = Self.standardInflection
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
    self.init(glossary: glossary, forms: forms, indexes: indexes)
  }
}
