/// One change to a text: the bytes of `range` (UTF-8 offsets of the text the stage was given)
/// become `replacement`.
///
///     Edit(range: 10..<19, replacement: "Nazarbayev", rule: .name, entryID: "per-nursultan-nazarbayev")
public struct Edit: Sendable, Equatable {
  public var range: Range<Int>
  public var replacement: String
  public var rule: EditRule
  /// The glossary entry behind a name edit.
  public var entryID: String?

  public init(range: Range<Int>, replacement: String, rule: EditRule, entryID: String? = nil) {
    self.range = range
    self.replacement = replacement
    self.rule = rule
    self.entryID = entryID
  }
}
