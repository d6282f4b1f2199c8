import TilmashGlossary

/// One row per annotation, for spreadsheets: document, offsets, the matched text, the entry and
/// its preferred forms in en, tr and kk. Tabs and line breaks inside fields become spaces.
/// A failed document gives one row with the error in the `text` column and `error` as kind.
public struct TSVFormatter: DocumentFormatter {
  public let glossary: Glossary
  public var fileExtension: String { "tsv" }

  static let columns = [
    "document", "start", "end", "byteStart", "byteEnd", "text", "kind", "id", "form", "formLanguage",
    "deprecated", "partial", "en", "tr", "kk",
  ]

  public init(glossary: Glossary) { self.glossary = glossary }

  public var header: [UInt8] { Array((Self.columns.joined(separator: "\t") + "\n").utf8) }

  public func render(_ document: AnnotatedDocument) -> [UInt8] {
    var output = ""
    switch document.result {
    case .failure(let error):
      output += row([document.name, "", "", "", "", error.description, "error", "", "", "", "", "", "", "", ""])
    case .success(let success):
      for annotation in success.annotations {
        let entry = glossary.entries[annotation.entry]
        output += row([
          document.name, String(annotation.scalarRange.lowerBound), String(annotation.scalarRange.upperBound),
          String(annotation.byteRange.lowerBound), String(annotation.byteRange.upperBound), annotation.text,
          entry.kind.rawValue, entry.id, annotation.form, annotation.formLanguage, String(annotation.isDeprecated),
          String(annotation.isPartial), entry.preferred(in: "en") ?? "", entry.preferred(in: "tr") ?? "",
          entry.preferred(in: "kk") ?? "",
        ])
      }
    }
    return Array(output.utf8)
  }

  private func row(_ fields: [String]) -> String {
    fields.map { field in
      String(field.map { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
    }.joined(separator: "\t") + "\n"
  }
}
