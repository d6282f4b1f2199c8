/// Counts of a glossary: entries per kind, forms per language and status, derived forms, and
/// coverage (the share of entries with a form in each language).
public struct GlossaryStatistics: Sendable {
  public var entries: Int
  public var entriesPerKind: [EntryKind: Int]
  public var formsPerLanguage: [String: [FormStatus: Int]]
  public var derivedPerLanguage: [String: Int]
  public var entriesPerLanguage: [String: Int]

  public init(glossary: Glossary, expander: FormExpander = .standard) {
    entries = glossary.entries.count
    entriesPerKind = [:]
    formsPerLanguage = [:]
    derivedPerLanguage = [:]
    entriesPerLanguage = [:]
    for entry in glossary.entries {
      entriesPerKind[entry.kind, default: 0] += 1
      for (language, forms) in entry.writtenForms {
        entriesPerLanguage[language, default: 0] += 1
        for form in forms { formsPerLanguage[language, default: [:]][form.status, default: 0] += 1 }
      }
    }
    for form in expander.recognizedForms(of: glossary) where form.origin.isDerived {
      derivedPerLanguage[form.language, default: 0] += 1
    }
  }

  /// A plain-text table.
  public var report: String {
    var lines = ["entries: \(entries)"]
    for kind in EntryKind.allCases {
      lines.append("  \(kind.rawValue): \(entriesPerKind[kind] ?? 0)")
    }
    lines.append("")
    lines.append("language  entries  coverage  preferred  admitted  deprecated  derived")
    let languages = Set(formsPerLanguage.keys).union(derivedPerLanguage.keys).sorted {
      LanguageTag.order($0) < LanguageTag.order($1)
    }
    for language in languages {
      let counts = formsPerLanguage[language] ?? [:]
      let covered = entriesPerLanguage[language] ?? 0
      let coverage = entries == 0 ? 0 : Double(covered) * 100 / Double(entries)
      let percent = String(Int(coverage.rounded())) + "%"
      let cells = [
        language, String(covered), percent, String(counts[.preferred] ?? 0), String(counts[.admitted] ?? 0),
        String(counts[.deprecated] ?? 0), String(derivedPerLanguage[language] ?? 0),
      ]
      let widths = [8, 7, 8, 9, 8, 10, 7]
      lines.append(
        zip(cells, widths).map { cell, width in
          cell.count >= width ? cell : String(repeating: " ", count: width - cell.count) + cell
        }.joined(separator: "  "))
    }
    return lines.joined(separator: "\n")
  }
}
