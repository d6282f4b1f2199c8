import ArgumentParser
import Foundation
import TilmashGlossary

extension Tilmash {
  struct Lookup: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Find glossary entries by any form of a term or name.",
      discussion: """
        The query may be typed in any case (Turkish and Kazakh casing are respected), with or \
        without Turkish circumflexes or letters (disisleri bakanligi), inflected on its last word \
        (ortak bildirisinde, DIŞİŞLERİ BAKANLIĞI'NIN, сыртқы істер министрлігінің, joint \
        exercises), in Kazakh Cyrillic or Latin (Syrtqy ıster ministrlıgı), as a near spelling of \
        a name (Nazarbaev, Назарбаев, Nazarbayev), with a mixed-script word, and with --fuzzy \
        with a typo. Results are ranked best first, with a score between 0 and 1.

        Examples:
          tilmash lookup "ortak bildirisinde"
          tilmash lookup Nazarbaev --to en --to kk
          tilmash lookup "memorandum of understading" --fuzzy --format json
          tilmash lookup "state visit" --glossary my-terms.csv

        Exit status: 0 when something was found, 1 when nothing was.
        """)

    @Argument(help: "The term or name to look up.")
    var query: String

    @Option(help: ArgumentHelp("Only match forms of this language (en, tr, kk, kk-Latn, ru...).", valueName: "lang"))
    var from: String?

    @Option(help: ArgumentHelp("Show only these languages (repeatable); all by default.", valueName: "lang"))
    var to: [String] = []

    @Flag(help: "Also find forms within a small edit distance (typos).")
    var fuzzy = false

    @Option(help: "At most this many entries.")
    var limit = 10

    @Option(help: "Output format: text or json.")
    var format: LookupFormat = .text

    @OptionGroup var glossaries: GlossaryOptions

    @OptionGroup var cache: IndexCacheOptions

    func validate() throws {
      if limit < 1 { throw ValidationError("--limit must be at least 1.") }
      if let from, !LanguageTag.isValid(from) { throw ValidationError("--from '\(from)' is not a language tag such as en, tr or kk.") }
      for tag in to where !LanguageTag.isValid(tag) {
        throw ValidationError("--to '\(tag)' is not a language tag such as en, tr or kk.")
      }
    }

    func run() throws {
      let index = try cache.glossaryIndex(of: glossaries)
      let options = LookupOptions(languages: from.map { [$0] } ?? [], fuzzy: fuzzy, limit: limit)
      let matches = index.lookup(query, options: options)
      let shown = to.map(LanguageTag.canonical)
      let output: String =
        switch format {
        case .text: LookupPrinter.text(matches, languages: shown)
        case .json: LookupPrinter.json(matches, languages: shown) + "\n"
        }
      FileHandle.standardOutput.write(Data(output.utf8))
      if matches.isEmpty {
        if format == .text {
          FileHandle.standardError.write(Data("tilmash: nothing found for '\(query)'\(fuzzy ? "" : " (try --fuzzy)")\n".utf8))
        }
        throw ExitCode.failure
      }
    }
  }
}
