/// Writes CSV and TSV glossaries that `DelimitedGlossaryReader` reads back to the same entries.
///
/// Columns: `id`, `type`, then `domain`, `definition`, `note`, `source` when any entry has one,
/// then the languages in the usual order (en, tr, kk, kk-Latn, ru, others sorted). Fields are
/// quoted when they hold the separator, a quote, a line break or leading/trailing spaces. Lines
/// end with LF; the file has no BOM.
struct DelimitedGlossaryWriter {
  let separator: UInt8

  func bytes(_ glossary: Glossary) -> [UInt8] {
    var languages = Set<String>()
    var optional: [GlossaryColumn] = []
    let entries = glossary.entries
    let has: (KeyPath<Entry, String?>) -> Bool = { path in entries.contains { $0[keyPath: path] != nil } }
    if has(\.domain) { optional.append(.domain) }
    if has(\.definition) { optional.append(.definition) }
    if has(\.note) { optional.append(.note) }
    if has(\.source) { optional.append(.source) }
    for entry in entries { languages.formUnion(entry.writtenForms.keys) }
    let columns: [GlossaryColumn] =
      [.id, .kind] + optional + languages.sorted { LanguageTag.order($0) < LanguageTag.order($1) }.map { .language($0) }
    var output: [UInt8] = []
    output.reserveCapacity(entries.count * 128)
    writeRow(columns.map(\.header), to: &output)
    for entry in entries {
      let written = entry.writtenForms
      writeRow(
        columns.map { column in
          switch column {
          case .id: entry.id
          case .kind: entry.kind.rawValue
          case .domain: entry.domain ?? ""
          case .definition: entry.definition ?? ""
          case .note: entry.note ?? ""
          case .source: entry.source ?? ""
          case .language(let tag): FormCell.format(written[tag] ?? [])
          }
        }, to: &output)
    }
    return output
  }

  private func writeRow(_ fields: [String], to output: inout [UInt8]) {
    for (index, field) in fields.enumerated() {
      if index > 0 { output.append(separator) }
      let utf8 = field.utf8
      let needsQuotes =
        utf8.contains { $0 == separator || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        || field.first?.isWhitespace == true || field.last?.isWhitespace == true
      if needsQuotes {
        output.append(0x22)
        for byte in utf8 {
          if byte == 0x22 { output.append(0x22) }
          output.append(byte)
        }
        output.append(0x22)
      } else {
        output.append(contentsOf: utf8)
      }
    }
    output.append(0x0A)
  }
}
