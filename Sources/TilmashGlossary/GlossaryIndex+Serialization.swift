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
    try self.init(parts: GlossaryIndexParts(serialized: bytes, startingAt: offset), glossary: glossary)
  }

  /// The index of parts read before the glossary was (`GlossaryIndexParts`): checks that every
  /// form names one of the glossary's entries.
  public convenience init(parts: GlossaryIndexParts, glossary: Glossary) throws(BinaryFormatError) {
    try parts.columns.checkEntries(below: glossary.entries.count)
    let tables = parts.tables
    self.init(
      glossary: glossary, forms: parts.forms, turkicExact: tables[0], standardExact: tables[1], loose: tables[2],
      skeletons: tables[3], surnames: tables[4], knownStems: parts.knownStems)
  }
}

extension IndexCache.Kind where Index == GlossaryIndex, Parts == GlossaryIndexParts {
  /// Lookup's index (`GlossaryIndex`), with the standard form expansion.
  public static let glossaryIndex = IndexCache.Kind<GlossaryIndex, GlossaryIndexParts>(
    name: "glossary-index", version: 1, build: { GlossaryIndex(glossary: $0) }, write: { $0.write(to: &$1) },
    readParts: { bytes, offset throws(BinaryFormatError) in try GlossaryIndexParts(serialized: bytes, startingAt: offset) },
    attach: { parts, glossary throws(BinaryFormatError) in try GlossaryIndex(parts: parts, glossary: glossary) })
}

extension IndexCache {
  /// Lookup's index of `glossary`, from the cache when it holds one (see `index(_:for:)`).
  public func glossaryIndex(for glossary: Glossary) -> (index: GlossaryIndex, report: Report) {
    index(Kind.glossaryIndex, for: glossary)
  }
}
