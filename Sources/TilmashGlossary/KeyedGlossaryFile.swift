/// A glossary file read into memory and keyed for the index cache
/// (`IndexCache.keyedFile(path:format:)`), so that the key can be known before the file is
/// parsed, and the file is read once for both.
public struct KeyedGlossaryFile: Sendable {
  public let path: String
  public let format: GlossaryFormat
  public let bytes: [UInt8]
  /// Over the bytes, the path as given (entries locate themselves by it), the format and the
  /// program.
  public let key: UInt64
}
