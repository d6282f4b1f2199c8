#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The few POSIX calls the input layer needs, with `EINTR` retried.
enum SystemCalls {
  static var errorNumber: Int32 { errno }

  static func message(_ code: Int32) -> String {
    guard let text = strerror(code) else { return "error \(code)" }
    return String(cString: text)
  }

  static func open(path: String) -> Int32 {
    while true {
      let fd = posixOpen(path)
      if fd >= 0 || errno != EINTR { return fd }
    }
  }

  /// Reads up to `count` bytes into `buffer`; returns the count read, 0 at the end, -1 on error.
  static func read(_ fd: Int32, into buffer: UnsafeMutableRawPointer, count: Int) -> Int {
    while true {
      let result = SystemCalls.posixRead(fd, buffer, count)
      if result >= 0 || errno != EINTR { return result }
    }
  }

  /// Writes all of `bytes`; false on error.
  static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
    var done = 0
    while done < bytes.count {
      guard let base = bytes.baseAddress else { return true }
      let result = SystemCalls.posixWrite(fd, base + done, bytes.count - done)
      if result < 0 {
        if errno == EINTR { continue }
        return false
      }
      done += result
    }
    return true
  }

  /// The current offset, or -1 when the descriptor cannot seek (a pipe, a terminal).
  static func tell(_ fd: Int32) -> Int64 { Int64(lseek(fd, 0, SEEK_CUR)) }

  static func seek(_ fd: Int32, to offset: Int64) -> Bool { lseek(fd, off_t(offset), SEEK_SET) >= 0 }

  /// An anonymous temporary file (created in `$TMPDIR` or /tmp and unlinked at once).
  static func temporaryFile() -> Int32 {
    let directory = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
    var template = Array((directory + "/tilmash-XXXXXX").utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
      guard let base = buffer.baseAddress else { return -1 }
      return mkstemp(base)
    }
    if fd >= 0 {
      _ = template.withUnsafeBufferPointer { buffer in buffer.baseAddress.map { unlink($0) } }
    }
    return fd
  }

  static func close(_ fd: Int32) { _ = posixClose(fd) }

  private static func posixOpen(_ path: String) -> Int32 {
    #if canImport(Darwin)
      Darwin.open(path, O_RDONLY | O_CLOEXEC)
    #elseif canImport(Musl)
      Musl.open(path, O_RDONLY | O_CLOEXEC)
    #else
      Glibc.open(path, O_RDONLY | O_CLOEXEC)
    #endif
  }

  private static func posixClose(_ fd: Int32) -> Int32 {
    #if canImport(Darwin)
      Darwin.close(fd)
    #elseif canImport(Musl)
      Musl.close(fd)
    #else
      Glibc.close(fd)
    #endif
  }

  private static func posixRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Darwin)
      Darwin.read(fd, buffer, count)
    #elseif canImport(Musl)
      Musl.read(fd, buffer, count)
    #else
      Glibc.read(fd, buffer, count)
    #endif
  }

  private static func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Darwin)
      Darwin.write(fd, buffer, count)
    #elseif canImport(Musl)
      Musl.write(fd, buffer, count)
    #else
      Glibc.write(fd, buffer, count)
    #endif
  }
}
