import Foundation
import Testing

/// The built `tilmash` executable, run end to end by the test suites.
///
/// Test targets depend on the `tilmash` target, so `swift test` builds it; it sits next to the
/// test runner in the build products directory (or in the package's `.build/debug`).
public enum TilmashProcess {
  public static let executable: URL? = {
    var candidates: [URL] = []
    if let runner = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      candidates.append(URL(fileURLWithPath: runner).deletingLastPathComponent().appending(path: "tilmash"))
    }
    candidates.append(packageRoot.appending(path: ".build/debug/tilmash"))
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path()) }
  }()

  /// The package's root folder.
  public static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// What one run printed and returned.
  public struct Outcome: Sendable {
    public var status: Int32
    public var stdout: [UInt8]
    public var stderr: String
    public var text: String { String(decoding: stdout, as: UTF8.self) }
  }

  /// The `XDG_CACHE_HOME` of every run: one fresh folder per test process, so that the user's
  /// cache is left alone and runs after the first read the index from it.
  public static let cacheHome: String = {
    let url = FileManager.default.temporaryDirectory.appending(path: "tilmash-test-cache-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.path()
  }()

  /// Runs `tilmash` with `arguments` in `directory`, standard input from `stdin`; output goes
  /// through files so that large outputs cannot block on a full pipe.
  public static func run(_ arguments: [String], stdin: [UInt8] = [], in directory: URL? = nil) throws -> Outcome {
    let binary = try #require(executable, "build the package first (swift build)")
    let input = try temporaryFile(stdin, name: "stdin")
    let outPath = try temporaryFile([], name: "stdout")
    let errPath = try temporaryFile([], name: "stderr")
    defer {
      for path in [input, outPath, errPath] { try? FileManager.default.removeItem(atPath: path) }
    }
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(["XDG_CACHE_HOME": cacheHome]) { $1 }
    if let directory { process.currentDirectoryURL = directory }
    process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: input))
    process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
    process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
    try process.run()
    process.waitUntilExit()
    let out = try Data(contentsOf: URL(fileURLWithPath: outPath))
    let err = try Data(contentsOf: URL(fileURLWithPath: errPath))
    // Copied with memcpy: element-wise conversion of megabytes is slow in debug builds.
    let stdout = [UInt8](unsafeUninitializedCapacity: out.count) { buffer, count in
      count = out.copyBytes(to: buffer)
    }
    return Outcome(status: process.terminationStatus, stdout: stdout, stderr: String(decoding: err, as: UTF8.self))
  }

  /// A new file with `contents` in a fresh temporary directory.
  public static func temporaryFile(_ contents: [UInt8], name: String) throws -> String {
    let directory = try temporaryDirectory()
    let path = directory.appending(path: name).path()
    try Data(contents).write(to: URL(fileURLWithPath: path))
    return path
  }

  /// A new, empty temporary directory.
  public static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appending(path: "tilmash-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
