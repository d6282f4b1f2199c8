import Foundation

/// Writes files so that a reader never sees half a file: a temporary file in the same
/// directory, flushed to disk, then renamed over the target; an existing file's permissions are
/// kept. Parent directories are created as needed.
public enum AtomicFile {
  public static func write(_ bytes: [UInt8], to path: String) throws {
    let url = URL(fileURLWithPath: path)
    let directory = url.deletingLastPathComponent().path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let mode = (try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? nil
    let temporary = (directory as NSString).appendingPathComponent(".\(url.lastPathComponent).tilmash-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, mode_t(mode ?? 0o644))
    guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    var failure: POSIXErrorCode?
    bytes.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = Foundation.write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          failure = POSIXErrorCode(rawValue: errno) ?? .EIO
          return
        }
        offset += written
      }
    }
    if failure == nil, fsync(descriptor) != 0 { failure = POSIXErrorCode(rawValue: errno) ?? .EIO }
    close(descriptor)
    if let mode { chmod(temporary, mode_t(mode)) }
    if failure == nil, rename(temporary, path) != 0 { failure = POSIXErrorCode(rawValue: errno) ?? .EIO }
    if let failure {
      unlink(temporary)
      throw POSIXError(failure)
    }
    // Make the rename itself durable.
    let directoryDescriptor = open(directory, O_RDONLY)
    if directoryDescriptor >= 0 {
      fsync(directoryDescriptor)
      close(directoryDescriptor)
    }
  }
}
