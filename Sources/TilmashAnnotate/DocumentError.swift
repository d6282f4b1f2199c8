/// Why one document of a batch could not be annotated. The batch goes on without it.
public enum DocumentError: Error, Equatable, Sendable, CustomStringConvertible {
  case unreadable(reason: String)
  case invalidUTF8(byteOffset: Int)
  case tooLarge(size: Int, limit: Int)
  /// A line of `--input jsonl` that is not a `{"id", "text"}` object.
  case malformedRecord(line: Int, reason: String)

  public var description: String {
    switch self {
    case .unreadable(let reason): "cannot read: \(reason)"
    case .invalidUTF8(let offset): "invalid UTF-8 at byte offset \(offset)"
    case .tooLarge(let size, let limit): "too large: \(size) bytes, over the limit of \(limit) (--max-size)"
    case .malformedRecord(let line, let reason): "line \(line): \(reason)"
    }
  }
}
