import Foundation

/// Where one document of a batch comes from.
public enum DocumentSource: Sendable {
  /// A file; `outputStem` is its path under an output directory that mirrors the inputs.
  case file(path: String, outputStem: String)
  /// Standard input, read whole.
  case standardInput
  /// A record of `--input jsonl`, already read, or the error that made it unreadable.
  case record(name: String, text: Result<String, DocumentError>)

  public var name: String {
    switch self {
    case .file(let path, _): path
    case .standardInput: "-"
    case .record(let name, _): name
    }
  }

  var outputStem: String {
    switch self {
    case .file(_, let stem): stem
    case .standardInput: "stdin"
    case .record(let name, _): name
    }
  }

  /// The document's bytes, checked against `maxSize`.
  func load(maxSize: Int) -> Result<[UInt8], DocumentError> {
    switch self {
    case .record(_, let text):
      return text.flatMap { text in
        text.utf8.count > maxSize ? .failure(.tooLarge(size: text.utf8.count, limit: maxSize)) : .success(Array(text.utf8))
      }
    case .standardInput:
      let data = FileHandle.standardInput.readDataToEndOfFile()
      if data.count > maxSize { return .failure(.tooLarge(size: data.count, limit: maxSize)) }
      return .success([UInt8](data))
    case .file(let path, _):
      do {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        if let size = attributes[.size] as? Int, size > maxSize {
          return .failure(.tooLarge(size: size, limit: maxSize))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
          return .failure(.unreadable(reason: "permission denied or not a regular file"))
        }
        defer { try? handle.close() }
        let data = try handle.readToEnd() ?? Data()
        if data.count > maxSize { return .failure(.tooLarge(size: data.count, limit: maxSize)) }
        return .success([UInt8](data))
      } catch {
        return .failure(.unreadable(reason: Self.reason(error)))
      }
    }
  }

  static func reason(_ error: any Error) -> String {
    let nsError = error as NSError
    if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
      let message = String(validatingCString: strerror(Int32(underlying.code)))
    {
      return message
    }
    if nsError.domain == NSCocoaErrorDomain, nsError.code == NSFileReadNoSuchFileError { return "no such file" }
    return nsError.localizedDescription
  }
}
