import TilmashText

/// Reads CSV and TSV glossaries: a header row (`id`, `type`, optional `domain`, `definition`,
/// `note`, `source`, then one column per language tag), then one entry per row.
///
/// Every problem is reported with its position; rows that cannot be read are skipped and the
/// rest are kept, so that `tilmash glossary check` reports everything at once.
struct DelimitedGlossaryReader {
  let file: String
  let separator: UInt8

  func read(_ bytes: UnsafeBufferPointer<UInt8>) -> GlossaryReadResult {
    var result = GlossaryReadResult()
    if let bad = UTF8Validation.firstError(in: bytes) {
      result.diagnostics.append(
        .error(.invalidUTF8, at: location(ofByte: bad.byteOffset, in: bytes), "invalid UTF-8 at byte offset \(bad.byteOffset)"))
      return result
    }
    let (records, syntaxError) = DelimitedParser(separator: separator, file: file).records(bytes)
    guard let header = records.first else {
      result.diagnostics.append(
        syntaxError ?? .error(.missingColumn, at: SourceLocation(file: file, line: 1), "empty file: a header row with an 'id' column is needed"))
      return result
    }
    var columns: [GlossaryColumn?] = []
    var seen: [GlossaryColumn: DelimitedField] = [:]
    for cell in header {
      let name = cell.text.trimmingWhitespace()
      let at = SourceLocation(file: file, line: cell.line, column: cell.column)
      guard let column = GlossaryColumn(header: name) else {
        let hint = name.contains("_") ? " (language tags use '-': \(name.replacingUnderscores()))" : ""
        result.diagnostics.append(
          .error(
            .unknownColumn, at: at,
            "unknown column '\(name)': expected id, type, domain, definition, note, source or a language tag\(hint)"))
        columns.append(nil)
        continue
      }
      if let first = seen[column] {
        result.diagnostics.append(.error(.duplicateColumn, at: at, "duplicate column '\(name)' (first at column \(first.column))"))
        columns.append(nil)
        continue
      }
      seen[column] = cell
      columns.append(column)
    }
    if seen[.id] == nil {
      result.diagnostics.append(.error(.missingColumn, at: SourceLocation(file: file, line: header[0].line), "no 'id' column in the header"))
    }
    // Rows on all cores, in chunks whose entries and diagnostics join in file order.
    let rows = records.dropFirst()
    let frozenColumns = columns
    let parts = ParallelChunks.map(count: rows.count, minimumChunk: 2048) { range in
      var entries: [Entry] = []
      var diagnostics: [GlossaryDiagnostic] = []
      entries.reserveCapacity(range.count)
      for record in rows[(rows.startIndex + range.lowerBound)..<(rows.startIndex + range.upperBound)] {
        if let entry = entry(from: record, columns: frozenColumns, diagnostics: &diagnostics) { entries.append(entry) }
      }
      return (entries: entries, diagnostics: diagnostics)
    }
    var entries: [Entry] = []
    entries.reserveCapacity(rows.count)
    for part in parts {
      entries += part.entries
      result.diagnostics += part.diagnostics
    }
    if let syntaxError { result.diagnostics.append(syntaxError) }
    result.glossary = Glossary(entries: entries)
    return result
  }

  /// The entry of one data row, or nil when the row cannot be read; problems go to `diagnostics`.
  private func entry(from record: [DelimitedField], columns: [GlossaryColumn?], diagnostics: inout [GlossaryDiagnostic]) -> Entry? {
    let rowAt = SourceLocation(file: file, line: record[0].line, column: record[0].column)
    if record.count > columns.count {
      let extra = record[columns.count]
      diagnostics.append(
        .error(
          .extraField, at: SourceLocation(file: file, line: extra.line, column: extra.column),
          "row has \(record.count) fields, the header has \(columns.count)"))
      return nil
    }
    if record.count < columns.count {
      diagnostics.append(
        .warning(.missingFields, at: rowAt, "row has \(record.count) fields, the header has \(columns.count): the rest are empty"))
    }
    var entry = Entry(id: "", location: rowAt)
    for (field, column) in zip(record, columns) {
      guard let column else { continue }
      let at = SourceLocation(file: file, line: field.line, column: field.column)
      switch column {
      case .id: entry.id = field.text.trimmingWhitespace()
      case .kind:
        let name = field.text.trimmingWhitespace().lowercased()
        if name.isEmpty { break }
        if let kind = EntryKind(rawValue: name) {
          entry.kind = kind
        } else {
          diagnostics.append(
            .warning(.unknownKind, at: at, "unknown type '\(name)': read as 'term' (types: term, person, place, organization)"))
        }
      case .domain: entry.domain = Self.optional(field.text)
      case .definition: entry.definition = Self.optional(field.text)
      case .note: entry.note = Self.optional(field.text)
      case .source: entry.source = Self.optional(field.text)
      case .language(let tag):
        let forms = FormCell.parse(field.text) {
          diagnostics.append(.warning(.emptyForm, at: at, "empty form in '\(field.text)' is ignored"))
        }
        if !forms.isEmpty { entry.forms[tag] = forms }
      }
    }
    return entry
  }

  static func optional(_ text: String) -> String? {
    let trimmed = text.trimmingWhitespace()
    return trimmed.isEmpty ? nil : trimmed
  }

  private func location(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> SourceLocation {
    SourceLocation(file: file, byteOffset: offset, in: bytes)
  }
}

extension String {
  fileprivate func replacingUnderscores() -> String {
    String(map { $0 == "_" ? "-" : $0 })
  }
}
