/// Where a batch's normalized documents go.
public enum NormalizeDestination: Sendable, Equatable {
  /// Nowhere: the caller writes the one output (standard output) or only checks.
  case none
  /// Under a directory, mirroring the inputs' tree, each file written atomically.
  case directory(String)
  /// Over the inputs, atomically and keeping their mode; only files that change are written.
  case inPlace
}
