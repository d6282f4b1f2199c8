/// A mistake in a suffix table, with the line and column (both from 1, columns in characters)
/// where it was found.
///
///     try SuffixAnalyzer(language: .turkish, table: "group stem : > nowhere")
///     // throws "line 1, column 16: unknown group 'nowhere'"
public struct SuffixTableError: Error, Sendable, Equatable, CustomStringConvertible {
  public var line: Int
  public var column: Int
  public var message: String

  public init(line: Int, column: Int, message: String) {
    self.line = line
    self.column = column
    self.message = message
  }

  public var description: String { "line \(line), column \(column): \(message)" }
}
