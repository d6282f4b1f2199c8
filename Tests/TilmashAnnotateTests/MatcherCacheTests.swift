import Foundation
import Testing
import TilmashGlossary
import TilmashTestSupport
import TilmashText

@testable import TilmashAnnotate

/// A matcher read back from bytes or from the cache behaves as the one built; damaged bytes are
/// refused or harmless, never a crash.
struct MatcherCacheTests {
  static let texts: [(String, DocumentLanguage)] = {
    var texts: [(String, DocumentLanguage)] = [
      ("Hulusi Akar, Nur-Sultan'da ortak bildirisinde NATO ile anlaşmayı açıkladı.", .turkish),
      ("Астанада Нұрсұлтан Назарбаев бірлескен жаттығуларды, келісімді талқылады.", .kazakh),
      ("Akar met Nursultan Nazarbaev in Astana; the joint military exercises of NATO.", .english),
    ]
    for name in ["akar-kazakhstan-visit.en.txt", "qorghanys-yntymaqtastyghy.kk.txt", "savunma-isbirligi.tr.txt"] {
      let url = TilmashProcess.packageRoot.appending(path: "seeds/\(name)")
      if let text = try? String(contentsOf: url, encoding: .utf8) {
        let language: DocumentLanguage = name.contains(".en.") ? .english : name.contains(".tr.") ? .turkish : .kazakh
        texts.append((text, language))
      }
    }
    return texts
  }()

  static let glossary = Glossary(entries: DefaultGlossaries.glossary.entries + sampleGlossary.entries)

  static func annotations(_ matcher: Matcher) -> [[Annotation]] {
    texts.map { matcher.annotate($0.0, language: $0.1) }
  }

  @Test func aMatcherReadBackAnnotatesAsTheOneBuilt() throws {
    let built = Matcher(glossary: Self.glossary)
    let bytes = built.serialized()
    let read = try Matcher(serialized: bytes, glossary: Self.glossary)
    #expect(read.forms == built.forms)
    #expect(Self.annotations(read) == Self.annotations(built))
    #expect(Self.annotations(built).joined().count > 20)
    // Nothing is lost or reordered: the copy writes the same bytes.
    #expect(read.serialized() == bytes)
  }

  @Test func everyTruncationIsRefused() {
    let bytes = Matcher(glossary: sampleGlossary).serialized()
    let step = max(1, bytes.count / 400)
    for length in stride(from: 0, to: bytes.count, by: step) {
      #expect(throws: BinaryFormatError.self) { try Matcher(serialized: Array(bytes.prefix(length)), glossary: sampleGlossary) }
    }
  }

  @Test func aFormBeyondTheGlossaryIsRefused() {
    let bytes = Matcher(glossary: sampleGlossary).serialized()
    let shorter = Glossary(entries: Array(sampleGlossary.entries.prefix(3)))
    #expect(throws: BinaryFormatError.self) { try Matcher(serialized: bytes, glossary: shorter) }
  }

