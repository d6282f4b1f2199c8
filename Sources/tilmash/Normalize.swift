import ArgumentParser
import Foundation
import TilmashAnnotate
import TilmashGlossary
import TilmashNormalize
import TilmashText

extension Tilmash {
  /// `tilmash normalize`: names in the house form, Unicode hygiene, nothing else changed.
  struct Normalize: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "normalize",
      abstract: "Rewrite known names to the house form of a language, tidy Unicode, change nothing else.",
      discussion: """
        Reads files, directories (recursively: *.txt and *.md unless --include says otherwise) \
        or standard input, written in the language of --to, and rewrites three things.

        Names: every person, place and organization the glossaries know, in any script, \
        romanization or near spelling, becomes the entry's preferred form in that language. \
        The text's capitals and the name's suffixes are kept (NAZARBAEV'E -> NAZARBAYEV'E, \
        Назарбаев -> Nazarbayev with --to tr); a surname alone stays a surname.

        Unicode: NFC (--form), words mixing Latin and Cyrillic look-alikes made one script, \
        apostrophes before Turkish suffixes made one kind (--apostrophe).

        Unknown names: capitalized words in the other script that no glossary knows are \
        transliterated with --transliterate-unknown SCHEME, else only listed in --report.

        Every other byte is kept: line endings, spacing, a byte-order mark, a missing final \
        newline. Normalizing the output again changes nothing. A different name of the same \
        place (Nur-Sultan for Astana) is never replaced. Rules: Guides/Normalization.md.

        One input is written to standard output; several need --out DIR (a mirrored tree, \
        written atomically) or --in-place (files rewritten atomically, mode kept, only when \
        they change). --check changes nothing, prints each change as \
        `path:line:col: warning: 'before' -> 'after' (id)` and exits 1 if there is any. \
        A file that is not UTF-8 is an error with the byte offset and nothing is written for \
        it; the others go on and the exit status is 1.

        Examples:
          echo "Nursultan Nazarbaev'in ziyareti" | tilmash normalize --to tr
          tilmash normalize --to kk --check news/
          tilmash normalize --to en --out clean/ --report changes.jsonl drafts/
          tilmash normalize --to tr --in-place --apostrophe ascii haber.txt
        """
    )

    @Argument(help: ArgumentHelp("Files and directories to normalize; standard input when none, or for -.", valueName: "path"))
    var paths: [String] = []

    @Option(name: .customLong("to"), help: ArgumentHelp("The text's language, whose house forms names take: en, tr, kk or kk-Latn.", valueName: "lang"))
    var target: String

    @Option(name: .long, help: ArgumentHelp("Write each output under DIR, mirroring the inputs, atomically.", valueName: "dir"))
    var out: String?

    @Flag(name: .customLong("in-place"), help: "Rewrite the input files that change, atomically, keeping their mode.")
    var inPlace = false

    @Flag(name: .long, help: "Change nothing; print every change that would be made and exit 1 if there is any.")
    var check = false

    @Option(name: .long, help: ArgumentHelp("Write a JSON line per change to FILE (- for standard output, with --out or --in-place): path, start, end (Unicode scalars of the input), before, after, id, rule.", valueName: "file"))
    var report: String?

    @Option(name: .long, help: ArgumentHelp("Unicode form of the changed stretches: nfc, nfkc or none.", valueName: "form"))
    var form: FormOption = .nfc

    @Option(name: .long, help: ArgumentHelp("Apostrophes before Turkish suffixes: keep, ascii (') or typographic (’).", valueName: "style"))
    var apostrophe: ApostropheOption = .keep

    @Option(name: .customLong("transliterate-unknown"), help: ArgumentHelp("Transliterate unknown capitalized words in the other script with SCHEME (see tilmash translit --list).", valueName: "scheme"))
    var unknownScheme: String?

    @Option(name: .long, help: ArgumentHelp("File name patterns to take from directories (repeatable; default *.txt and *.md).", valueName: "glob"))
    var include: [String] = []

    @OptionGroup var glossaries: GlossaryOptions

    @OptionGroup var cache: IndexCacheOptions

    func validate() throws {
      guard TargetLanguage(tag: target) != nil else {
        throw ValidationError("--to must be en, tr, kk or kk-Latn (got '\(target)')")
      }
      if inPlace, out != nil { throw ValidationError("--in-place and --out exclude each other: choose one") }
      if check, inPlace || out != nil { throw ValidationError("--check changes nothing: drop --in-place and --out") }
      if inPlace, paths.isEmpty || paths.contains("-") {
        throw ValidationError("--in-place rewrites files: give their paths (standard input cannot be rewritten)")
      }
      if report == "-", check || (!inPlace && out == nil) {
        throw ValidationError(
          "--report - writes the report to standard output, which already carries \(check ? "the --check listing" : "the normalized text"): give --out DIR or --in-place, or a file for --report")
      }
    }

    func run() throws {
      guard let language = TargetLanguage(tag: target) else { throw ExitCode.validationFailure }
      var scheme: TransliterationScheme?
      if let unknownScheme {
        do {
          scheme = try TransliterationScheme.named(unknownScheme)
        } catch {
          scheme = try? TransliterationScheme.icu(id: unknownScheme)
          if scheme == nil { throw ValidationError("--transliterate-unknown: \(error)") }
        }
      }
      let normalizer = Normalizer(
        matcher: try cache.matcher(of: glossaries).matcher,
        options: NormalizerOptions(
          target: language, form: form.value, apostrophe: apostrophe.value, unknownScheme: scheme))
      let collector = DocumentCollector(includes: include.isEmpty ? DocumentCollector.defaultIncludes : include, excluded: out)
      let sources = paths.isEmpty ? [DocumentSource.standardInput] : collector.collect(paths)
      let toStandardOutput = !check && !inPlace && out == nil
      if toStandardOutput, sources.count > 1 {
        throw ValidationError("\(sources.count) inputs: give --out DIR or --in-place (one input goes to standard output)")
      }
      let destination: NormalizeDestination = inPlace ? .inPlace : out.map { .directory($0) } ?? .none
      let batch = BatchNormalizer(normalizer: normalizer, destination: destination)
      var reportLines: [String] = []
      var failed = false
      var changed = false
      for source in sources {
        let outcome: DocumentOutcome
        switch source {
        case .file(let path, let relative): outcome = batch.process(path: path, relativePath: relative)
        default: outcome = batch.process(path: nil, relativePath: "stdin.txt")
        }
        switch outcome.result {
        case .failure(let failure):
          Diagnostics.error("\(outcome.name): error: \(failure)")
          failed = true
        case .success(let result):
          if result.hasChanges { changed = true }
          if check {
            var lines = result.changes.map { $0.warning(path: outcome.name) }
            lines += result.notes.map { $0.note(path: outcome.name) }
            if !lines.isEmpty { FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8)) }
          } else if toStandardOutput {
            FileHandle.standardOutput.write(Data(result.output))
          }
          let all = (result.changes + result.notes).sorted { $0.byteRange.lowerBound < $1.byteRange.lowerBound }
          reportLines += all.map { $0.jsonLine(path: outcome.name) }
        }
      }
      if report == "-" {
        FileHandle.standardOutput.write(Data(reportLines.map { $0 + "\n" }.joined().utf8))
      } else if let report {
        do {
          try AtomicFile.write(Array(reportLines.map { $0 + "\n" }.joined().utf8), to: report)
        } catch {
          Diagnostics.error("\(report): error: \(error)")
          failed = true
        }
      }
      if failed || (check && changed) { throw ExitCode.failure }
    }
  }
}

extension Tilmash.Normalize {
  enum FormOption: String, ExpressibleByArgument, CaseIterable {
    case nfc, nfkc, none
    var value: NormalizationForm? {
      switch self {
      case .nfc: .nfc
      case .nfkc: .nfkc
      case .none: nil
      }
    }
  }

  enum ApostropheOption: String, ExpressibleByArgument, CaseIterable {
    case keep, ascii, typographic
    var value: ApostropheStyle { ApostropheStyle(rawValue: rawValue) ?? .keep }
  }
}
