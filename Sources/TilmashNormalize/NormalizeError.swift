import TilmashText

/// Why a text could not be normalized.
public enum NormalizeError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The input is not UTF-8; nothing of it is written.
  case invalidUTF8(InvalidUTF8)

  public var description: String {
    switch self {
    case .invalidUTF8(let error): error.description
    }
  }
}
