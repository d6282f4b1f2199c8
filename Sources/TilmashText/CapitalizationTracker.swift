/// Accumulates the case of a word's letters.
struct CapitalizationTracker {
  private var first: FoldTable.CaseKind?
  private var upper = 0
  private var lower = 0

  mutating func add(_ kind: FoldTable.CaseKind) {
    guard kind != .uncased else { return }
    if first == nil { first = kind }
    if kind == .upper { upper += 1 } else { lower += 1 }
  }

  var result: FoldedText.Capitalization {
    guard let first else { return .lower }
    if first == .lower { return upper > 0 ? .mixed : .lower }
    return lower == 0 ? .upper : .title
  }
}
