/// A column of a CSV or TSV glossary, named by its header cell.
enum GlossaryColumn: Hashable, Sendable {
  case id, kind, domain, definition, note, source
  case language(String)

  /// The column a header cell names, or nil when it names none. `type` and `kind` both name the
  /// kind; language tags are written as BCP 47 (`kk-Latn`), any case.
  init?(header: String) {
    switch header.lowercased() {
    case "id": self = .id
    case "type", "kind": self = .kind
    case "domain": self = .domain
    case "definition": self = .definition
    case "note": self = .note
    case "source": self = .source
    default:
      guard LanguageTag.isValid(header) else { return nil }
      self = .language(LanguageTag.canonical(header))
    }
  }

  var header: String {
    switch self {
    case .id: "id"
    case .kind: "type"
    case .domain: "domain"
    case .definition: "definition"
    case .note: "note"
    case .source: "source"
    case .language(let tag): tag
    }
  }
}
