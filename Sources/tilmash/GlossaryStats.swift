import ArgumentParser
import Foundation
import TilmashGlossary

extension Tilmash.Glossary {
  struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Count entries per kind, forms per language and coverage.",
      discussion: """
        For the files named together: entries per kind (term, person, place, organization); per \
        language, the forms written (preferred, admitted, deprecated), the forms Tilmash derives \
        (Kazakh Latin and the spellings of names under the Kazakh schemes), and the share of \
        entries that have the language.

        Examples:
          tilmash glossary stats Glossaries/*.csv
          tilmash glossary stats terms.tbx
        """)

    @Argument(help: ArgumentHelp("The glossary files to describe.", valueName: "file"))
    var files: [String]

    @Option(help: "Read every file in this format (csv, tsv, tbx) instead of by extension.")
    var format: GlossaryFormat?

    func validate() throws {
      if files.isEmpty { throw ValidationError("Name at least one glossary file.") }
    }

    func run() throws {
      var entries: [Entry] = []
      var failed = false
      for file in files {
        let result = GlossaryReader.read(path: file, format: format)
        for diagnostic in result.errors { FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8)) }
        failed = failed || result.hasErrors
        entries += result.glossary.entries
      }
      print(GlossaryStatistics(glossary: TilmashGlossary.Glossary(entries: entries)).report)
      if failed { throw ExitCode.failure }
    }
  }
}
