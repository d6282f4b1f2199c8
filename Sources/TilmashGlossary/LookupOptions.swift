/// What `GlossaryIndex.lookup` searches and how much it returns.
public struct LookupOptions: Sendable {
  /// Only forms of these languages (by primary subtag: `kk` covers `kk` and `kk-Latn`); empty
  /// for all.
  public var languages: [String]
  /// Also find forms within a small edit distance (Damerau-Levenshtein: 1 for keys of up to 7
  /// letters, 2 for longer ones).
  public var fuzzy: Bool
  /// At most this many entries.
  public var limit: Int

  public init(languages: [String] = [], fuzzy: Bool = false, limit: Int = 10) {
    self.languages = languages
    self.fuzzy = fuzzy
    self.limit = limit
  }
}
