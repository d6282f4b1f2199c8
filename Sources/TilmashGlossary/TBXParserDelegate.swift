import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Collects entries from the SAX events of a TBX-Basic (v3) or TBX 2008 (`martif`) document.
///
/// Elements are recognized by their local name, so both the DCA style (`<descrip
/// type="subjectField">`) and the DCT style (`<min:subjectField>`) are read.
final class TBXParserDelegate: NSObject, XMLParserDelegate {
  static let maximumDepth = 64
  static let namespaces = ["urn:iso:std:iso:30042:ed-2", "urn:iso:std:iso:30042:ed:3.0"]

  let file: String
  var entries: [Entry] = []
  var diagnostics: [GlossaryDiagnostic] = []
  var rootClosed = false
  var refused = false

  private var stack: [String] = []
  private var entry: Entry?
  private var language: String?
  private var term: Form?
  private var termLocation: SourceLocation?
  private var capture: Capture?
  private var text = ""
  private var kindFromNote: EntryKind?

  /// What the text being collected will become.
  private enum Capture {
    case term, status, subjectField, definition, source, note, partOfSpeech
  }

  init(file: String) {
    self.file = file
  }

  private func here(_ parser: XMLParser) -> SourceLocation {
    SourceLocation(file: file, line: parser.lineNumber, column: max(parser.columnNumber, 1))
  }

  private func refuse(_ parser: XMLParser, _ diagnostic: GlossaryDiagnostic) {
    diagnostics.append(diagnostic)
    refused = true
    parser.abortParsing()
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    guard !refused else { return }
    let name = elementName.split(separator: ":").last.map(String.init) ?? elementName
    stack.append(name)
    if stack.count > Self.maximumDepth {
      refuse(parser, .error(.tooDeep, at: here(parser), "elements nested deeper than \(Self.maximumDepth) levels"))
      return
    }
    if stack.count == 1 {
      switch name {
      case "tbx":
        if let namespace = attributes["xmlns"], !Self.namespaces.contains(namespace) {
          diagnostics.append(
            .warning(.unsupportedTBX, at: here(parser), "unknown TBX namespace '\(namespace)': read as TBX v3"))
        }
      case "martif": break
      default:
        refuse(parser, .error(.unsupportedTBX, at: here(parser), "root element <\(name)> is neither <tbx> (TBX v3) nor <martif> (TBX 2008)"))
      }
      return
    }
    let type = attributes["type"]
    switch name {
    case "conceptEntry", "termEntry":
      entry = Entry(id: attributes["id"]?.trimmingWhitespace() ?? "", location: here(parser))
      kindFromNote = nil
    case "langSec", "langSet":
      guard entry != nil else { break }
      let raw = attributes["xml:lang"] ?? attributes["lang"] ?? ""
      if LanguageTag.isValid(raw) {
        language = LanguageTag.canonical(raw)
      } else {
        language = nil
        diagnostics.append(.error(.badLanguageTag, at: here(parser), "bad language tag '\(raw)' on <\(name)>"))
      }
    case "termSec", "tig", "ntig":
      term = Form("", status: .admitted)
      termLocation = here(parser)
    case "term": begin(.term)
    case "termNote" where type == "administrativeStatus", "administrativeStatus": begin(.status)
    case "termNote" where type == "partOfSpeech", "partOfSpeech": begin(.partOfSpeech)
    case "descrip" where type == "subjectField", "subjectField": begin(.subjectField)
    case "descrip" where type == "definition", "definition": begin(.definition)
    case "admin" where type == "source", "source": begin(.source)
    case "note": begin(.note)
    default: break
    }
  }

  private func begin(_ what: Capture) {
    capture = what
    text = ""
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if capture != nil { text += string }
  }

  func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
    if capture != nil { text += String(decoding: CDATABlock, as: UTF8.self) }
  }

  func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
    guard !refused else { return }
    let name = stack.popLast() ?? elementName
    if stack.isEmpty {
      rootClosed = true
      return
    }
    switch name {
    case "conceptEntry", "termEntry":
      if var done = entry {
        if let kindFromNote { done.kind = kindFromNote }
        entries.append(done.normalized())
      }
      entry = nil
      language = nil
    case "langSec", "langSet":
      language = nil
    case "termSec", "tig", "ntig":
      if var form = term, let language, entry != nil {
        form.text = form.text.trimmingWhitespace()
        if form.text.isEmpty {
          diagnostics.append(.warning(.emptyForm, at: termLocation ?? here(parser), "empty <term> is ignored"))
        } else {
          entry?.forms[language, default: []].append(form)
        }
      }
      term = nil
    default:
      guard let what = capture else { return }
      finish(what, parser)
    }
  }

  private func finish(_ what: Capture, _ parser: XMLParser) {
    capture = nil
    let value = text.trimmingWhitespace()
    guard entry != nil else { return }
    switch what {
    case .term: term?.text = value
    case .status:
      if let status = TBXStatus.status(value) {
        term?.status = status
      } else {
        diagnostics.append(.warning(.unknownStatus, at: here(parser), "unknown administrativeStatus '\(value)': read as admitted"))
      }
    case .partOfSpeech: break
    case .subjectField: if entry?.domain == nil, !value.isEmpty { entry?.domain = value }
    case .definition: if entry?.definition == nil, !value.isEmpty { entry?.definition = value }
    case .source: if entry?.source == nil, !value.isEmpty { entry?.source = value }
    case .note:
      // Notes on terms are not part of the model; the entry's note is the concept-level one.
      guard term == nil, language == nil, !value.isEmpty else { return }
      if value.hasPrefix(TBXStatus.kindNotePrefix) {
        let name = value.dropFirst(TBXStatus.kindNotePrefix.count).trimmingWhitespace()
        if let kind = EntryKind(rawValue: name) {
          kindFromNote = kind
        } else {
          diagnostics.append(.warning(.unknownKind, at: here(parser), "unknown kind '\(name)': read as 'term'"))
        }
      } else if let note = entry?.note {
        entry?.note = note + "\n" + value
      } else {
        entry?.note = value
      }
    }
  }

  func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
    guard !refused else { return }
    let code = (parseError as NSError).code
    var message = "malformed XML (parser error \(code))"
    switch code {
    case 5:  // XML_ERR_DOCUMENT_END: content after the root element, or no root.
      message =
        rootClosed
        ? "content after the end of the root element (two roots?)"
        : stack.isEmpty ? "the document is empty" : "the document ends before <\(stack.last ?? "")> is closed (truncated?)"
    case 76: message = "mismatched closing tag" + (stack.last.map { " (open element: <\($0)>)" } ?? "")
    case 77, 73, 41: message = "the document ends before its elements are closed (truncated?)"
    case 4: message = "no XML document (empty file or text before the root element)"
    case 26: message = "undefined entity"
    default: break
    }
    diagnostics.append(.error(.malformedXML, at: here(parser), message))
  }
}
