import ArgumentParser
import Foundation
import TilmashGlossary

extension Tilmash.Glossary {
  struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Convert a glossary between CSV, TSV and TBX.",
      discussion: """
        Formats follow the file extensions (.csv, .tsv, .tbx) unless --from-format or --format \
        say otherwise. TBX is written as TBX-Basic v3; an entry's kind travels in a \
        concept-level note "tilmash-kind: KIND". The conversion keeps everything the model \
        holds: ids, kinds, domains, definitions, notes, sources and every form with its status, \
        so CSV -> TBX -> CSV gives the same entries. The output is written atomically; the input \
        is never modified.

        Examples:
          tilmash glossary convert Glossaries/names.csv names.tbx
          tilmash glossary convert export.tbx terms.tsv
          tilmash glossary convert terms.txt terms.out --from-format tsv --format csv
        """)

    @Argument(help: ArgumentHelp("The glossary to read.", valueName: "in"))
    var input: String

    @Argument(help: ArgumentHelp("The file to write.", valueName: "out"))
    var output: String

    @Option(name: .customLong("from-format"), help: "The input's format (csv, tsv, tbx), if not its extension's.")
    var inputFormat: GlossaryFormat?

    @Option(help: "The output's format (csv, tsv, tbx), if not its extension's.")
    var format: GlossaryFormat?

    func validate() throws {
      if format == nil, GlossaryFormat(path: output) == nil {
        throw ValidationError("Cannot tell the output format from '\(output)': use a .csv, .tsv or .tbx name, or --format.")
      }
      let same = URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath()
        == URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath()
      if same { throw ValidationError("The output would overwrite the input: choose another output file.") }
    }

    func run() throws {
      let result = GlossaryReader.read(path: input, format: inputFormat)
      for diagnostic in result.diagnostics {
        FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
      }
      if result.hasErrors { throw ExitCode.failure }
      guard let outputFormat = format ?? GlossaryFormat(path: output) else { throw ExitCode.validationFailure }
      do {
        try GlossaryWriter.write(result.glossary, to: output, format: outputFormat)
      } catch {
        FileHandle.standardError.write(Data((error.description + "\n").utf8))
        throw ExitCode.failure
      }
    }
  }
}
