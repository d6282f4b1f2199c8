/// What happened to one document of a batch.
public struct DocumentOutcome: Sendable {
  /// The path as given, or `-` for standard input.
  public var name: String
  /// The normalized text, or why there is none (nothing was written for it then).
  public var result: Result<NormalizationResult, DocumentFailure>
  /// Where the output was written (`--out`, `--in-place`), if it was.
  public var writtenPath: String?
}
