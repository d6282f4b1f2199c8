import TilmashGlossary

/// Text and JSON renderings of lookup results.
enum LookupPrinter {
  static func languages(of entry: Entry, shown: [String]) -> [String] {
    let all = entry.writtenForms.keys.sorted { languageOrder($0) < languageOrder($1) }
    return shown.isEmpty ? all : shown.filter { entry.forms[$0] != nil || $0 == "kk-Latn" }
  }

  static func languageOrder(_ tag: String) -> String {
    ["en": "0", "tr": "1", "kk": "2", "kk-Latn": "3", "ru": "4"][tag] ?? "5" + tag
  }

  /// Forms to show for `language`: the written ones, or the derived ones when none is written.
  static func forms(of match: LookupMatch, in language: String) -> [Form] {
    if let written = match.entry.writtenForms[language] { return written }
    if language == "kk-Latn" {
      return match.entry.recognizedForms().filter { $0.language == "kk-Latn" && $0.origin.scheme == "kk-latn-2021" }
        .map { Form($0.text, status: $0.status, isDerived: true) }
    }
    return []
  }

  static func text(_ matches: [LookupMatch], languages shown: [String]) -> String {
    var out = ""
    for match in matches {
      let entry = match.entry
      out += "\(entry.id) (\(entry.kind.rawValue)\(entry.domain.map { ", \($0)" } ?? ""))"
      out += "  score \(String(format: match.score)) \(match.kind.rawValue): \(match.form.text) [\(match.form.language)]\n"
      for language in languages(of: entry, shown: shown) {
        let list = forms(of: match, in: language)
        guard !list.isEmpty else { continue }
        let rendered = list.map { form -> String in
          let mark = form.status == .preferred ? "" : " (\(form.status.rawValue))"
          return form.text + mark + (form.isDerived ? " (derived)" : "")
        }
        out += "  \(language.padding(7)) \(rendered.joined(separator: "; "))\n"
      }
      if let definition = entry.definition { out += "  definition: \(definition)\n" }
      if let note = entry.note { out += "  note: \(note)\n" }
      out += "\n"
    }
    return out
  }

  static func json(_ matches: [LookupMatch], languages shown: [String]) -> String {
    JSONText.array(
      matches.map { match in
        let entry = match.entry
        let languages = languages(of: entry, shown: shown)
        var preferred: [(String, String)] = []
        var forms: [(String, String)] = []
        for language in languages {
          let list = Self.forms(of: match, in: language)
          guard !list.isEmpty else { continue }
          if let first = list.first(where: { $0.status == .preferred }) { preferred.append((language, JSONText.string(first.text))) }
          forms.append(
            (
              language,
              JSONText.array(
                list.map { JSONText.object([("form", JSONText.string($0.text)), ("status", JSONText.string($0.status.rawValue))]) })
            ))
        }
        return JSONText.object([
          ("id", JSONText.string(entry.id)),
          ("kind", JSONText.string(entry.kind.rawValue)),
          ("score", String(format: match.score)),
          ("match", JSONText.string(match.kind.rawValue)),
          ("matched", JSONText.object([("form", JSONText.string(match.form.text)), ("language", JSONText.string(match.form.language))])),
          ("preferred", JSONText.object(preferred)),
          ("forms", JSONText.object(forms)),
          ("domain", JSONText.optional(entry.domain)),
          ("note", JSONText.optional(entry.note)),
        ])
      })
  }
}

extension String {
  /// A score with at most three decimals: 1, 0.95, 0.667.
  init(format score: Double) {
    let rounded = (score * 1000).rounded() / 1000
    self = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
  }

  fileprivate func padding(_ width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
