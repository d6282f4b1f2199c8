import Foundation
import TilmashText

/// A glossary as bytes and back, for the index cache to keep a parsed glossary file: the
/// entries as columns (ids, kinds, the optional texts with presence flags, locations), then every
/// form as a row of columns (its entry, language, text, status, whether derived), in each
/// entry's language order.
extension Glossary {
  public func write(to writer: inout BinaryWriter) {
    writer.append(strings: entries.lazy.map(\.id))
    writer.append(entries.map { Int32($0.kind.ordinal) })
    for field in [\Entry.domain, \.definition, \.note, \.source] {
      writer.append(entries.map { UInt8($0[keyPath: field] == nil ? 0 : 1) })
      writer.append(strings: entries.lazy.map { $0[keyPath: field] ?? "" })
    }
    writer.append(entries.map { UInt8($0.location == nil ? 0 : 1) })
    writer.append(interned: entries.lazy.map { $0.location?.file ?? "" })
    writer.append(entries.map { $0.location?.line ?? 0 })
    writer.append(entries.map { $0.location?.column ?? 0 })
    var formEntries: [Int32] = []
    var formLanguages: [String] = []
    var forms: [Form] = []
    for (index, entry) in entries.enumerated() {
      for language in entry.languages {
        for form in entry.forms[language] ?? [] {
          formEntries.append(Int32(index))
          formLanguages.append(language)
          forms.append(form)
        }
      }
    }
    writer.append(formEntries)
    writer.append(interned: formLanguages)
    writer.append(strings: forms.lazy.map(\.text))
    writer.append(forms.map { Int32(FormStatus.allCases.firstIndex(of: $0.status) ?? 0) })
    writer.append(forms.map { UInt8($0.isDerived ? 1 : 0) })
  }

  /// Reads a glossary `write(to:)` wrote from `bytes[offset...]`, checking every column's
  /// length and every id.
  public init(serialized bytes: [UInt8], startingAt offset: Int = 0) throws(BinaryFormatError) {
    var reader = BinaryReader(bytes, offset: offset)
    let ids = try reader.strings()
    let count = ids.count
    let kinds = try reader.indices(below: EntryKind.allCases.count, count: count, of: "an entry's type")
    var optionals: [[String?]] = []
    for _ in 0..<4 {
      let present = try reader.array(of: UInt8.self)
      let texts = try reader.strings(count: count)
      guard present.count == count else { throw reader.failure("the entries' columns differ in length") }
      optionals.append(zip(present, texts).map { $0 != 0 ? $1 : nil })
    }
    let located = try reader.array(of: UInt8.self)
    let files = try reader.internedStrings(count: count)
    let lines = try reader.array(of: Int.self)
    let columns = try reader.array(of: Int.self)
    guard located.count == count, lines.count == count, columns.count == count else {
      throw reader.failure("the entries' columns differ in length")
    }
    let formEntries = try reader.indices(below: count, of: "a form's entry")
    let formLanguages = try reader.internedStrings(count: formEntries.count)
    let formTexts = try reader.strings(count: formEntries.count)
    let formStatuses = try reader.indices(below: FormStatus.allCases.count, count: formEntries.count, of: "a form's status")
    let formDerived = try reader.array(of: UInt8.self)
    guard formDerived.count == formEntries.count else { throw reader.failure("the forms' columns differ in length") }
    guard reader.isAtEnd else { throw reader.failure("bytes left after the forms") }
    var entries = (0..<count).map { index in
      Entry(
        id: ids[index], kind: EntryKind.allCases[Int(kinds[index])], domain: optionals[0][index],
        definition: optionals[1][index], note: optionals[2][index], source: optionals[3][index],
        location: located[index] != 0 ? SourceLocation(file: files[index], line: lines[index], column: columns[index]) : nil)
    }
    for position in formEntries.indices {
      let form = Form(
        formTexts[position], status: FormStatus.allCases[Int(formStatuses[position])], isDerived: formDerived[position] != 0)
      entries[Int(formEntries[position])].forms[formLanguages[position], default: []].append(form)
    }
    self.init(entries: entries)
  }
}

extension IndexCache {
  /// The glossary file at `path` (in `format` or the one its extension names) as
  /// `GlossaryReader.read(path:format:)` reads it, from the cache when it holds the file (see
  /// `readGlossary(_:)`); the report is nil when the file could not be read at all.
  public func readGlossary(path: String, format: GlossaryFormat? = nil) -> (result: GlossaryReadResult, report: Report?) {
    guard let file = keyedFile(path: path, format: format) else {
      return (GlossaryReader.read(path: path, format: format), nil)
    }
    let (result, report) = readGlossary(file)
    return (result, report)
  }

  /// The glossary `file` holds as `GlossaryReader` reads it, from the cache when it holds the
  /// file's key. Only a file read without any diagnostic is stored, so that every problem is
  /// still reported.
  public func readGlossary(_ file: KeyedGlossaryFile) -> (result: GlossaryReadResult, report: Report) {
    let (result, report) = value(
      key: file.key,
      build: { GlossaryReader.read(bytes: file.bytes, file: file.path, format: file.format) },
      write: { $0.glossary.write(to: &$1) },
      read: { bytes, offset throws(BinaryFormatError) in
        GlossaryReadResult(glossary: try Glossary(serialized: bytes, startingAt: offset))
      },
      shouldStore: { $0.diagnostics.isEmpty })
    return (result, report)
  }

  /// The glossary file at `path` (in `format` or the one its extension names), read and keyed;
  /// nil when it cannot be read or its format is unknown.
  public func keyedFile(path: String, format: GlossaryFormat? = nil) -> KeyedGlossaryFile? {
    guard let format = format ?? GlossaryFormat(path: path), let data = FileManager.default.contents(atPath: path) else {
      return nil
    }
    let bytes = [UInt8](unsafeUninitializedCapacity: data.count) { buffer, count in count = data.copyBytes(to: buffer) }
    let parts = [
      ContentHash.of(Array("glossary-file".utf8)), 1, identity, ContentHash.of(Array(format.rawValue.utf8)),
      ContentHash.of(Array(path.utf8)), ContentHash.of(bytes),
    ]
    return KeyedGlossaryFile(path: path, format: format, bytes: bytes, key: parts.withUnsafeBytes { ContentHash.of($0) })
  }
}
