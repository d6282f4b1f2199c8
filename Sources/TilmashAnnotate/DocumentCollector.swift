import Foundation

/// Expands the paths of a batch into documents: files as given, directories recursively (their
/// files whose names match one of the include globs, hidden files and the output directory
/// skipped), in a stable order.
public struct DocumentCollector: Sendable {
  public var includes: [String]
  /// A directory never read from: the batch's own output.
  public var excluded: String?

  /// What a batch reads of a directory when it is not told: text and Markdown files.
  public static let defaultIncludes = ["*.txt", "*.md"]

  public init(includes: [String] = defaultIncludes, excluded: String? = nil) {
    self.includes = includes
    self.excluded = excluded.map(Self.standardized)
  }

  /// The documents of `paths`; a path that does not exist is kept as a file, so that reading
  /// it reports the error in order with the rest.
  public func collect(_ paths: [String]) -> [DocumentSource] {
    var sources: [DocumentSource] = []
    for path in paths {
      if path == "-" {
        sources.append(.standardInput)
        continue
      }
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
        sources += collectDirectory(path)
      } else {
        sources.append(.file(path: path, outputStem: (path as NSString).lastPathComponent))
      }
    }
    return sources
  }

  private func collectDirectory(_ root: String) -> [DocumentSource] {
    guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
    var found: [String] = []
    while let relative = enumerator.nextObject() as? String {
      let full = (root as NSString).appendingPathComponent(relative)
      let name = (relative as NSString).lastPathComponent
      var isDirectory: ObjCBool = false
      // Gone since it was listed: nothing to read.
      guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory) else { continue }
      if isDirectory.boolValue {
        if name.hasPrefix(".") || Self.standardized(full) == excluded { enumerator.skipDescendants() }
        continue
      }
      guard !name.hasPrefix("."), matches(name) else { continue }
      found.append(relative)
    }
    return found.sorted().map { .file(path: (root as NSString).appendingPathComponent($0), outputStem: $0) }
  }

  /// Whether a file name matches one of the include globs (`*`, `?` and `[...]`, as in the shell).
  public func matches(_ name: String) -> Bool {
    includes.contains { fnmatch($0, name, 0) == 0 }
  }

  static func standardized(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
  }
}
