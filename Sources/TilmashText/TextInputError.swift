/// Why an input file could not be read, or why its text was refused.
public enum TextInputError: Error, Equatable, Sendable, CustomStringConvertible {
  /// `open(2)` failed; `errno` says why.
  case cannotOpen(path: String, errno: Int32)
  /// `read(2)`, `lseek(2)` or the spool file failed.
  case readFailed(path: String, errno: Int32)
  /// The input is not UTF-8; nothing of it was passed on.
  case invalidUTF8(path: String, InvalidUTF8)

  public var path: String {
    switch self {
    case .cannotOpen(let path, _), .readFailed(let path, _), .invalidUTF8(let path, _): path
    }
  }

  /// `path: error: message`, the form compilers use.
  public var description: String {
    switch self {
    case .cannotOpen(let path, let code): "\(path): error: cannot open: \(SystemCalls.message(code))"
    case .readFailed(let path, let code): "\(path): error: cannot read: \(SystemCalls.message(code))"
    case .invalidUTF8(let path, let error): "\(path): error: \(error)"
    }
  }
}
