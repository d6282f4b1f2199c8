extension GlossaryLoader {
  /// The glossaries a load reads, read and keyed before they are parsed
  /// (`GlossaryLoader.sources(paths:includeDefaults:format:cache:)`).
  public struct Sources: Sendable {
    public let includeDefaults: Bool
    public let files: [KeyedGlossaryFile]

    /// The keys an index of the loaded glossary is found by (`IndexCache.key(kind:version:sources:)`):
    /// whether the shipped glossaries are included (they are covered by the program's identity),
    /// then each file's.
    public var keys: [UInt64] { [includeDefaults ? 1 : 0] + files.map(\.key) }
  }
}
