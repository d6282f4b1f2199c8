/// The result for one document: its annotations, or why it failed.
public struct AnnotatedDocument: Sendable {
  /// The path as given, `-` for standard input, or the record's id with `--input jsonl`.
  public var name: String
  /// The path under the output directory, without extension, when outputs mirror the inputs.
  public var outputStem: String
  public var byteCount: Int
  public var result: Result<Success, DocumentError>
  /// The document's output, when the batch rendered it on the worker that annotated it.
  public var rendered: [UInt8]?

  public struct Success: Sendable {
    public var language: DocumentLanguage
    public var text: String
    public var annotations: [Annotation]
  }

  public init(name: String, outputStem: String, byteCount: Int, result: Result<Success, DocumentError>) {
    self.name = name
    self.outputStem = outputStem
    self.byteCount = byteCount
    self.result = result
  }
}
