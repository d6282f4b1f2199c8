import TilmashText

/// One change made (or, for a note, one span reported) by normalization, located in the input.
public struct Change: Sendable, Equatable {
  /// UTF-8 offsets in the input exactly as given (a byte-order mark counts).
  public var byteRange: Range<Int>
  /// Unicode scalar offsets in the input.
  public var scalarRange: Range<Int>
  /// 1-based line, and 1-based column in characters (grapheme clusters) from the line's start.
  public var line: Int
  public var column: Int
  public var before: String
  public var after: String
  public var rule: EditRule
  public var entryID: String?

  public init(
    byteRange: Range<Int>, scalarRange: Range<Int>, line: Int, column: Int, before: String, after: String,
    rule: EditRule, entryID: String?
  ) {
    self.byteRange = byteRange
    self.scalarRange = scalarRange
    self.line = line
    self.column = column
    self.before = before
    self.after = after
    self.rule = rule
    self.entryID = entryID
  }

  /// `path:line:col: warning: 'before' -> 'after' (id)`, the line `--check` prints; the rule
  /// stands for the id when there is none.
  public func warning(path: String) -> String {
    "\(path):\(line):\(column): warning: '\(ChangeFormatting.visible(before))' -> '\(ChangeFormatting.visible(after))' (\(entryID ?? rule.rawValue))"
  }

  /// `path:line:col: note: unknown name 'before'`, for spans reported without a change.
  public func note(path: String) -> String {
    "\(path):\(line):\(column): note: unknown name '\(ChangeFormatting.visible(before))' (no glossary entry)"
  }

  /// One JSON object on one line: `{"path", "start", "end", "before", "after", "id", "rule"}`,
  /// start and end in Unicode scalars of the input.
  public func jsonLine(path: String) -> String {
    var json = JSONWriter()
    json.beginObject()
    json.field("path", path)
    json.field("start", scalarRange.lowerBound)
    json.field("end", scalarRange.upperBound)
    json.field("before", before)
    json.field("after", after)
    json.field("id", entryID)
    json.field("rule", rule.rawValue)
    json.endObject()
    return json.text
  }
}
