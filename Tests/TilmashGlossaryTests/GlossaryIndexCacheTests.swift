import Foundation
import Testing
import TilmashTestSupport
import TilmashText

@testable import TilmashGlossary

/// Lookup's index read back from bytes or from the cache answers as the one built; damaged
/// bytes are refused or harmless, never a crash.
struct GlossaryIndexCacheTests {
  static let glossary = Glossary(entries: DefaultGlossaries.glossary.entries + fixtureIndex.glossary.entries)

  /// Queries of every kind: every 5th form as written, in capitals, inflected, without Turkish
  /// letters, misspelled (fuzzy); and words no entry has.
  static let queries: [(String, LookupOptions)] = {
    var queries: [(String, LookupOptions)] = []
    for (number, form) in GlossaryIndex(glossary: glossary).forms.enumerated() where number % 5 == 0 {
      queries.append((form.text, LookupOptions()))
      queries.append((form.text.uppercased(), LookupOptions(languages: [form.language])))
      queries.append((form.text + (form.language == "kk" ? "дың" : form.language == "tr" ? "'nın" : "s"), LookupOptions()))
      queries.append((String(form.text.dropLast()), LookupOptions(fuzzy: true)))
    }
    return queries + [("bakanligi", LookupOptions()), ("nothing here", LookupOptions(fuzzy: true)), ("жоқ", LookupOptions())]
  }()

  /// What a lookup found, as comparable values.
  static func answers(_ index: GlossaryIndex) -> [[String]] {
    queries.map { query, options in
      index.lookup(query, options: options).map {
        "\($0.entryIndex) \($0.score) \($0.kind) \($0.form.text) \($0.form.language) \($0.form.origin) \($0.distance)"
      }
    }
  }

  @Test func anIndexReadBackAnswersAsTheOneBuilt() throws {
    let built = GlossaryIndex(glossary: Self.glossary)
    let bytes = built.serialized()
    let read = try GlossaryIndex(serialized: bytes, glossary: Self.glossary)
    #expect(read.forms == built.forms)
    let answers = Self.answers(built)
    #expect(Self.answers(read) == answers)
    #expect(answers.joined().count > Self.queries.count / 2)
    #expect(read.serialized() == bytes)
  }

