/// An input file, or standard input, that can be read twice: once to check that it is UTF-8,
/// then again to process it, so that a bad file produces no output at all.
///
///     var input = try TextInput(path: "news.txt")
///     if let error = try input.firstInvalidUTF8() { /* report error.byteOffset */ }
///     var lines = try input.lines()
///     while let line = try lines.next() { /* ... */ }
///
/// A regular file is read twice from disk. Standard input and pipes cannot rewind: the first read
/// copies them into an anonymous temporary file, so memory stays at one 64 KiB chunk plus the
/// longest line whatever the size of the input.
public struct TextInput: ~Copyable {
  /// The path as given, or `<stdin>`.
  public let name: String
  private var fileDescriptor: Int32
  private var ownsDescriptor: Bool
  /// Where reading starts (a file redirected to standard input may start past 0); nil until known.
  private var start: Int64?
  private var consumed = false

  /// Opens `path`; nil or `-` means standard input.
  public init(path: String?) throws(TextInputError) {
    if let path, path != "-" {
      let fd = SystemCalls.open(path: path)
      guard fd >= 0 else { throw .cannotOpen(path: path, errno: SystemCalls.errorNumber) }
      self.name = path
      self.fileDescriptor = fd
      self.ownsDescriptor = true
    } else {
      self.name = "<stdin>"
      self.fileDescriptor = 0
      self.ownsDescriptor = false
    }
    let position = SystemCalls.tell(fileDescriptor)
    self.start = position >= 0 ? position : nil
  }

  deinit {
    if ownsDescriptor { SystemCalls.close(fileDescriptor) }
  }

  /// Reads the whole input and returns its first invalid UTF-8 sequence, or nil when it is all
  /// valid. Offsets count from the first byte, a byte-order mark included.
  public mutating func firstInvalidUTF8() throws(TextInputError) -> InvalidUTF8? {
    var reader = try lines()
    var spool: Int32?
    if start == nil {
      let fd = SystemCalls.temporaryFile()
      guard fd >= 0 else { throw .readFailed(path: name, errno: SystemCalls.errorNumber) }
      spool = fd
    }
    var firstError: InvalidUTF8?
    while let line = try reader.next() {
      if let error = UTF8Validation.firstError(in: line.bytes) {
        firstError = InvalidUTF8(byteOffset: line.offset + error.byteOffset, length: error.length)
        break
      }
      if let spool {
        let written = line.bytes.withUnsafeBytes { SystemCalls.writeAll(spool, $0) }
        if !written {
          let code = SystemCalls.errorNumber
          SystemCalls.close(spool)
          throw .readFailed(path: name, errno: code)
        }
      }
    }
    if let spool {
      // From now on the input is the spooled copy, which can rewind.
      if ownsDescriptor { SystemCalls.close(fileDescriptor) }
      fileDescriptor = spool
      ownsDescriptor = true
      start = 0
    }
    return firstError
  }

  /// A reader of the input's lines from its start (rewinding if it was read before).
  public mutating func lines() throws(TextInputError) -> LineReader {
    if consumed {
      guard let start, SystemCalls.seek(fileDescriptor, to: start) else {
        throw .readFailed(path: name, errno: SystemCalls.errorNumber)
      }
    }
    consumed = true
    return LineReader(fileDescriptor: fileDescriptor, name: name)
  }
}
