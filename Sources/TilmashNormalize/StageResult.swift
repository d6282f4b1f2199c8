/// What one stage finds in a text: edits, sorted and non-overlapping, and notes (spans it
/// reports without changing them, such as unknown names left as they are).
public struct StageResult: Sendable, Equatable {
  public var edits: [Edit]
  public var notes: [Edit]

  public init(edits: [Edit] = [], notes: [Edit] = []) {
    self.edits = edits
    self.notes = notes
  }
}
