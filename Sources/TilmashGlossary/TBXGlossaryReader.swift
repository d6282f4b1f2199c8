import TilmashText

import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads TBX glossaries with the SAX parser from a stream (see `TBXParserDelegate`), after
/// `XMLSafetyScan` has refused entity declarations and external references.
///
/// The parse counts as successful only when `parse()` returns true, the parser reports no error,
/// and the root element was closed: FoundationXML returns true on truncated input, two roots and
/// empty input.
struct TBXGlossaryReader {
  let file: String

  func read(_ bytes: [UInt8]) -> GlossaryReadResult {
    var result = GlossaryReadResult()
    if let bad = UTF8Validation.firstError(in: bytes) {
      result.diagnostics.append(
        .error(.invalidUTF8, at: SourceLocation(file: file, line: 1), "invalid UTF-8 at byte offset \(bad.byteOffset)"))
      return result
    }
    let safe: [UInt8]
    switch XMLSafetyScan.check(bytes, file: file) {
    case .success(let checked): safe = checked
    case .failure(let refusal):
      result.diagnostics.append(refusal)
      return result
    }
    let delegate = TBXParserDelegate(file: file)
    let parser = XMLParser(stream: InputStream(data: Data(safe)))
    parser.shouldProcessNamespaces = false
    parser.shouldReportNamespacePrefixes = false
    parser.shouldResolveExternalEntities = false
    parser.delegate = delegate
    let parsed = parser.parse()
    result.diagnostics = delegate.diagnostics
    let failed = !parsed || parser.parserError != nil || !delegate.rootClosed || delegate.refused
    if failed, !delegate.diagnostics.contains(where: \.isError) {
      let message =
        delegate.rootClosed ? "malformed XML" : "the document ends before its root element is closed (empty or truncated?)"
      result.diagnostics.append(
        .error(.malformedXML, at: SourceLocation(file: file, line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1)), message))
    }
    if failed { return result }
    result.glossary = Glossary(entries: delegate.entries)
    return result
  }
}
