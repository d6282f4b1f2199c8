/// Writes TBX-Basic (TBX v3, DCA style, namespace `urn:iso:std:iso:30042:ed-2`).
///
/// Mapping, read back by `TBXGlossaryReader` to the same entries:
/// - `id` -> `<conceptEntry id>`; `domain` -> `<descrip type="subjectField">`; `source` ->
///   `<admin type="source">`; `note` -> `<note>`, all at concept level;
/// - `definition` -> `<descrip type="definition">` in the first language section;
/// - the kind, when it is not `term`, -> a concept-level `<note>tilmash-kind: person</note>`, and
///   each term of a name carries `<termNote type="partOfSpeech">properNoun</termNote>`;
/// - each form -> `<termSec>` with `<term>` and `<termNote type="administrativeStatus">`
///   (`preferredTerm-admn-sts`, `admittedTerm-admn-sts`, `deprecatedTerm-admn-sts`).
/// Derived forms are not written.
struct TBXGlossaryWriter {
  func bytes(_ glossary: Glossary) -> [UInt8] {
    var out = """
      <?xml version="1.0" encoding="UTF-8"?>
      <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
        <tbxHeader>
          <fileDesc>
            <sourceDesc>
              <p>Written by Tilmash. Entry kinds are carried in concept-level notes "tilmash-kind: KIND".</p>
            </sourceDesc>
          </fileDesc>
        </tbxHeader>
        <text>
          <body>

      """
    for entry in glossary.entries {
      out += "      <conceptEntry id=\"\(Self.escape(entry.id, attribute: true))\">\n"
      if let domain = entry.domain { out += "        <descrip type=\"subjectField\">\(Self.escape(domain))</descrip>\n" }
      if let source = entry.source { out += "        <admin type=\"source\">\(Self.escape(source))</admin>\n" }
      if entry.kind != .term { out += "        <note>\(TBXStatus.kindNotePrefix) \(entry.kind.rawValue)</note>\n" }
      if let note = entry.note { out += "        <note>\(Self.escape(note))</note>\n" }
      let written = entry.writtenForms
      let languages = written.keys.sorted { LanguageTag.order($0) < LanguageTag.order($1) }
      var definition = entry.definition
      for language in languages {
        out += "        <langSec xml:lang=\"\(Self.escape(language, attribute: true))\">\n"
        if let text = definition {
          out += "          <descrip type=\"definition\">\(Self.escape(text))</descrip>\n"
          definition = nil
        }
        for form in written[language] ?? [] {
          out += "          <termSec>\n            <term>\(Self.escape(form.text))</term>\n"
          if entry.kind.isName { out += "            <termNote type=\"partOfSpeech\">properNoun</termNote>\n" }
          out += "            <termNote type=\"administrativeStatus\">\(TBXStatus.value(form.status))</termNote>\n"
          out += "          </termSec>\n"
        }
        out += "        </langSec>\n"
      }
      out += "      </conceptEntry>\n"
    }
    out += "    </body>\n  </text>\n</tbx>\n"
    return Array(out.utf8)
  }

  static func escape(_ text: String, attribute: Bool = false) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"" where attribute: result += "&quot;"
      case "\n" where attribute: result += "&#10;"
      case "\r": result += "&#13;"
      case "\t" where attribute: result += "&#9;"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
