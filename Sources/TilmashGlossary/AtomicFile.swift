#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes files so that readers see the old content or the new, never a mix.
///
/// The bytes go to a temporary file in the same directory (`.NAME.tilmash-PID-N`), which is
/// flushed to disk, given the old file's mode when one is replaced, and renamed over the
/// target; then the directory is flushed. When anything fails the temporary file is removed and
/// the target is untouched. A symbolic link as target is followed: the file it points to is
/// replaced, the link stays.
public enum AtomicFile {
  /// - Parameter durable: whether to flush the file and its directory to disk. Without the
  ///   flushes a crash of the system soon after may leave the file empty or lose it, but never
  ///   leaves a reader a mix of old and new: for caches that check their content.
  public static func write(_ bytes: [UInt8], to path: String, durable: Bool = true) throws(AtomicFileError) {
    let target = resolvedLink(path)
    let slash = target.lastIndex(of: "/")
    let directory = slash.map { $0 == target.startIndex ? "/" : String(target[..<$0]) } ?? "."
    let name = slash.map { String(target[target.index(after: $0)...]) } ?? target
    var existing = stat()
    let replacing = stat(target, &existing) == 0
    var mode: mode_t = 0o666
    if replacing {
      mode = existing.st_mode & 0o7777
    } else {
      let mask = umask(0)
      umask(mask)
      mode = 0o666 & ~mask
    }
    var temporary = ""
    var descriptor: Int32 = -1
    for attempt in 0..<100 {
      temporary = directory + "/." + name + ".tilmash-\(getpid())-\(attempt)"
      descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
      if descriptor >= 0 || errno != EEXIST { break }
    }
    guard descriptor >= 0 else { throw failure(path, "open", errno) }
    var written = 0
    let ok = bytes.withUnsafeBytes { buffer -> Bool in
      while written < buffer.count {
        let result = systemWrite(descriptor, buffer.baseAddress.map { $0 + written }, buffer.count - written)
        if result < 0 {
          if errno == EINTR { continue }
          return false
        }
        written += result
      }
      return true
    }
    let code = errno
    guard ok else {
      close(descriptor)
      unlink(temporary)
      throw failure(path, "write", code)
    }
    if fchmod(descriptor, mode) != 0 || (durable && fsync(descriptor) != 0) {
      let code = errno
      close(descriptor)
      unlink(temporary)
      throw failure(path, "fsync", code)
    }
    close(descriptor)
    if rename(temporary, target) != 0 {
      let code = errno
      unlink(temporary)
      throw failure(path, "rename", code)
    }
    let directoryDescriptor = durable ? open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC) : -1
    if directoryDescriptor >= 0 {
      fsync(directoryDescriptor)
      close(directoryDescriptor)
    }
  }

  private static func failure(_ path: String, _ operation: String, _ code: Int32) -> AtomicFileError {
    AtomicFileError(path: path, operation: operation, reason: String(cString: strerror(code)))
  }

  /// The path a symbolic link points to (relative targets resolved against its directory).
  private static func resolvedLink(_ path: String) -> String {
    var current = path
    for _ in 0..<16 {
      var buffer = [CChar](repeating: 0, count: 4096)
      let length = readlink(current, &buffer, buffer.count - 1)
      guard length > 0 else { return current }
      let destination = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      if destination.hasPrefix("/") {
        current = destination
      } else if let slash = current.lastIndex(of: "/") {
        current = String(current[...slash]) + destination
      } else {
        current = destination
      }
    }
    return current
  }
}

@inline(__always)
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
  write(descriptor, buffer, count)
}
