import ArgumentParser
import Foundation
import TilmashGlossary

extension Tilmash.Glossary {
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Report errors and warnings in glossary files.",
      discussion: """
        Errors: unreadable or malformed files (CSV quoting, XML), unknown columns, bad language \
        tags, entries without an id or with an id used twice, entries without any form. \
        Warnings: a form shared by two entries in one language (ambiguous), a language whose \
        forms are all deprecated, unknown types, empty forms, short rows.

        Each problem is printed as FILE:LINE:COLUMN: error|warning: MESSAGE, one per line; \
        every file is checked even when an earlier one fails.

        Examples:
          tilmash glossary check Glossaries/*.csv
          tilmash glossary check --format tsv terms.txt

        Exit status: 1 if any file has an error, 0 otherwise.
        """)

    @Argument(help: ArgumentHelp("The glossary files to check.", valueName: "file"))
    var files: [String]

    @Option(help: "Read every file in this format (csv, tsv, tbx) instead of by extension.")
    var format: GlossaryFormat?

    @Flag(help: "Do not print warnings.")
    var quiet = false

    func validate() throws {
      if files.isEmpty { throw ValidationError("Name at least one glossary file to check.") }
    }

    func run() throws {
      var errors = 0
      var warnings = 0
      var all = TilmashGlossary.Glossary()
      var reported = Set<GlossaryDiagnostic>()
      func report(_ diagnostics: [GlossaryDiagnostic]) {
        for diagnostic in diagnostics where !(quiet && !diagnostic.isError) {
          print(diagnostic.description)
        }
        errors += diagnostics.filter(\.isError).count
        warnings += diagnostics.count - diagnostics.filter(\.isError).count
      }
      for file in files {
        let result = GlossaryReader.read(path: file, format: format)
        var diagnostics = result.diagnostics
        if !result.glossary.entries.isEmpty || !result.hasErrors {
          diagnostics += GlossaryValidator.check(result.glossary, file: file)
        }
        diagnostics.sort { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }
        report(diagnostics)
        reported.formUnion(diagnostics)
        all.append(contentsOf: result.glossary)
      }
      // Files checked together are loaded together: a form shared by entries of two files is
      // as ambiguous as one shared within a file.
      if files.count > 1 {
        report(GlossaryValidator.check(all).filter { $0.code == .ambiguousForm && !reported.contains($0) })
      }
      let summary = "\(files.count) file\(files.count == 1 ? "" : "s") checked: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\n"
      FileHandle.standardError.write(Data(summary.utf8))
      if errors > 0 { throw ExitCode.failure }
    }
  }
}

extension GlossaryFormat: ExpressibleByArgument {}
