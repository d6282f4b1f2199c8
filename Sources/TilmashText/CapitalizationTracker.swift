/// Accumulates the case of a word's letters: the case of its first cased letter and whether any
/// upper or lower case letter was seen, as bits, so that adding a letter costs no branch.
struct CapitalizationTracker {
  private static let upper: UInt8 = 1
  private static let lower: UInt8 = 2
  private var first: UInt8 = 0
  private var seen: UInt8 = 0

  /// The bit `add(bit:)` takes for `kind`: 0 for uncased.
  static func bit(_ kind: FoldTable.CaseKind) -> UInt8 {
    switch kind {
    case .uncased: 0
    case .upper: upper
    case .lower: lower
    }
  }

  @inline(__always)
  mutating func add(_ kind: FoldTable.CaseKind) { add(bit: Self.bit(kind)) }

  @inline(__always)
  mutating func add(bit: UInt8) {
    first = first == 0 ? bit : first
    seen |= bit
  }

  var result: FoldedText.Capitalization {
    switch first {
    case Self.lower: seen & Self.upper != 0 ? .mixed : .lower
    case Self.upper: seen & Self.lower == 0 ? .upper : .title
    default: .lower
    }
  }
}
