import ArgumentParser
import Foundation
import TilmashText

extension Tilmash {
  /// `tilmash translit`: streams files or standard input through a transliteration scheme.
  struct Translit: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "translit",
      abstract: "Transliterate text: Kazakh Cyrillic and Latin, BGN/PCGN, press spellings, Turkish ASCII.",
      discussion: """
        Reads each FILE (or standard input when there is none, or for `-`) and writes the \
        transliteration to standard output, line by line, so input of any size streams through. \
        Line endings stay as they were (LF, CRLF, no final newline); a byte-order mark and NUL \
        bytes pass through.

        Schemes (details with --list, tables and sources in Guides/Transliteration.md):
          kk-latn-2021   Kazakh Cyrillic -> 2021 Latin (Қазақстан -> Qazaqstan)
          kk-cyrl-2021   2021 Latin -> Kazakh Cyrillic (Abai -> Абай)
          kk-bgn         BGN/PCGN 1979 (Қарағанды -> Qaraghandy, Атырау -> Atyraū)
          kk-en-press    English press, via Russian (Тоқаев -> Tokayev)
          kk-tr-press    Turkish press (Нұрсұлтан Назарбаев -> Nursultan Nazarbayev)
          tr-ascii       Turkish -> ASCII (Bakanlığı -> Bakanligi)
        or any ICU transform with --icu, e.g. --icu "Any-Latin; Latin-ASCII".

        Text that is not in the scheme's source script passes through unchanged, and case is \
        kept: ҚАЗАҚСТАН -> QAZAQSTAN, Шымкент -> Şymkent (kk-bgn: Shymkent, ШЫМКЕНТ -> SHYMKENT).

        Invalid UTF-8 in a file is reported as `FILE: error: invalid UTF-8 at byte offset N` \
        and nothing of that file is written; the other files are still processed and the exit \
        status is 1. With --lossy, bad bytes become U+FFFD with a warning instead.
        """
    )

    @Option(name: .shortAndLong, help: ArgumentHelp("The scheme to apply (see --list).", valueName: "name"))
    var scheme: String?

    @Option(name: .long, help: ArgumentHelp("An ICU transform ID to apply instead of a scheme.", valueName: "id"))
    var icu: String?

    @Flag(name: .long, help: "List the schemes with a description and an example, and exit.")
    var list = false

    @Option(
      name: .long,
      help: ArgumentHelp(
        "kk-latn-2021: how to write letters of Russian loanwords (\(LoanwordProfile.allCases.map(\.rawValue).joined(separator: ", "))).",
        valueName: "profile"))
    var loanwords: String = LoanwordProfile.standard.rawValue

    @Flag(name: .long, help: "kk-latn-2021: write Ң as Ŋ ŋ instead of Ñ ñ.")
    var eng = false

    @Flag(name: .long, help: "Replace invalid UTF-8 with U+FFFD (with a warning) instead of refusing the file.")
    var lossy = false

    @Argument(help: ArgumentHelp("Files to read; standard input when none, or for -.", valueName: "file"))
    var files: [String] = []

    func validate() throws {
      if list { return }
      switch (scheme, icu) {
      case (nil, nil): throw ValidationError("Give a scheme with --scheme NAME (see --list), or an ICU transform with --icu ID.")
      case (.some, .some): throw ValidationError("Give either --scheme or --icu, not both.")
      default: break
      }
      guard LoanwordProfile(rawValue: loanwords) != nil else {
        throw ValidationError(
          "Unknown loanword profile '\(loanwords)'; known profiles: \(LoanwordProfile.allCases.map(\.rawValue).joined(separator: ", ")).")
      }
      if let scheme, !TransliterationScheme.builtInNames.contains(scheme) {
        throw ValidationError(
          TransliterationError.unknownScheme(name: scheme, known: TransliterationScheme.builtInNames).description)
      }
      let usesOptions = eng || loanwords != LoanwordProfile.standard.rawValue
      if usesOptions, scheme != "kk-latn-2021" {
        throw ValidationError("--loanwords and --eng apply to the kk-latn-2021 scheme only.")
      }
    }

    func run() throws {
      if list {
        printList()
        return
      }
      let options = TransliterationOptions(loanwords: LoanwordProfile(rawValue: loanwords) ?? .standard, eng: eng)
      let transliteration: TransliterationScheme
      if let icu {
        transliteration = try TransliterationScheme.icu(id: icu)
      } else {
        transliteration = try TransliterationScheme.named(scheme ?? "", options: options)
      }
      var output = OutputBuffer()
      var failed = false
      for path in files.isEmpty ? ["-"] : files {
        do {
          var input = try TextInput(path: path)
          let name = input.name
          try transliteration.transliterate(
            &input, lossy: lossy,
            warn: { error in
              output.flush()
              standardError("\(name): warning: \(error), replaced with U+FFFD")
            },
            write: { output.write($0) })
        } catch {
          output.flush()
          standardError(error.description)
          failed = true
        }
      }
      output.flush()
      if failed { throw ExitCode.failure }
    }

    private func printList() {
      for scheme in TransliterationScheme.builtIn {
        print("\(scheme.name.padding(toLength: 14, withPad: " ", startingAt: 0)) \(scheme.summary)")
        print("\(String(repeating: " ", count: 15))\(scheme.example.input) → \(scheme.example.output)")
      }
      print("--icu ID       any ICU transform, e.g. \"Any-Latin; Latin-ASCII\"")
      print("")
      print("Loanword profiles of kk-latn-2021 (--loanwords):")
      for profile in LoanwordProfile.allCases {
        print("  \(profile.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)) \(profile.summary)")
      }
    }
  }
}

/// Collects output bytes and writes them to standard output in 64 KiB blocks.
private struct OutputBuffer {
  private var bytes: [UInt8] = []

  mutating func write(_ line: [UInt8]) {
    bytes.append(contentsOf: line)
    if bytes.count >= 65_536 { flush() }
  }

  mutating func flush() {
    guard !bytes.isEmpty else { return }
    FileHandle.standardOutput.write(Data(bytes))
    bytes.removeAll(keepingCapacity: true)
  }
}

private func standardError(_ message: String) {
  FileHandle.standardError.write(Data((message + "\n").utf8))
}
