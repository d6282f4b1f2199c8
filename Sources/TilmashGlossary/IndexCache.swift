import Foundation
import Synchronization
import TilmashText

/// Indexes built from a glossary (the annotator's matcher, lookup's `GlossaryIndex`), kept on
/// disk between runs: building them for a large glossary (expanding every entry's forms, folding
/// them, filling hash tables) takes about a second at 50,000 entries; reading one back takes a
/// fraction of that.
///
///     let identity = IndexCache.identity(ofExecutableAt: CommandLine.arguments[0]) ?? 0
///     let cache = IndexCache(directory: "/var/cache/my-app/tilmash", identity: identity)
///     let (index, report) = cache.glossaryIndex(for: glossary)   // report.wasLoaded, .problems
///     let (matcher, _) = cache.matcher(for: glossary)           // TilmashAnnotate
///
/// A file is found by a key over everything the index is built from: which kind of index and
/// its format version, the glossary's entries (kinds, forms, languages, statuses, in order), the
/// program (`identity`: a hash of the executable, which embeds the rules and suffix tables) and
/// the ICU library's version (or, with `key(kind:version:sources:)`, the keys of the files the
/// glossary is loaded from instead of its entries, so that an index can be read while the
/// glossary loads). Any change gives a new key, so a file is never stale; the least
/// recently used files beyond `maximumFiles` are removed. A file also carries a checksum of its
/// content, and every id in it is checked as it is read: a damaged file is reported and
/// replaced, never trusted.
public struct IndexCache: Sendable {
  /// What happened: where the index's file is, whether it was read from there, and what went
  /// wrong on the way (a damaged file, a directory that cannot be written), if anything.
  public struct Report: Sendable, Equatable {
    public var path: String
    public var wasLoaded: Bool
    public var problems: [String]
  }

  /// One kind of index: its name and format version (raise it whenever the layout its
  /// `write` lays out changes), how to build it, write it and read it back in two steps: the
  /// `Parts` that need no glossary, then the index of them and the glossary, so that the parts
  /// can be read while the glossary loads.
  public struct Kind<Index, Parts: Sendable>: Sendable {
    public var name: String
    public var version: UInt64
    public var build: @Sendable (Glossary) -> Index
    public var write: @Sendable (Index, inout BinaryWriter) -> Void
    /// Reads all of an index that needs no glossary from `bytes[offset...]`.
    public var readParts: @Sendable (_ bytes: [UInt8], _ offset: Int) throws(BinaryFormatError) -> Parts
    /// The index of the parts for the glossary, checking that they name only its entries.
    public var attach: @Sendable (Parts, Glossary) throws(BinaryFormatError) -> Index

    public init(
      name: String, version: UInt64, build: @escaping @Sendable (Glossary) -> Index,
      write: @escaping @Sendable (Index, inout BinaryWriter) -> Void,
      readParts: @escaping @Sendable (_ bytes: [UInt8], _ offset: Int) throws(BinaryFormatError) -> Parts,
      attach: @escaping @Sendable (Parts, Glossary) throws(BinaryFormatError) -> Index
    ) {
      self.name = name
      self.version = version
      self.build = build
      self.write = write
      self.readParts = readParts
      self.attach = attach
    }
  }

  public let directory: String
  public let identity: UInt64
  public let maximumFiles: Int

  /// "TLMSHIDX", the first 8 bytes of every file.
  static let magic = UInt64(0x5844_4948_534D_4C54)
  static let headerSize = 40
  static let fileExtension = "tilmash-index"

