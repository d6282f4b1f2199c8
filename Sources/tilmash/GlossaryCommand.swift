import ArgumentParser

extension Tilmash {
  struct Glossary: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "glossary",
      abstract: "Check, convert and describe glossary files (CSV, TSV, TBX).",
      discussion: """
        A glossary is a CSV or TSV file with a header row (id, type, optional domain, \
        definition, note, source, then one column per language tag such as en, tr, kk, \
        kk-Latn, ru), or a TBX file (TBX-Basic v3 or TBX 2008). See Guides/Glossary.md.

        Examples:
          tilmash glossary check Glossaries/*.csv
          tilmash glossary convert terms.csv terms.tbx
          tilmash glossary stats Glossaries/names.csv
        """,
      subcommands: [Check.self, Convert.self, Stats.self])
  }
}