  @Test func everyTruncationIsRefused() {
    let bytes = fixtureIndex.serialized()
    let step = max(1, bytes.count / 400)
    for length in stride(from: 0, to: bytes.count, by: step) {
      #expect(throws: BinaryFormatError.self) {
        try GlossaryIndex(serialized: Array(bytes.prefix(length)), glossary: fixtureIndex.glossary)
      }
    }
  }

  /// Every 8-byte word set to -1 and to a large id: refused or harmless. The first column (the
  /// count of forms, then their entry ids) is always refused.
  @Test func damagedBytesNeverCrash() {
    let bytes = fixtureIndex.serialized()
    let entryColumn = 8 + 4 * fixtureIndex.forms.count
    for word in stride(from: 0, to: bytes.count - 8, by: 8) {
      for value in [UInt64.max, 0x0000_7FFF_0000_7FFF] {
        var damaged = bytes
        withUnsafeBytes(of: value) { damaged.replaceSubrange(word..<(word + 8), with: $0) }
        guard let index = try? GlossaryIndex(serialized: damaged, glossary: fixtureIndex.glossary) else { continue }
        #expect(word + 8 > entryColumn, "word at \(word)")
        for query in ["Назарбаев", "dışişleri bakanlığı'nın", "joint statemnt", "Astana"] {
          _ = index.lookup(query, options: LookupOptions(fuzzy: true))
        }
      }
    }
  }

  @Test func theCacheStoresThenLoads() throws {
    let directory = try TilmashProcess.temporaryDirectory().path()
    let cache = IndexCache(directory: directory, identity: 1)
    let (built, first) = cache.glossaryIndex(for: Self.glossary)
    #expect(!first.wasLoaded && first.problems.isEmpty)
    let (loaded, second) = cache.glossaryIndex(for: Self.glossary)
    #expect(second.wasLoaded && second.problems.isEmpty && second.path == first.path)
    #expect(Self.answers(loaded) == Self.answers(built))
  }

  /// Keyed by the glossary file, the index is read while the glossary loads; one stored for a
  /// larger glossary under the same key (stale or forged) is reported and rebuilt.
  @Test func anIndexKeyedByItsFilesIsReadWhileTheGlossaryLoads() throws {
    let directory = try TilmashProcess.temporaryDirectory()
    let path = directory.appending(path: "terms.tbx").path()
    try GlossaryWriter.write(fixtureIndex.glossary, to: path, format: .tbx)
    let cache = IndexCache(directory: directory.appending(path: "cache").path(), identity: 1)
    let sources = try #require(GlossaryLoader.sources(paths: [path], includeDefaults: false, cache: cache)?.keys)
    func load() -> Glossary { GlossaryLoader.load(paths: [path], includeDefaults: false, cache: cache).glossary }
    let (glossary, built, first) = cache.index(.glossaryIndex, sources: sources, loadingGlossary: load)
    let (_, read, second) = cache.index(.glossaryIndex, sources: sources, loadingGlossary: load)
    #expect(first.isEmpty && second.isEmpty)
    #expect(read.serialized() == built.serialized())
    #expect(Self.answers(read) == Self.answers(GlossaryIndex(glossary: glossary)))

    let larger = GlossaryIndex(glossary: Self.glossary)
    let key = cache.key(kind: "glossary-index", version: IndexCache.Kind.glossaryIndex.version, sources: sources)
    #expect(cache.store(larger, key: key) { $0.write(to: &$1) }.isEmpty)
    let (_, rebuilt, problems) = cache.index(.glossaryIndex, sources: sources, loadingGlossary: load)
    #expect(problems.count == 1)
    #expect(problems.first?.contains("beyond the glossary's \(glossary.entries.count)") == true)
    #expect(rebuilt.serialized() == built.serialized())
  }

  @Test func aGlossaryReadBackEqualsTheOneRead() throws {
    var entries = Self.glossary.entries
    entries.append(
      Entry(
        id: "t-all", kind: .organization, domain: "defense", definition: "Dışişleri; \"quoted\"", note: "", source: "test",
        forms: ["en": [Form("a", status: .preferred), Form("b", status: .deprecated)], "kk": [Form("ә", isDerived: true)]],
        location: SourceLocation(file: "x.csv", line: 7, column: 3)))
    entries.append(Entry(id: ""))
    let glossary = Glossary(entries: entries)
    var writer = BinaryWriter()
    glossary.write(to: &writer)
    let read = try Glossary(serialized: writer.bytes)
    #expect(read.entries == glossary.entries)
  }

  @Test func aGlossaryFileIsStoredOnlyWhenItReadsCleanly() throws {
    let directory = try TilmashProcess.temporaryDirectory()
    let cache = IndexCache(directory: directory.appending(path: "cache").path(), identity: 1)
    let clean = directory.appending(path: "clean.csv").path()
    try Data(fixtureCSV.utf8).write(to: URL(fileURLWithPath: clean))
    let (first, firstReport) = cache.readGlossary(path: clean)
    #expect(firstReport?.wasLoaded == false)
    let (second, secondReport) = cache.readGlossary(path: clean)
    #expect(secondReport?.wasLoaded == true)
    #expect(second.glossary.entries == first.glossary.entries)
    #expect(second.glossary.entries == GlossaryReader.read(path: clean).glossary.entries)
    // A warning (an unknown type) keeps the file out of the cache: it is reported every time.
    let warned = directory.appending(path: "warned.csv").path()
    try Data("id,type,en\nx,thing,word\n".utf8).write(to: URL(fileURLWithPath: warned))
    for _ in 0..<2 {
      let (result, report) = cache.readGlossary(path: warned)
      #expect(report?.wasLoaded == false)
      #expect(result.diagnostics.count == 1)
    }
    // A file that cannot be read is reported as without the cache.
    let (missing, missingReport) = cache.readGlossary(path: directory.appending(path: "missing.csv").path())
    #expect(missingReport == nil)
    #expect(missing.hasErrors)
  }

  @Test func damagedGlossaryBytesNeverCrash() {
    var writer = BinaryWriter()
    fixtureIndex.glossary.write(to: &writer)
    let bytes = writer.bytes
    for word in stride(from: 0, to: bytes.count - 8, by: 8) {
      for value in [UInt64.max, 0x0000_7FFF_0000_7FFF] {
        var damaged = bytes
        withUnsafeBytes(of: value) { damaged.replaceSubrange(word..<(word + 8), with: $0) }
        _ = try? Glossary(serialized: damaged)
      }
    }
    for length in 0..<bytes.count {
      #expect(throws: BinaryFormatError.self) { try Glossary(serialized: Array(bytes.prefix(length))) }
    }
  }
}
