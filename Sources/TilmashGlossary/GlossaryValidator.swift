import TilmashText

/// Checks a glossary's entries against the model's rules.
///
/// Errors: an entry without an id, an id used twice, an entry without any form, a language tag
/// that is not BCP 47. Warnings: one form (compared by its matching key) in two entries of one
/// language, which makes the form ambiguous; a language whose forms are all deprecated.
public enum GlossaryValidator {
  public static func check(_ glossary: Glossary, file: String = "") -> [GlossaryDiagnostic] {
    var diagnostics: [GlossaryDiagnostic] = []
    var firstByID: [String: Int] = [:]
    var owners: [String: [String: Int]] = [:]  // language -> key -> entry index
    var folders: [String: Folder] = [:]
    for (index, entry) in glossary.entries.enumerated() {
      let at = entry.location ?? SourceLocation(file: file, line: 1)
      if entry.id.isEmpty {
        diagnostics.append(.error(.missingID, at: at, "entry without an id"))
      } else if let first = firstByID[entry.id] {
        let where_ = glossary.entries[first].location.map { " (first at \($0.file == at.file ? "line \($0.line)" : $0.description))" } ?? ""
        diagnostics.append(.error(.duplicateID, at: at, "duplicate id '\(entry.id)'\(where_)"))
      } else {
        firstByID[entry.id] = index
      }
      let written = entry.writtenForms
      if written.isEmpty {
        diagnostics.append(.error(.noForms, at: at, "entry '\(entry.id)' has no form in any language"))
      }
      for language in written.keys.sorted() {
        guard let forms = written[language] else { continue }
        if !LanguageTag.isValid(language) {
          diagnostics.append(.error(.badLanguageTag, at: at, "bad language tag '\(language)' in entry '\(entry.id)'"))
          continue
        }
        if forms.allSatisfy({ $0.status == .deprecated }) {
          diagnostics.append(
            .warning(.onlyDeprecated, at: at, "entry '\(entry.id)' has only deprecated forms in '\(language)': nothing to suggest"))
        }
        let folder = folders[language] ?? Folder(language: CaseLanguage(tag: language))
        folders[language] = folder
        for form in forms {
          let key = folder.key(form.text)
          if let other = owners[language]?[key], other != index {
            let otherEntry = glossary.entries[other]
            diagnostics.append(
              .warning(
                .ambiguousForm, at: at,
                "'\(form.text)' (\(language)) is also a form of '\(otherEntry.id)'\(otherEntry.location.map { " at \($0)" } ?? ""): ambiguous"))
          } else {
            owners[language, default: [:]][key] = index
          }
        }
      }
    }
    return diagnostics
  }
}