  /// - Parameters:
  ///   - identity: changes whenever the program that builds indexes changes (see
  ///     `identity(ofExecutableAt:)`).
  ///   - maximumFiles: how many files to keep, most recently used first.
  public init(directory: String, identity: UInt64, maximumFiles: Int = 8) {
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

  /// The index of `kind` for `glossary`: read from the cache when it holds one, otherwise built
  /// and stored. Never fails: any problem with the cache falls back to building, and is reported.
  public func index<Index, Parts>(_ kind: Kind<Index, Parts>, for glossary: Glossary) -> (index: Index, report: Report) {
    let (index, report) = value(
      key: key(for: glossary, kind: kind.name, version: kind.version), build: { kind.build(glossary) },
      write: kind.write,
      read: { bytes, offset throws(BinaryFormatError) in try kind.attach(kind.readParts(bytes, offset), glossary) })
    return (index, report)
  }

  /// The glossary that `load` returns and the index of `kind` of it, the index read from the
  /// cache on another thread while `load` runs: keyed by `sources` (`GlossaryLoader.Sources.keys`
  /// of what `load` reads), it can be found before the glossary is there; its parts are read
  /// then, and attached to the glossary once `load` returns. The index is built and stored when
  /// the cache lacks it or holds a damaged one (a problem of the result).
  public func index<Index, Parts>(
    _ kind: Kind<Index, Parts>, sources: [UInt64], loadingGlossary load: () throws -> Glossary
  ) rethrows -> (glossary: Glossary, index: Index, problems: [String]) {
    let key = key(kind: kind.name, version: kind.version, sources: sources)
    let stored = Mutex<(parts: Parts?, problems: [String])?>(nil)
    let reading = DispatchWorkItem {
      let read = storedValue(key: key, read: kind.readParts)
      stored.withLock { $0 = (read.value, read.report.problems) }
    }
    DispatchQueue.global().async(execute: reading)
    let glossary: Glossary
    do {
      glossary = try load()
    } catch {
      reading.wait()
      throw error
    }
    reading.wait()
    let read = stored.withLock { $0 }
    var problems = read?.problems ?? []
    if let parts = read?.parts {
      do throws(BinaryFormatError) {
        return (glossary, try kind.attach(parts, glossary), problems)
      } catch {
        problems.append(Self.damaged(path(of: key), error))
      }
    }
    let index = kind.build(glossary)
    problems += store(index, key: key, write: kind.write)
    return (glossary, index, problems)
  }

  /// The value stored under `key`: read back with `read` from the file's bytes after its
  /// header, or made with `build` and, when `shouldStore` says so, stored with `write`.
  public func value<Value>(
    key: UInt64, build: () -> Value, write: (Value, inout BinaryWriter) -> Void,
    read: ([UInt8], Int) throws(BinaryFormatError) -> Value, shouldStore: (Value) -> Bool = { _ in true }
  ) -> (value: Value, report: Report) {
    var (stored, report) = storedValue(key: key, read: read)
    if let stored { return (stored, report) }
    let value = build()
    if shouldStore(value) { report.problems += store(value, key: key, write: write) }
    return (value, report)
  }

  /// The value stored under `key`, read back with `read` from the file's bytes after its
  /// header; nil when there is none, or when it is damaged (a problem of the report).
  public func storedValue<Value>(
    key: UInt64, read: ([UInt8], Int) throws(BinaryFormatError) -> Value
  ) -> (value: Value?, report: Report) {
    let path = path(of: key)
    var report = Report(path: path, wasLoaded: false, problems: [])
    guard let bytes = Self.contents(of: path) else { return (nil, report) }
    do throws(BinaryFormatError) {
      try Self.checkHeader(of: bytes, key: key)
      let value = try read(bytes, Self.headerSize)
      report.wasLoaded = true
      // The time of last use, for pruning.
      try? FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: path)
      return (value, report)
    } catch {
      report.problems.append(Self.damaged(path, error))
      return (nil, report)
    }
  }

  /// How a damaged file is reported: where it is and what is wrong with it.
  static func damaged(_ path: String, _ error: BinaryFormatError) -> String {
    "\(path): \(error.description); rebuilding it"
  }

