/// Why an atomic write failed: the system call and its `errno` description.
public struct AtomicFileError: Error, Hashable, Sendable, CustomStringConvertible {
  public var path: String
  public var operation: String
  public var reason: String

  public var description: String { "cannot write \(path): \(operation) failed: \(reason)" }
}
