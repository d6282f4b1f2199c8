/// A normalized text and every change that made it from the input.
public struct NormalizationResult: Sendable, Equatable {
  /// The output bytes: the input's own bytes outside the changes.
  public var output: [UInt8]
  /// The changes, in input order, non-overlapping.
  public var changes: [Change]
  /// Spans reported without a change (unknown names left as they are).
  public var notes: [Change]

  public var text: String { String(decoding: output, as: UTF8.self) }
  public var hasChanges: Bool { !changes.isEmpty }
}
