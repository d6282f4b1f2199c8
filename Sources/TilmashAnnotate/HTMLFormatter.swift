import TilmashGlossary

/// A self-contained review page per document: matches highlighted by kind, deprecated forms
/// flagged, equivalents shown on hover and on keyboard focus, and a table of every entry found
/// with its count. No script and no network: the page is HTML and CSS only.
public struct HTMLFormatter: DocumentFormatter {
  public let glossary: Glossary
  public let targets: [String]?
  public var fileExtension: String { "html" }

  public init(glossary: Glossary, targets: [String]?) {
    self.glossary = glossary
    self.targets = targets
  }

  public func render(_ document: AnnotatedDocument) -> [UInt8] {
    var html = HTMLPage.head(title: "Tilmash: \(document.name)")
    html += "<header><h1>\(HTMLPage.escape(document.name))</h1>"
    switch document.result {
    case .failure(let error):
      html += "<p class=\"error\">error: \(HTMLPage.escape(error.description))</p></header>"
    case .success(let success):
      let languages = targets ?? success.language.defaultTargets
      html += summary(success)
      html += "</header><main><article class=\"text\">"
      html += body(success, languages: languages)
      html += "</article>"
      html += table(success, languages: languages)
      html += "</main>"
    }
    html += HTMLPage.foot
    return Array(html.utf8)
  }

  private func summary(_ success: AnnotatedDocument.Success) -> String {
    var counts: [EntryKind: Int] = [:]
    for annotation in success.annotations { counts[glossary.entries[annotation.entry].kind, default: 0] += 1 }
    let parts = EntryKind.allCases.compactMap { kind in
      counts[kind].map { "<span class=\"chip \(kind.rawValue)\">\($0) \(kind.rawValue)</span>" }
    }
    let deprecated = success.annotations.filter(\.isDeprecated).count
    return "<p class=\"summary\">language: \(success.language.rawValue) · \(success.annotations.count) matches "
      + parts.joined(separator: " ")
      + (deprecated > 0 ? " <span class=\"chip deprecated\">\(deprecated) deprecated</span>" : "") + "</p>"
  }

  private func body(_ success: AnnotatedDocument.Success, languages: [String]) -> String {
    let bytes = Array(success.text.utf8)
    var html = ""
    var position = 0
    for annotation in success.annotations {
      html += HTMLPage.escape(String(decoding: bytes[position..<annotation.byteRange.lowerBound], as: UTF8.self))
      let entry = glossary.entries[annotation.entry]
      var classes = "m \(entry.kind.rawValue)"
      if annotation.isDeprecated { classes += " deprecated" }
      if annotation.isPartial { classes += " partial" }
      html += "<mark class=\"\(classes)\" tabindex=\"0\" data-id=\"\(HTMLPage.escape(entry.id))\">"
      html += HTMLPage.escape(annotation.text)
      html += "<span class=\"tip\" role=\"tooltip\">" + tooltip(annotation, entry, languages) + "</span></mark>"
      position = annotation.byteRange.upperBound
    }
    html += HTMLPage.escape(String(decoding: bytes[position...], as: UTF8.self))
    return html
  }

  private func tooltip(_ annotation: Annotation, _ entry: Entry, _ languages: [String]) -> String {
    var lines = ["<b>\(HTMLPage.escape(entry.id))</b> · \(entry.kind.rawValue)"]
    if annotation.isDeprecated {
      let preferred = entry.preferred(in: annotation.formLanguage).map { " → use “\(HTMLPage.escape($0))”" } ?? ""
      lines.append("<i>deprecated form</i>\(preferred)")
    }
    if annotation.isPartial { lines.append("<i>surname only</i>") }
    for language in languages {
      if let form = entry.preferred(in: language) { lines.append("\(language): \(HTMLPage.escape(form))") }
    }
    return lines.joined(separator: "<br>")
  }

  private func table(_ success: AnnotatedDocument.Success, languages: [String]) -> String {
    var counts: [Int: Int] = [:]
    var order: [Int] = []
    for annotation in success.annotations {
      if counts[annotation.entry] == nil { order.append(annotation.entry) }
      counts[annotation.entry, default: 0] += 1
    }
    var html = "<section><h2>Entries found</h2><table><thead><tr><th>entry</th><th>kind</th><th>count</th>"
    for language in languages { html += "<th>\(HTMLPage.escape(language))</th>" }
    html += "</tr></thead><tbody>"
    for index in order {
      let entry = glossary.entries[index]
      html += "<tr><td>\(HTMLPage.escape(entry.id))</td><td><span class=\"chip \(entry.kind.rawValue)\">"
        + "\(entry.kind.rawValue)</span></td><td class=\"n\">\(counts[index] ?? 0)</td>"
      for language in languages { html += "<td>\(HTMLPage.escape(entry.preferred(in: language) ?? "—"))</td>" }
      html += "</tr>"
    }
    return html + "</tbody></table></section>"
  }
}
