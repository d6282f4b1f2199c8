/// A line of a suffix harmony table that cannot be read.
public struct SuffixTableError: Error, Equatable, Sendable, CustomStringConvertible {
  public var line: Int
  public var message: String

  public init(line: Int, message: String) {
    self.line = line
    self.message = message
  }

  public var description: String { "suffix-harmony.txt:\(line): error: \(message)" }
}
