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
      return Self.readFile(path, maxSize: maxSize)
    }
  }

  /// Reads a whole regular file with POSIX calls: for thousands of small articles, Foundation's
  /// file attributes and handles cost more than the reading itself.
  static func readFile(_ path: String, maxSize: Int) -> Result<[UInt8], DocumentError> {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return .failure(.unreadable(reason: message(errno))) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { return .failure(.unreadable(reason: message(errno))) }
    guard status.st_mode & S_IFMT == S_IFREG else { return .failure(.unreadable(reason: "not a regular file")) }
    let size = Int(status.st_size)
    if size > maxSize { return .failure(.tooLarge(size: size, limit: maxSize)) }
    var bytes = [UInt8](repeating: 0, count: size)
    var count = 0
    while true {
      if count == bytes.count {
        // The file grew while being read: read on, in steps, up to just over the limit.
        if count > maxSize { break }
        bytes.append(contentsOf: repeatElement(0, count: max(4096, min(count, maxSize + 1 - count))))
      }
      let read = bytes.withUnsafeMutableBytes { buffer in
        Foundation.read(descriptor, buffer.baseAddress.map { $0 + count }, buffer.count - count)
      }
      if read < 0 {
        if errno == EINTR { continue }
        return .failure(.unreadable(reason: message(errno)))
      }
      if read == 0 { break }
      count += read
    }
    if count > maxSize { return .failure(.tooLarge(size: count, limit: maxSize)) }
    bytes.removeSubrange(count...)
    return .success(bytes)
  }

  static func message(_ code: Int32) -> String {
    code == ENOENT ? "no such file" : String(cString: strerror(code)).lowercased()
  }
}