  /// Damaged bytes (the checksum bypassed) either fail to read or give a matcher that still
  /// annotates without crashing: every 8-byte word of the forms, patterns, word tables and tries
  /// (which come first; the bit filters after them take any value) set to -1 and to a large
  /// id in turn, then single bytes anywhere. Much of the data takes any value (texts, masks,
  /// keys, -1 for "none"), but an entry id out of range is always refused.
  @Test func damagedBytesNeverCrash() {
    let built = Matcher(glossary: sampleGlossary)
    let bytes = built.serialized()
    // The first column: the count of forms, then each form's entry id.
    let entryColumn = 8 + 4 * built.forms.count
    func isRefused(_ damaged: [UInt8]) -> Bool {
      guard let matcher = try? Matcher(serialized: damaged, glossary: sampleGlossary) else { return true }
      for (text, language) in Self.texts.prefix(3) { _ = matcher.annotate(text, language: language) }
      return false
    }
    for word in stride(from: 0, to: min(bytes.count, 12_000) - 8, by: 8) {
      for value in [UInt64.max, 0x0000_7FFF_0000_7FFF] {
        var damaged = bytes
        withUnsafeBytes(of: value) { damaged.replaceSubrange(word..<(word + 8), with: $0) }
        let refused = isRefused(damaged)
        if word + 8 <= entryColumn { #expect(refused, "word at \(word)") }
      }
    }
    var random = SplitMix(state: 0x5EED)
    for _ in 0..<300 {
      var damaged = bytes
      damaged[Int(random.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: random.next())
      _ = isRefused(damaged)
    }
  }

  @Test func theCacheStoresThenLoads() throws {
    let directory = try TilmashProcess.temporaryDirectory().path()
    let cache = IndexCache(directory: directory, identity: 1)
    let (built, first) = cache.matcher(for: Self.glossary)
    #expect(!first.wasLoaded && first.problems.isEmpty)
    #expect(FileManager.default.fileExists(atPath: first.path))
    let (loaded, second) = cache.matcher(for: Self.glossary)
    #expect(second.wasLoaded && second.problems.isEmpty && second.path == first.path)
    #expect(Self.annotations(loaded) == Self.annotations(built))
  }

  @Test func anyChangeMakesANewKey() {
    let cache = IndexCache(directory: "/unused", identity: 1)
    var renamed = sampleGlossary
    renamed.entries[0].forms["en"] = [Form("joint exercises", status: .preferred)]
    var restatused = sampleGlossary
    restatused.entries[0].forms["en"] = [Form("joint exercise", status: .admitted)]
    var rekinded = sampleGlossary
    rekinded.entries[0].kind = .organization
    let reordered = Glossary(entries: sampleGlossary.entries.reversed())
    let keys = [
      cache.matcherKey(sampleGlossary), cache.matcherKey(renamed), cache.matcherKey(restatused), cache.matcherKey(rekinded),
      cache.matcherKey(reordered), IndexCache(directory: "/unused", identity: 2).matcherKey(sampleGlossary),
      cache.key(for: sampleGlossary, kind: "glossary-index", version: 1), cache.key(for: sampleGlossary, kind: "matcher", version: 2),
    ]
    #expect(Set(keys).count == keys.count)
    #expect(cache.matcherKey(sampleGlossary) == cache.matcherKey(Glossary(entries: sampleGlossary.entries)))
  }

  @Test func aDamagedFileIsReportedAndReplaced() throws {
    let directory = try TilmashProcess.temporaryDirectory().path()
    let cache = IndexCache(directory: directory, identity: 1)
    let (built, first) = cache.matcher(for: sampleGlossary)
    var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: first.path)))
    bytes[bytes.count / 2] ^= 0x40
    try Data(bytes).write(to: URL(fileURLWithPath: first.path))
    let (rebuilt, second) = cache.matcher(for: sampleGlossary)
    #expect(!second.wasLoaded)
    #expect(second.problems.count == 1)
    #expect(second.problems.first?.contains("checksum") == true)
    #expect(Self.annotations(rebuilt) == Self.annotations(built))
    #expect(cache.matcher(for: sampleGlossary).report.wasLoaded)
  }

  @Test func onlyTheMostRecentFilesAreKept() throws {
    let directory = try TilmashProcess.temporaryDirectory().path()
    let cache = IndexCache(directory: directory, identity: 1, maximumFiles: 2)
    var paths: [String] = []
    for count in 1...3 {
      paths.append(cache.matcher(for: Glossary(entries: Array(sampleGlossary.entries.prefix(count)))).report.path)
      // Modification times must differ for the order to be known.
      Thread.sleep(forTimeInterval: 0.02)
    }
    let left = try FileManager.default.contentsOfDirectory(atPath: directory).map { directory + "/" + $0 }
    #expect(Set(left) == Set(paths.suffix(2)))
  }

  @Test func anUnwritableDirectoryStillGivesAMatcher() {
    let cache = IndexCache(directory: "/proc/tilmash-cannot-exist", identity: 1)
    let (matcher, report) = cache.matcher(for: sampleGlossary)
    #expect(!report.wasLoaded)
    #expect(report.problems.count == 1)
    #expect(!matcher.annotate("Hulusi Akar", language: .turkish).isEmpty)
  }
}