  /// Stores `value` under `key` with `write`; the problems, if it could not be stored.
  public func store<Value>(_ value: Value, key: UInt64, write: (Value, inout BinaryWriter) -> Void) -> [String] {
    let path = path(of: key)
    do {
      // Readable by the user alone: an index holds every form of the user's glossaries.
      try FileManager.default.createDirectory(
        atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
      try AtomicFile.write(Self.file(key: key) { write(value, &$0) }, to: path, durable: false)
      prune(keeping: path)
      return []
    } catch {
      return ["cannot store the index in \(directory): \(error)"]
    }
  }

  /// The file of `key`.
  public func path(of key: UInt64) -> String {
    directory + "/" + String(key, radix: 16) + "." + Self.fileExtension
  }

  /// The key of the index of kind `name` (format `version`) of the glossary that the sources
  /// with `sources` keys make (`GlossaryLoader.Sources.keys`) under this program: known before the
  /// glossary is read, so that the two can be read at the same time.
  public func key(kind name: String, version: UInt64, sources: [UInt64]) -> UInt64 {
    let parts = [ContentHash.of(Array("from-sources".utf8)), ContentHash.of(Array(name.utf8)), version, identity, UInt64(ICULibrary.version)]
    return (parts + sources).withUnsafeBytes { ContentHash.of($0) }
  }

  /// The key of the index of kind `name` (format `version`) of `glossary` under this program.
  public func key(for glossary: Glossary, kind name: String, version: UInt64) -> UInt64 {
    let entries = glossary.entries
    // One hash per entry, on all cores. An entry's languages are hashed apart and added up,
    // which needs no sorting: a dictionary's order changes from process to process.
    let parts = ParallelChunks.map(count: entries.count, minimumChunk: 4096) { range in
      var bytes: [UInt8] = []
      return range.map { index in
        var hash = UInt64(entries[index].kind.ordinal)
        for (language, forms) in entries[index].forms {
          // Fields end with 0, which no text holds; a form's status with 1 or 2 (derived).
          bytes.removeAll(keepingCapacity: true)
          bytes.appendUTF8(of: language)
          bytes.append(0)
          for form in forms {
            bytes.appendUTF8(of: form.text)
            bytes.append(0)
            bytes.appendUTF8(of: form.status.rawValue)
            bytes.append(form.isDerived ? 2 : 1)
          }
          hash &+= ContentHash.of(bytes)
        }
        return hash
      }
    }
    let header = [ContentHash.of(Array(name.utf8)), version, identity, UInt64(ICULibrary.version)]
    return (header + parts.joined()).withUnsafeBytes { ContentHash.of($0) }
  }

  /// A file's bytes: the header (magic, format version, key, payload length, payload checksum)
  /// and what `write` lays out.
  static func file(key: UInt64, write: (inout BinaryWriter) -> Void) -> [UInt8] {
    var writer = BinaryWriter()
    writer.append(magic)
    writer.append(0)
    writer.append(key)
    // The payload's length and checksum, once it is written.
    writer.append(0)
    writer.append(0)
    write(&writer)
    let payload = writer.bytes.count - headerSize
    let checksum = writer.bytes.withUnsafeBytes { ContentHash.of(UnsafeRawBufferPointer(rebasing: $0[headerSize...])) }
    writer.replace(at: headerSize - 16, with: UInt64(payload))
    writer.replace(at: headerSize - 8, with: checksum)
    return writer.bytes
  }

  /// Checks a file's header against `key` (which covers the kind and its version) and its
  /// content against the checksum.
  static func checkHeader(of bytes: [UInt8], key: UInt64) throws(BinaryFormatError) {
    var header = BinaryReader(bytes)
    guard try header.uint64() == magic else { throw header.failure("not a Tilmash index file") }
    guard try header.uint64() == 0 else { throw header.failure("a header of another layout") }
    guard try header.uint64() == key else { throw header.failure("written for another glossary, program or index") }
    let length = try header.int(in: 0...Int.max)
    guard length == bytes.count - headerSize else {
      throw header.failure("the file holds \(bytes.count - headerSize) bytes after its header, not \(length)")
    }
    let checksum = try header.uint64()
    let actual = bytes.withUnsafeBytes { ContentHash.of(UnsafeRawBufferPointer(rebasing: $0[headerSize...])) }
    guard checksum == actual else { throw header.failure("the content does not match its checksum") }
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
