import TilmashGlossary

/// Turns annotated documents into output bytes. One formatter per output format.
public protocol DocumentFormatter: Sendable {
  /// What comes once before the first document (a TSV header), if anything.
  var header: [UInt8] { get }
  /// The output of one document, or of its failure.
  func render(_ document: AnnotatedDocument) -> [UInt8]
  /// The file extension of one document's output under `--out`.
  var fileExtension: String { get }
}

extension DocumentFormatter {
  public var header: [UInt8] { [] }
}

/// The output formats of `tilmash annotate`.
public enum AnnotationFormat: String, CaseIterable, Sendable {
  case jsonl, tsv, inline, html

  /// The formatter for this format; `targets` are the languages whose equivalents inline and HTML
  /// output show (nil: the other two of en, tr and kk).
  public func formatter(glossary: Glossary, targets: [String]?) -> any DocumentFormatter {
    switch self {
    case .jsonl: JSONLinesFormatter(glossary: glossary)
    case .tsv: TSVFormatter(glossary: glossary)
    case .inline: InlineFormatter(glossary: glossary, targets: targets)
    case .html: HTMLFormatter(glossary: glossary, targets: targets)
    }
  }
}

extension DocumentLanguage {
  /// The languages whose equivalents are shown by default: the other two of en, tr and kk.
  var defaultTargets: [String] {
    DocumentLanguage.allCases.filter { $0 != self }.map(\.rawValue)
  }
}
