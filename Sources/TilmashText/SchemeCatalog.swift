/// The named schemes, in the order `TransliterationScheme.builtIn` lists them.
enum SchemeCatalog {
  static let definitions: [SchemeDefinition] = [
    SchemeDefinition(
      name: "kk-latn-2021", summary: "Kazakh Cyrillic to the 31-letter Latin alphabet of 2021",
      exampleInput: "Қазақстан Республикасы, Шымкент", hasOptions: true),
    SchemeDefinition(
      name: "kk-cyrl-2021", summary: "the 2021 Kazakh Latin alphabet back to Cyrillic",
      exampleInput: "Qazaqstan Respublikasy, Abai", hasOptions: false),
    SchemeDefinition(
      name: "kk-bgn", summary: "BGN/PCGN 1979 romanization of Kazakh, for place names",
      exampleInput: "Қарағанды, Атырау, Жезқазған", hasOptions: false),
    SchemeDefinition(
      name: "kk-en-press", summary: "English-press spelling of Kazakh names, via their Russian form",
      exampleInput: "Қасым-Жомарт Тоқаев", hasOptions: false),
    SchemeDefinition(
      name: "kk-tr-press", summary: "Turkish press transcription of Kazakh names",
      exampleInput: "Нұрсұлтан Назарбаев", hasOptions: false),
    SchemeDefinition(
      name: "tr-ascii", summary: "Turkish to ASCII, for search keys and file names",
      exampleInput: "İSTANBUL, Dışişleri Bakanlığı", hasOptions: false),
  ]

  static func definition(named name: String) -> SchemeDefinition? {
    definitions.first { $0.name == name }
  }
}
