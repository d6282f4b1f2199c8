import Foundation
import TilmashGlossary
import TilmashText

/// Built matchers kept on disk between runs: building one for a large glossary (expanding every
/// entry's forms, folding them, indexing three languages) takes about a second at 50,000
/// entries; reading it back takes about a sixth of that.
///
///     let identity = MatcherCache.identity(ofExecutableAt: CommandLine.arguments[0]) ?? 0
///     let cache = MatcherCache(directory: "/var/cache/my-app/tilmash", identity: identity)
///     let (matcher, report) = cache.matcher(for: glossary)   // report.wasLoaded, .problems
///
/// A file is found by a key over everything the matcher is built from: the glossary's entries
/// (kinds, forms, languages, statuses, in order), the program (`identity`: a hash of the
/// executable, which embeds the rules and suffix tables), the ICU library's version and the
/// file format's. Any change gives a new key, so a file is never stale; the oldest files beyond
/// `maximumFiles` are removed. A file also carries a checksum of its content, and every id in it
/// is checked as it is read: a damaged file is reported and replaced, never trusted.
public struct MatcherCache: Sendable {
  /// What happened: where the matcher's file is, whether it was read from there, and what went
  /// wrong on the way (a damaged file, a directory that cannot be written), if anything.
  public struct Report: Sendable, Equatable {
    public var path: String
    public var wasLoaded: Bool
    public var problems: [String]
  }

  public let directory: String
  public let identity: UInt64
  public let maximumFiles: Int

  /// File format version: raise it whenever `Matcher.serialized()` changes its layout.
  static let formatVersion: UInt64 = 1
  /// "TLMSHIDX", the first 8 bytes of every file.
  static let magic = UInt64(0x5844_4948_534D_4C54)
  static let headerSize = 40
  static let fileExtension = "tilmash-index"

  /// - Parameters:
  ///   - identity: changes whenever the program that builds matchers changes (see
  ///     `identity(ofExecutableAt:)`).
  ///   - maximumFiles: how many files to keep, most recently used first.
  public init(directory: String, identity: UInt64, maximumFiles: Int = 4) {
    self.directory = directory
    self.identity = identity
    self.maximumFiles = max(1, maximumFiles)
  }