/// The matcher keyed by the glossary files (`IndexCache.index(_:sources:loadingGlossary:)`),
/// read while the glossary loads.
struct SourceKeyedMatcherTests {
  /// A glossary file of the sample entries and its source keys.
  static func file(_ glossary: Glossary, in directory: URL) throws -> (path: String, sources: [UInt64], cache: IndexCache) {
    let path = directory.appending(path: "terms.csv").path()
    try GlossaryWriter.write(glossary, to: path, format: .csv)
    let cache = IndexCache(directory: directory.appending(path: "cache").path(), identity: 1)
    let sources = try #require(GlossaryLoader.sources(paths: [path], includeDefaults: false, cache: cache)?.keys)
    return (path, sources, cache)
  }

  static func load(_ path: String, _ cache: IndexCache) -> Glossary {
    GlossaryLoader.load(paths: [path], includeDefaults: false, cache: cache).glossary
  }

  @Test func theFirstRunStoresTheNextReadsWhileTheGlossaryLoads() throws {
    let (path, sources, cache) = try Self.file(sampleGlossary, in: try TilmashProcess.temporaryDirectory())
    let (glossary, built, first) = cache.index(.matcher, sources: sources) { Self.load(path, cache) }
    #expect(first.isEmpty)
    let stored = cache.path(of: cache.key(kind: "matcher", version: IndexCache.Kind.matcher.version, sources: sources))
    #expect(FileManager.default.fileExists(atPath: stored))
    let (_, read, second) = cache.index(.matcher, sources: sources) { Self.load(path, cache) }
    #expect(second.isEmpty)
    #expect(read.serialized() == built.serialized())
    #expect(read.serialized() == Matcher(glossary: glossary).serialized())
  }

  @Test func aChangedFileHasOtherKeys() throws {
    let directory = try TilmashProcess.temporaryDirectory()
    let (path, sources, cache) = try Self.file(sampleGlossary, in: directory)
    var changed = sampleGlossary
    changed.entries[0].forms["en"] = [Form("joint drills", status: .preferred)]
    let (_, changedSources, _) = try Self.file(changed, in: directory)
    #expect(changedSources != sources)
    #expect(GlossaryLoader.sources(paths: [path], includeDefaults: true, cache: cache)?.keys != changedSources)
    #expect(GlossaryLoader.sources(paths: [path + ".missing"], cache: cache)?.keys == nil)
    // What the changed file's matcher finds is the changed glossary's.
    let (_, matcher, _) = cache.index(.matcher, sources: changedSources) { Self.load(path, cache) }
    #expect(matcher.annotate("The joint drills began.", language: .english).map(\.text) == ["joint drills"])
  }

  @Test func aStoredMatcherNamingMissingEntriesIsRebuilt() throws {
    let (path, sources, cache) = try Self.file(sampleGlossary, in: try TilmashProcess.temporaryDirectory())
    // A file stored under these sources for a larger glossary (as a stale or forged file would be).
    let larger = Glossary(entries: sampleGlossary.entries + sampleGlossary.entries.map { var entry = $0; entry.id += "-2"; return entry })
    let key = cache.key(kind: "matcher", version: IndexCache.Kind.matcher.version, sources: sources)
    let largerMatcher = Matcher(glossary: larger)
    #expect(cache.store(largerMatcher, key: key) { $0.write(to: &$1) }.isEmpty)
    let (glossary, matcher, problems) = cache.index(.matcher, sources: sources) { Self.load(path, cache) }
    #expect(problems.count == 1)
    #expect(problems.first?.contains("beyond the glossary's \(glossary.entries.count)") == true)
    #expect(matcher.serialized() == Matcher(glossary: glossary).serialized())
  }

  @Test func aFailingLoadIsRethrown() throws {
    struct Failure: Error {}
    let (_, sources, cache) = try Self.file(sampleGlossary, in: try TilmashProcess.temporaryDirectory())
    #expect(throws: Failure.self) { try cache.index(.matcher, sources: sources) { throw Failure() } }
  }
}

extension IndexCache {
  func matcherKey(_ glossary: Glossary) -> UInt64 {
    key(for: glossary, kind: Kind.matcher.name, version: Kind.matcher.version)
  }
}
