/// `index.html` for `--format html --out DIR`: every document with its counts, and the errors.
public enum HTMLIndex {
  /// What the index shows of one document; kept instead of the document, whose text is not needed.
  public struct Row: Sendable {
    public var name: String
    /// The page's path relative to the index.
    public var page: String
    public var outcome: Result<(language: DocumentLanguage, matches: Int, deprecated: Int), DocumentError>

    public init(_ document: AnnotatedDocument, page: String) {
      name = document.name
      self.page = page
      outcome = document.result.map { ($0.language, $0.annotations.count, $0.annotations.filter(\.isDeprecated).count) }
    }
  }

  public static func render(_ rows: [Row]) -> [UInt8] {
    var html = HTMLPage.head(title: "Tilmash: \(rows.count) documents")
    let failures = rows.filter { if case .failure = $0.outcome { true } else { false } }.count
    html += "<header><h1>\(rows.count) documents</h1><p class=\"summary\">\(failures) failed</p></header>"
    html += "<main><table><thead><tr><th>document</th><th>language</th><th>matches</th>"
      + "<th>deprecated</th></tr></thead><tbody>"
    for row in rows {
      switch row.outcome {
      case .success(let counts):
        html += "<tr><td><a href=\"\(HTMLPage.escape(row.page))\">\(HTMLPage.escape(row.name))</a></td>"
          + "<td>\(counts.language.rawValue)</td><td class=\"n\">\(counts.matches)</td>"
          + "<td class=\"n\">\(counts.deprecated)</td></tr>"
      case .failure(let error):
        html += "<tr><td>\(HTMLPage.escape(row.name))</td><td colspan=\"3\" class=\"error\">"
          + "error: \(HTMLPage.escape(error.description))</td></tr>"
      }
    }
    html += "</tbody></table></main>" + HTMLPage.foot
    return Array(html.utf8)
  }
}
