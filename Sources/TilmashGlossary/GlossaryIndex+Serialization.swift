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
    let entries = try reader.array(of: Int32.self)
    guard entries.allSatisfy({ $0 >= 0 && Int($0) < glossary.entries.count }) else {
      throw reader.failure("a form names an entry beyond the glossary's \(glossary.entries.count)")
    }
    let texts = try reader.array(of: UInt8.self)
    let textEnds = try reader.array(of: Int32.self)
    guard textEnds.count == entries.count, zip([0] + textEnds, textEnds).allSatisfy({ $0 <= $1 }),
      (textEnds.last ?? 0) == texts.count
    else { throw reader.failure("the form texts' bounds do not cover them in order") }
    var names: [String] = []
    for _ in 0..<(try reader.int(in: 0...65_536)) { names.append(try reader.string()) }
    let languages = try reader.array(of: Int32.self)
    let schemes = try reader.array(of: Int32.self)
    let sources = try reader.array(of: Int32.self)
    let statuses = try reader.array(of: UInt8.self)
    func isName(_ id: Int32) -> Bool { id >= 0 && Int(id) < names.count }
    guard languages.count == entries.count, schemes.count == entries.count, sources.count == entries.count,
      statuses.count == entries.count, languages.allSatisfy(isName),
      zip(schemes, sources).allSatisfy({ ($0 == -1 && $1 == -1) || (isName($0) && isName($1)) }),
      statuses.allSatisfy({ Int($0) < FormStatus.allCases.count })
    else { throw reader.failure("the forms' columns differ in length or name unknown languages, schemes or statuses") }
    let forms = texts.withUnsafeBufferPointer { texts in
      entries.indices.map { index in
        let start = index == 0 ? 0 : Int(textEnds[index - 1])
        let origin: FormOrigin =
          schemes[index] < 0 ? .written : .derived(scheme: names[Int(schemes[index])], from: names[Int(sources[index])])
        return RecognizedForm(
          entryIndex: Int(entries[index]),
          text: String(decoding: UnsafeBufferPointer(rebasing: texts[start..<Int(textEnds[index])]), as: UTF8.self),
          language: names[Int(languages[index])], status: FormStatus.allCases[Int(statuses[index])], origin: origin)
      }
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
