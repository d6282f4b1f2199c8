/// The glossaries shipped in the repository's `Glossaries/` folder and embedded in the binary,
/// so that they load wherever Tilmash runs.
public enum DefaultGlossaries {
  /// The embedded files' names, sorted: `Glossaries/defense.csv`, ...
  public static var names: [String] {
    EmbeddedData.files.keys.filter { $0.hasPrefix("Glossaries/") && GlossaryFormat(path: $0) != nil }.sorted()
  }

  /// The shipped glossaries, each read once per process.
  public static let results: [GlossaryReadResult] = names.map { name in
    guard let text = EmbeddedData.files[name], let format = GlossaryFormat(path: name) else {
      return GlossaryReadResult()
    }
    return GlossaryReader.read(text: text, file: name, format: format)
  }

  /// All shipped entries, in file order.
  public static var glossary: Glossary {
    Glossary(entries: results.flatMap(\.glossary.entries))
  }
}
