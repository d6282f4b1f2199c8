import TilmashText

/// A stored lookup index read back before its glossary is: everything but the check that its
/// forms name the glossary's entries (`GlossaryIndex(parts:glossary:)`), so that a caller can
/// read the two at the same time.
public struct GlossaryIndexParts: Sendable {
  let forms: [RecognizedForm]
  /// The exact (Turkic and standard folding), loose, skeleton and surname tables.
  let tables: [PostingTable]
  let knownStems: [ByteStringTable]
  /// The forms' columns as read, for `FormColumns.checkEntries(below:)` once the glossary is
  /// there.
  let columns: FormColumns

  /// Reads what `GlossaryIndex.write(to:)` wrote, from `bytes[offset...]`. Every id but the
  /// forms' entries is checked here.
  public init(serialized bytes: [UInt8], startingAt offset: Int = 0) throws(BinaryFormatError) {
    var reader = BinaryReader(bytes, offset: offset)
    let columns = try FormColumns(reading: &reader)
    let schemes = try reader.internedStrings(count: columns.count)
    let sources = try reader.internedStrings(count: columns.count)
    let forms = (0..<columns.count).map { index in
      RecognizedForm(
        entryIndex: Int(columns.entries[index]), text: columns.texts[index], language: columns.languages[index],
        status: columns.statuses[index],
        origin: columns.flags[index] ? .derived(scheme: schemes[index], from: sources[index]) : .written)
    }
    var tables: [PostingTable] = []
    for _ in 0..<5 { tables.append(try PostingTable(reading: &reader, formCount: forms.count)) }
    let stemCount = try reader.int(in: 0...64)
    guard stemCount == GlossaryIndex.morphologyLanguages.count else {
      throw reader.failure("\(stemCount) tables of known stems, not \(GlossaryIndex.morphologyLanguages.count)")
    }
    var knownStems: [ByteStringTable] = []
    for _ in 0..<stemCount { knownStems.append(try ByteStringTable(reading: &reader)) }
    guard reader.isAtEnd else { throw reader.failure("bytes left after the last table") }
    self.forms = forms
    self.columns = columns
    self.tables = tables
    self.knownStems = knownStems
  }
}
