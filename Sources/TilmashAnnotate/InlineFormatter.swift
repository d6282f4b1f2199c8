import TilmashGlossary

/// The text with each match in bold, followed by its equivalents in italics:
///
///     **Hulusi Akar** _(kk: Хулуси Акар · tr: Hulusi Akar)_ met ...
///
/// Reads as plain text and renders as Markdown. A deprecated form is marked `deprecated` and
/// followed by the preferred form of its own language: `**Kazakstan** _(deprecated → en:
/// Kazakhstan · ...)_`. A failed document gives `<!-- document: error: ... -->`.
public struct InlineFormatter: DocumentFormatter {
  public let glossary: Glossary
  public let targets: [String]?
  public var fileExtension: String { "md" }

  public init(glossary: Glossary, targets: [String]?) {
    self.glossary = glossary
    self.targets = targets
  }

  public func render(_ document: AnnotatedDocument) -> [UInt8] {
    switch document.result {
    case .failure(let error):
      return Array("<!-- \(document.name): error: \(error.description) -->\n".utf8)
    case .success(let success):
      let bytes = Array(success.text.utf8)
      let languages = targets ?? success.language.defaultTargets
      var output: [UInt8] = []
      output.reserveCapacity(bytes.count + success.annotations.count * 48)
      var position = 0
      for annotation in success.annotations {
        output.append(contentsOf: bytes[position..<annotation.byteRange.lowerBound])
        output.append(contentsOf: "**".utf8)
        output.append(contentsOf: bytes[annotation.byteRange])
        output.append(contentsOf: "**".utf8)
        output.append(contentsOf: note(for: annotation, languages: languages).utf8)
        position = annotation.byteRange.upperBound
      }
      output.append(contentsOf: bytes[position...])
      return output
    }
  }

  private func note(for annotation: Annotation, languages: [String]) -> String {
    let entry = glossary.entries[annotation.entry]
    var parts: [String] = []
    if annotation.isDeprecated, let preferred = entry.preferred(in: annotation.formLanguage) {
      parts.append("\(annotation.formLanguage): \(preferred)")
    }
    for language in languages {
      if let form = entry.preferred(in: language) { parts.append("\(language): \(form)") }
    }
    let prefix = annotation.isDeprecated ? "deprecated → " : ""
    guard !parts.isEmpty || annotation.isDeprecated else { return "" }
    return " _(\(prefix)\(parts.joined(separator: " · ")))_"
  }
}
