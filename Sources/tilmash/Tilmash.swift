import ArgumentParser

@main
struct Tilmash: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tilmash",
    abstract: "Names, glossary terms and transliteration for Turkish, Kazakh and English text.",
    version: "0.1.0",
    subcommands: [Annotate.self, Lookup.self, Glossary.self, Normalize.self, Translit.self]
  )
}
