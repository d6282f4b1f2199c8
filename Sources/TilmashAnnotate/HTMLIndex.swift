/// `index.html` for `--format html --out DIR`: every document with its counts, and the errors.
public enum HTMLIndex {
  public static func render(_ documents: [AnnotatedDocument], pagePath: (AnnotatedDocument) -> String) -> [UInt8] {
    var html = HTMLPage.head(title: "Tilmash: \(documents.count) documents")
    let failures = documents.filter { if case .failure = $0.result { true } else { false } }.count
    html += "<header><h1>\(documents.count) documents</h1><p class=\"summary\">\(failures) failed</p></header>"
    html += "<main><table><thead><tr><th>document</th><th>language</th><th>matches</th>"
      + "<th>deprecated</th></tr></thead><tbody>"
    for document in documents {
      switch document.result {
      case .success(let success):
        html += "<tr><td><a href=\"\(HTMLPage.escape(pagePath(document)))\">\(HTMLPage.escape(document.name))</a></td>"
          + "<td>\(success.language.rawValue)</td><td class=\"n\">\(success.annotations.count)</td>"
          + "<td class=\"n\">\(success.annotations.filter(\.isDeprecated).count)</td></tr>"
      case .failure(let error):
        html += "<tr><td>\(HTMLPage.escape(document.name))</td><td colspan=\"3\" class=\"error\">"
          + "error: \(HTMLPage.escape(error.description))</td></tr>"
      }
    }
    html += "</tbody></table></main>" + HTMLPage.foot
    return Array(html.utf8)
  }
}