  /// `$XDG_CACHE_HOME/tilmash`, else `$HOME/.cache/tilmash`; nil when neither is set.
  public static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
    if let base = environment["XDG_CACHE_HOME"], base.hasPrefix("/") { return base + "/tilmash" }
    if let home = environment["HOME"], !home.isEmpty { return home + "/.cache/tilmash" }
    return nil
  }

  /// A hash of the executable file's content, or nil when it cannot be read.
  public static func identity(ofExecutableAt path: String) -> UInt64? {
    guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else { return nil }
    return data.withUnsafeBytes { ContentHash.of($0) }
  }

  /// The matcher of `glossary`: read from the cache when it holds one, otherwise built and
  /// stored. Never fails: any problem with the cache falls back to building, and is reported.
  public func matcher(for glossary: Glossary) -> (matcher: Matcher, report: Report) {
    let key = key(for: glossary)
    let path = directory + "/" + String(key, radix: 16) + "." + Self.fileExtension
    var report = Report(path: path, wasLoaded: false, problems: [])
    if let bytes = Self.contents(of: path) {
      do throws(BinaryFormatError) {
        let matcher = try Self.matcher(reading: bytes, key: key, glossary: glossary)
        report.wasLoaded = true
        // The time of last use, for pruning.
        try? FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: path)
        return (matcher, report)
      } catch {
        report.problems.append("\(path): \(error.description); rebuilding it")
      }
    }
    let matcher = Matcher(glossary: glossary)
    do {
      // Readable by the user alone: the index holds every form of the user's glossaries.
      try FileManager.default.createDirectory(
        atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
      try AtomicFile.write(Self.file(for: matcher, key: key), to: path, durable: false)
      prune(keeping: path)
    } catch {
      report.problems.append("cannot store the index in \(directory): \(error)")
    }
    return (matcher, report)
  }

  /// The key of `glossary`'s matcher under this program.
  func key(for glossary: Glossary) -> UInt64 {
    let entries = glossary.entries
    // One hash per entry, on all cores. An entry's languages are hashed apart and added up,
    // which needs no sorting: a dictionary's order changes from process to process.
    let parts = ParallelChunks.map(count: entries.count, minimumChunk: 4096) { range in
      var bytes: [UInt8] = []
      return range.map { index in
        var hash = UInt64(EntryKind.allCases.firstIndex(of: entries[index].kind) ?? 0)
        for (language, forms) in entries[index].forms {
          // Fields end with 0, which no text holds; a form's status with 1 or 2 (derived).
          bytes.removeAll(keepingCapacity: true)
          bytes += language.utf8
          bytes.append(0)
          for form in forms {
            bytes += form.text.utf8
            bytes.append(0)
            bytes += form.status.rawValue.utf8
            bytes.append(form.isDerived ? 2 : 1)
          }
          hash &+= ContentHash.of(bytes)
        }
        return hash
      }
    }
    let header = [Self.formatVersion, identity, UInt64(ICULibrary.version)]
    return (header + parts.joined()).withUnsafeBytes { ContentHash.of($0) }
  }

  /// A file's bytes: the header (magic, format version, key, payload length, payload checksum)
  /// and the serialized matcher.
  static func file(for matcher: Matcher, key: UInt64) -> [UInt8] {
    var writer = BinaryWriter()
    writer.append(magic)
    writer.append(formatVersion)
    writer.append(key)
    // The payload's length and checksum, once it is written.
    writer.append(0)
    writer.append(0)
    matcher.write(to: &writer)
    let payload = writer.bytes.count - headerSize
    let checksum = writer.bytes.withUnsafeBytes { ContentHash.of(UnsafeRawBufferPointer(rebasing: $0[headerSize...])) }
    writer.replace(at: headerSize - 16, with: UInt64(payload))
    writer.replace(at: headerSize - 8, with: checksum)
    return writer.bytes
  }

  /// The matcher in a file's `bytes`, checked against `key` and the checksum first.
  static func matcher(reading bytes: [UInt8], key: UInt64, glossary: Glossary) throws(BinaryFormatError) -> Matcher {
    var header = BinaryReader(bytes)
    guard try header.uint64() == magic else { throw header.failure("not a Tilmash index file") }
    guard try header.uint64() == formatVersion else { throw header.failure("written in another format version") }
    guard try header.uint64() == key else { throw header.failure("written for another glossary or program") }
    let length = try header.int(in: 0...Int.max)
    guard length == bytes.count - headerSize else {
      throw header.failure("the file holds \(bytes.count - headerSize) bytes after its header, not \(length)")
    }
    let checksum = try header.uint64()
    let actual = bytes.withUnsafeBytes { ContentHash.of(UnsafeRawBufferPointer(rebasing: $0[headerSize...])) }
    guard checksum == actual else { throw header.failure("the content does not match its checksum") }
    return try Matcher(serialized: bytes, startingAt: headerSize, glossary: glossary)
  }

  private static func contents(of path: String) -> [UInt8]? {
    guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else { return nil }
    return [UInt8](unsafeUninitializedCapacity: data.count) { buffer, count in count = data.copyBytes(to: buffer) }
  }

  /// Removes the least recently used files beyond `maximumFiles`, never `kept`.
  private func prune(keeping kept: String) {
    let manager = FileManager.default
    guard let names = try? manager.contentsOfDirectory(atPath: directory) else { return }
    let files = names.filter { $0.hasSuffix("." + Self.fileExtension) }.map { directory + "/" + $0 }.filter { $0 != kept }
    guard files.count >= maximumFiles else { return }
    let dated = files.map { path in
      (path: path, date: (try? manager.attributesOfItem(atPath: path)[.modificationDate] as? Date) ?? .distantPast)
    }
    for file in dated.sorted(by: { $0.date > $1.date }).dropFirst(maximumFiles - 1) {
      try? manager.removeItem(atPath: file.path)
    }
  }
}
