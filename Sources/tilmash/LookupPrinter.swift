import TilmashGlossary
import TilmashText

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
    var json = JSONWriter()
    json.beginArray()
    for match in matches {
      let entry = match.entry
      let listed = languages(of: entry, shown: shown).map { ($0, forms(of: match, in: $0)) }.filter { !$0.1.isEmpty }
      json.beginObject()
      json.field("id", entry.id)
      json.field("kind", entry.kind.rawValue)
      json.key("score")
      json.number(match.score)
      json.field("match", match.kind.rawValue)
      json.key("matched")
      json.beginObject()
      json.field("form", match.form.text)
      json.field("language", match.form.language)
      json.endObject()
      json.key("preferred")
      json.beginObject()
      for (language, list) in listed {
        if let first = list.first(where: { $0.status == .preferred }) { json.field(language, first.text) }
      }
      json.endObject()
      json.key("forms")
      json.beginObject()
      for (language, list) in listed {
        json.key(language)
        json.beginArray()
        for form in list {
          json.beginObject()
          json.field("form", form.text)
          json.field("status", form.status.rawValue)
          json.endObject()
        }
        json.endArray()
      }
      json.endObject()
      json.field("domain", entry.domain)
      json.field("note", entry.note)
      json.endObject()
    }
    json.endArray()
    return json.text
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
