import ArgumentParser
import Foundation
import Synchronization
import TilmashAnnotate
import TilmashGlossary

extension Tilmash {
  /// `tilmash annotate`: finds glossary terms and known names in documents.
  struct Annotate: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "annotate",
      abstract: "Find every glossary term and known name in documents, inflected forms included.",
      discussion: """
        Reads files, directories (recursively: *.txt and *.md unless --include says \
        otherwise) or standard input (no PATH, or -) and writes what it finds, one result \
        per document in input order, whatever --jobs is.

        Formats:
          jsonl   one JSON line per document (the default)
          tsv     one row per annotation, for spreadsheets
          inline  the text with **matches** and their _(equivalents)_
          html    a self-contained review page (--out DIR for several, with index.html)

        A JSONL line is {"document", "language", "annotations": [...]}, each annotation \
        {"start", "end", "byteStart", "byteEnd", "text", "kind", "id", "form", \
        "formLanguage", "preferred", "deprecated", "partial"}: start and end count Unicode \
        scalars, byteStart and byteEnd UTF-8 bytes, of the input exactly as given (a BOM \
        counts). A document that fails is {"document", "error"}.

        Terms match in any case; names (persons, places, organizations) only where the text \
        capitalizes them. The last word may carry the suffixes of the document's language \
        (bildirisinde, министрлігінің, exercises); an apostrophe ends a match (Astana'nın, \
        Astana's). The rules: Guides/Annotation.md and Guides/Inflection.md.

        With --input jsonl each input line is a {"id", "text"} document: Tilmash then works as \
        a streaming worker under GNU parallel, Hadoop Streaming or Spark's pipe(). A document \
        that fails (invalid UTF-8, unreadable, over --max-size) is reported as \
        `PATH: error: ...` and in the output; the others finish and the exit status is 1.

        Examples:
          tilmash annotate seeds
          tilmash annotate --format html --out review seeds
          tilmash annotate --input jsonl < articles.jsonl > annotations.jsonl
        """
    )

    @Argument(help: ArgumentHelp("Files and directories to annotate; standard input when none, or for -.", valueName: "path"))
    var paths: [String] = []

    @Option(name: .long, help: ArgumentHelp("The documents' language: auto, en, tr or kk (Kazakh in either script).", valueName: "lang"))
    var lang: String = "auto"

    @Option(name: .long, help: ArgumentHelp("Output format: jsonl, tsv, inline or html.", valueName: "format"))
    var format: AnnotationFormatOption = .jsonl

    @Option(name: .customLong("to"), help: ArgumentHelp("Languages whose equivalents inline and html output show (repeatable; default: the other two of en, tr, kk).", valueName: "lang"))
    var targets: [String] = []

    @Option(name: .long, help: ArgumentHelp("Input kind: text (files or standard input) or jsonl ({\"id\", \"text\"} per line).", valueName: "kind"))
    var input: InputKind = .text

    @Option(name: .long, help: ArgumentHelp("Write one output per document under DIR, mirroring the inputs, atomically.", valueName: "dir"))
    var out: String?

    @Option(name: .long, help: ArgumentHelp("File name patterns to take from directories (repeatable; default *.txt and *.md).", valueName: "glob"))
    var include: [String] = []

    @Option(name: .long, help: ArgumentHelp("Documents annotated at once (default: all cores). The output is the same for any number.", valueName: "n"))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .customLong("max-size"), help: ArgumentHelp("Refuse documents over this many bytes (suffixes K, M, G).", valueName: "size"))
    var maxSize: ByteCount = ByteCount(bytes: 256 << 20)

    @Flag(name: .customLong("no-progress"), help: "Do not draw the progress bar (drawn only when standard error is a terminal).")
    var noProgress = false

    @OptionGroup var glossaries: GlossaryOptions

    @OptionGroup var cache: IndexCacheOptions

    func validate() throws {
      if lang != "auto", DocumentLanguage(rawValue: lang) == nil {
        throw ValidationError("--lang must be auto, en, tr or kk (got '\(lang)')")
      }
      if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
      if format == .html, out == nil, paths.count > 1 || input == .jsonl {
        throw ValidationError("--format html writes one page per document: give --out DIR for several documents")
      }
    }

    func run() throws {
      let started = Date()
      // The documents are listed while the glossary loads: walking a directory of thousands of
      // articles takes a tenth of a second.
      let listed = Mutex<[DocumentSource]>([])
      let listing = DispatchWorkItem { [paths, include, out, input] in
        guard input == .text else { return }
        let collector = DocumentCollector(includes: include.isEmpty ? DocumentCollector.defaultIncludes : include, excluded: out)
        let sources = paths.isEmpty ? [DocumentSource.standardInput] : collector.collect(paths)
        listed.withLock { $0 = sources }
      }
      DispatchQueue.global().async(execute: listing)
      let (glossary, matcher) = try cache.matcher(of: glossaries)
      let formatter = format.value.formatter(glossary: glossary, targets: targets.isEmpty ? nil : targets)
      let annotator = BatchAnnotator(
        matcher: matcher, language: DocumentLanguage(rawValue: lang), jobs: jobs, maxSize: maxSize.bytes,
        formatter: formatter)
      let output = BatchOutput(formatter: formatter, directory: out)
      var summary = BatchSummary()
      var progress = ProgressBar(enabled: !noProgress)

      let emit: (AnnotatedDocument) -> Void = { document in
        if case .failure(let error) = document.result {
          progress.clear()
          Diagnostics.error("\(document.name): error: \(error.description)")
        }
        do {
          try output.write(document)
        } catch {
          progress.clear()
          Diagnostics.error("\(output.path(of: document) ?? "-"): error: \(error)")
          summary.noteWriteFailure()
        }
        summary.add(document, glossary: glossary)
        progress.update(documents: summary.documents, bytes: summary.bytes)
      }

      switch input {
      case .jsonl:
        let readers =
          paths.isEmpty || paths == ["-"]
          ? [JSONLinesReader(handle: .standardInput, name: "-")]
          : try paths.map { path in
            guard let handle = FileHandle(forReadingAtPath: path) else {
              throw ValidationError("\(path): cannot open for reading")
            }
            return JSONLinesReader(handle: handle, name: path)
          }
        annotator.run(readers.joined(), emit: emit)
      case .text:
        listing.wait()
        let sources = listed.withLock { $0 }
        if format == .html, out == nil, sources.count > 1 {
          throw ValidationError("--format html writes one page per document: give --out DIR for several documents")
        }
        progress.total = sources.count
        annotator.run(sources, emit: emit)
      }
      try output.finish()
      progress.clear()
      Diagnostics.note("tilmash annotate: " + summary.line(seconds: Date().timeIntervalSince(started)))
      if summary.failures > 0 || summary.writeFailures > 0 { throw ExitCode.failure }
    }
  }
}

extension Tilmash.Annotate {
  enum InputKind: String, ExpressibleByArgument, CaseIterable {
    case text, jsonl
  }

  enum AnnotationFormatOption: String, ExpressibleByArgument, CaseIterable {
    case jsonl, tsv, inline, html
    var value: AnnotationFormat { AnnotationFormat(rawValue: rawValue) ?? .jsonl }
  }
}
