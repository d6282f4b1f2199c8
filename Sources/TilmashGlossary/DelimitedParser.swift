/// Splits CSV or TSV bytes into records (RFC 4180) at the byte level.
///
/// Records end at LF, CRLF or a lone CR outside quotes; a field in double quotes may hold the
/// separator, line breaks and `""` for a quote. A leading byte-order mark is skipped. Blank lines
/// are skipped. Columns count Unicode scalars from 1.
///
/// - Complexity: O(n) in the number of bytes.
struct DelimitedParser {
  let separator: UInt8
  let file: String

  /// The records, or the first syntax error (an unterminated quote, or text after a closing
  /// quote). Invalid UTF-8 is reported by the caller before parsing.
  func records(_ bytes: UnsafeBufferPointer<UInt8>) -> (records: [[DelimitedField]], error: GlossaryDiagnostic?) {
    var records: [[DelimitedField]] = []
    var fields: [DelimitedField] = []
    var index = 0
    let count = bytes.count
    var line = 1
    var column = 1
    if count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
    var buffer: [UInt8] = []
    buffer.reserveCapacity(256)

    @inline(__always) func advance(_ byte: UInt8) {
      if byte & 0xC0 != 0x80 { column += 1 }
    }

    var lastFieldWasQuoted = false
    func endRecord() {
      // A blank line is one empty unquoted field: skip it.
      if !(fields.count == 1 && fields[0].text.isEmpty && !lastFieldWasQuoted) { records.append(fields) }
      fields.removeAll(keepingCapacity: true)
    }

    while true {
      // Start of a field.
      let fieldLine = line
      let fieldColumn = column
      buffer.removeAll(keepingCapacity: true)
      lastFieldWasQuoted = false
      if index < count, bytes[index] == 0x22 {
        lastFieldWasQuoted = true
        index += 1
        column += 1
        var closed = false
        while index < count {
          let byte = bytes[index]
          if byte == 0x22 {
            if index + 1 < count, bytes[index + 1] == 0x22 {
              buffer.append(0x22)
              index += 2
              column += 2
              continue
            }
            index += 1
            column += 1
            closed = true
            break
          }
          buffer.append(byte)
          index += 1
          if byte == 0x0A || (byte == 0x0D && !(index < count && bytes[index] == 0x0A)) {
            line += 1
            column = 1
          } else if byte != 0x0D {
            advance(byte)
          }
        }
        if !closed {
          return (
            records,
            .error(
              .malformedCSV, at: SourceLocation(file: file, line: fieldLine, column: fieldColumn),
              "unterminated quoted field")
          )
        }
        if index < count, bytes[index] != separator, bytes[index] != 0x0A, bytes[index] != 0x0D {
          return (
            records,
            .error(
              .malformedCSV, at: SourceLocation(file: file, line: line, column: column),
              "unexpected character after a closing quote (write a quote inside a quoted field as \"\")")
          )
        }
      } else {
        while index < count {
          let byte = bytes[index]
          if byte == separator || byte == 0x0A || byte == 0x0D { break }
          if byte == 0x22 {
            return (
              records,
              .error(
                .malformedCSV, at: SourceLocation(file: file, line: line, column: column),
                "a quote inside an unquoted field (quote the whole field and double the quote)")
            )
          }
          buffer.append(byte)
          advance(byte)
          index += 1
        }
      }
      fields.append(DelimitedField(text: String(decoding: buffer, as: UTF8.self), line: fieldLine, column: fieldColumn))
      if index >= count {
        endRecord()
        break
      }
      let byte = bytes[index]
      index += 1
      if byte == separator {
        column += 1
        continue
      }
      // A line break: CRLF, LF or CR.
      if byte == 0x0D, index < count, bytes[index] == 0x0A { index += 1 }
      line += 1
      column = 1
      endRecord()
      if index >= count { break }
    }
    return (records, nil)
  }
}
