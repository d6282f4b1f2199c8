import Foundation
import TilmashGlossary
import TilmashText

/// Normalizes the documents of a batch one by one and writes them where asked; a document that
/// fails (unreadable, not UTF-8, unwritable) is reported in its outcome and the batch goes on.
///
///     let batch = BatchNormalizer(normalizer: normalizer, destination: .directory("out"))
///     for source in sources { let outcome = batch.process(path: source.path, outputPath: source.relative) }
public struct BatchNormalizer: Sendable {
  public let normalizer: Normalizer
  public let destination: NormalizeDestination

  public init(normalizer: Normalizer, destination: NormalizeDestination) {
    self.normalizer = normalizer
    self.destination = destination
  }

  /// Normalizes the file at `path` (nil: standard input); `relativePath` is its place under an
  /// output directory.
  public func process(path: String?, relativePath: String) -> DocumentOutcome {
    let name = path ?? "-"
    let bytes: [UInt8]
    if let path {
      guard let data = FileManager.default.contents(atPath: path) else {
        let reason = FileManager.default.fileExists(atPath: path) ? "permission denied or not a file" : "no such file"
        return DocumentOutcome(name: name, result: .failure(.unreadable(path: path, reason: reason)))
      }
      bytes = [UInt8](data)
    } else {
      bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
    }
    return process(bytes: bytes, name: name, path: path, relativePath: relativePath)
  }

  /// Normalizes `bytes` read from `path` and writes them as the destination says.
  public func process(bytes: [UInt8], name: String, path: String?, relativePath: String) -> DocumentOutcome {
    let result: NormalizationResult
    do {
      result = try normalizer.normalize(bytes: bytes)
    } catch {
      switch error {
      case .invalidUTF8(let invalid): return DocumentOutcome(name: name, result: .failure(.invalidUTF8(invalid)))
      }
    }
    var outcome = DocumentOutcome(name: name, result: .success(result))
    let target: String?
    switch destination {
    case .none: target = nil
    case .inPlace: target = result.hasChanges ? path : nil
    case .directory(let directory):
      let relative = relativePath.split(separator: "/").filter { $0 != ".." && $0 != "." }.joined(separator: "/")
      target = (directory as NSString).appendingPathComponent(relative.isEmpty ? "stdin.txt" : relative)
    }
    guard let target else { return outcome }
    do {
      let parent = (target as NSString).deletingLastPathComponent
      if case .directory = destination, !parent.isEmpty {
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
      }
      try AtomicFile.write(result.output, to: target)
      outcome.writtenPath = target
    } catch {
      outcome.result = .failure(.unwritable(path: target, reason: "\(error)"))
    }
    return outcome
  }
}
