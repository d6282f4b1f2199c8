import TilmashText

extension GlossaryIndex {
  /// The index's tables as bytes (see `write(to:)`).
  public func serialized() -> [UInt8] {
    var writer = BinaryWriter()
    write(to: &writer)
    return writer.bytes
  }

  /// Rebuilds an index that `write(to:)` wrote for `glossary`, from `bytes[offset...]`. Every id
  /// is checked, so damaged bytes throw (with offsets into `bytes`) instead of crashing later.
  public convenience init(serialized bytes: [UInt8], startingAt offset: Int = 0, glossary: Glossary) throws(BinaryFormatError) {
    var reader = BinaryReader(bytes, offset: offset)
    let columns = try FormColumns(reading: &reader, entryCount: glossary.entries.count)
    let isDerived = try reader.array(of: UInt8.self)
    guard isDerived.count == columns.count else { throw reader.failure("the forms' columns differ in length") }
    let schemes = try reader.internedStrings(count: columns.count)
    let sources = try reader.internedStrings(count: columns.count)
    let forms = (0..<columns.count).map { index in
      RecognizedForm(
        entryIndex: Int(columns.entries[index]), text: columns.texts[index], language: columns.languages[index],
        status: columns.statuses[index],
        origin: isDerived[index] != 0 ? .derived(scheme: schemes[index], from: sources[index]) : .written)
    }
    var tables: [PostingTable] = []
    for _ in 0..<5 { tables.append(try PostingTable(reading: &reader, formCount: forms.count)) }
    let stemCount = try reader.int(in: 0...64)
    guard stemCount == Self.morphologyLanguages.count else {
      throw reader.failure("\(stemCount) tables of known stems, not \(Self.morphologyLanguages.count)")
    }
    var knownStems: [ByteStringTable] = []
    for _ in 0..<stemCount { knownStems.append(try ByteStringTable(reading: &reader)) }
    guard reader.isAtEnd else { throw reader.failure("bytes left after the last table") }
    self.init(
      glossary: glossary, forms: forms, turkicExact: tables[0], standardExact: tables[1], loose: tables[2],
      skeletons: tables[3], surnames: tables[4], knownStems: knownStems)
  }
}

extension IndexCache.Kind where Index == GlossaryIndex {
  /// Lookup's index (`GlossaryIndex`), with the standard form expansion.
  public static let glossaryIndex = IndexCache.Kind<GlossaryIndex>(
    name: "glossary-index", version: 1, build: { GlossaryIndex(glossary: $0) }, write: { $0.write(to: &$1) },
    read: { bytes, offset, glossary throws(BinaryFormatError) in
      try GlossaryIndex(serialized: bytes, startingAt: offset, glossary: glossary)
    })
}

extension IndexCache {
  /// Lookup's index of `glossary`, from the cache when it holds one (see `index(_:for:)`).
  public func glossaryIndex(for glossary: Glossary) -> (index: GlossaryIndex, report: Report) {
    index(Kind<GlossaryIndex>.glossaryIndex, for: glossary)
  }
}
