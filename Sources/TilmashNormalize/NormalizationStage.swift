/// One step of normalization: reads a text and says what to change, never changing it itself.
///
/// Stages run in order, each on the text the previous ones produced; `EditedText` composes
/// their edits into edits of the original input, which are applied in one pass.
public protocol NormalizationStage: Sendable {
  /// The edits for `text` (valid UTF-8), sorted by range and non-overlapping.
  func run(on text: String) -> StageResult
}
