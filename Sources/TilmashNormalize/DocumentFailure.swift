import TilmashText

/// Why one document of a batch failed; the batch goes on with the others.
public enum DocumentFailure: Error, Equatable, Sendable, CustomStringConvertible {
  case unreadable(path: String, reason: String)
  case invalidUTF8(InvalidUTF8)
  case unwritable(path: String, reason: String)

  public var description: String {
    switch self {
    case .unreadable(_, let reason): "cannot read: \(reason)"
    case .invalidUTF8(let error): "\(error); nothing written"
    case .unwritable(let path, let reason): "cannot write \(path): \(reason)"
    }
  }
}
