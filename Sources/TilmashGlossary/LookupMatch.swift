/// An entry found by `GlossaryIndex.lookup`, with how well and by which form it matched.
public struct LookupMatch: Sendable {
  /// The entry's index in the index's glossary.
  public var entryIndex: Int
  public var entry: Entry
  /// In [0, 1]: 1 for the preferred form typed exactly; see `GlossaryIndex.score`.
  public var score: Double
  public var kind: MatchKind
  /// The recognized form that matched.
  public var form: RecognizedForm
  /// The edit distance of a fuzzy match, 0 otherwise.
  public var distance: Int
}
