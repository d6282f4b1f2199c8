import ArgumentParser
import Foundation
import TilmashAnnotate
import TilmashGlossary

/// Where the commands keep the glossaries they parse and the indexes they build from them
/// (`IndexCache`): `--cache-dir DIR` and `--no-cache`.
struct IndexCacheOptions: ParsableArguments {
  @Option(
    name: .customLong("cache-dir"),
    help: ArgumentHelp(
      "Keep parsed glossaries and built indexes in DIR (default: $XDG_CACHE_HOME/tilmash or ~/.cache/tilmash).",
      discussion:
        "Reading and indexing a large glossary takes about a second; a later run with the same glossaries and the same tilmash reads the result back instead. Any change to either builds anew. Damaged files are noted and rebuilt.",
      valueName: "dir"))
  var directory: String?

  @Flag(name: .customLong("no-cache"), help: "Read and index the glossaries afresh, and store nothing.")
  var disabled = false

  /// The glossaries and the annotator's matcher of them, from the cache when it has them.
  func matcher(of glossaries: GlossaryOptions) throws -> (glossary: Glossary, matcher: Matcher) {
    // The folding and suffix tables every matcher needs are built on another core meanwhile.
    DispatchQueue.global().async { Matcher.prepareSharedTables() }
    let (glossary, matcher) = try load(glossaries, .matcher)
    return (glossary, matcher)
  }

  /// The glossaries and lookup's index of them, from the cache when it has them.
  func glossaryIndex(of glossaries: GlossaryOptions) throws -> GlossaryIndex {
    // The folding and suffix tables a query needs are built on another core meanwhile.
    DispatchQueue.global().async { GlossaryIndex.prepareSharedTables() }
    return try load(glossaries, .glossaryIndex).index
  }

  /// Notes problems with the cache on standard error; the run goes on as without it.
  static func note(_ problems: [String]) {
    for problem in problems { Diagnostics.note("tilmash: note: index cache: \(problem)") }
  }

  /// The glossaries (failing as `GlossaryOptions.load` does) and the index of `kind` built from
  /// them, each read back from the cache when it holds it.
  ///
  /// The index is keyed by the glossary files' own keys (`GlossaryLoader.Sources.keys`), so that
  /// it is read on another core while the glossary loads: together they are most of a warm
  /// start. With a file that cannot be read (which the loading reports), it is keyed by the
  /// loaded entries instead.
  ///
  /// The index is kept until the process exits, never freed: a command uses it to its end, and
  /// taking apart the hundreds of thousands of objects of a large glossary's index one by one
  /// costs a tenth of a second at 50,000 terms, where the system reclaims the memory at once.
  private func load<Index: AnyObject, Parts>(
    _ glossaries: GlossaryOptions, _ kind: IndexCache.Kind<Index, Parts>
  ) throws -> (glossary: Glossary, index: Index) {
    let loaded = try glossaryAndIndex(glossaries, kind)
    _ = Unmanaged.passRetained(loaded.index)
    return loaded
  }

  private func glossaryAndIndex<Index, Parts>(
    _ glossaries: GlossaryOptions, _ kind: IndexCache.Kind<Index, Parts>
  ) throws -> (glossary: Glossary, index: Index) {
    guard let cache = resolve() else {
      let glossary = try glossaries.load(cache: nil)
      return (glossary, kind.build(glossary))
    }
    if let sources = glossaries.sources(cache: cache) {
      let (glossary, index, problems) = try cache.index(kind, sources: sources.keys) {
        try glossaries.load(sources, cache: cache)
      }
      Self.note(problems)
      return (glossary, index)
    }
    let glossary = try glossaries.load(cache: cache)
    let (index, report) = cache.index(kind, for: glossary)
    Self.note(report.problems)
    return (glossary, index)
  }

  /// The cache, unless `--no-cache` or no directory or program identity can be found.
  private func resolve() -> IndexCache? {
    guard !disabled, let directory = directory ?? IndexCache.defaultDirectory(),
      let executable = Self.executablePath, let identity = IndexCache.identity(ofExecutableAt: executable)
    else { return nil }
    return IndexCache(directory: directory, identity: identity)
  }

  /// The running program's file. On Linux the kernel names it; `Bundle.main` would read the
  /// bundle's information first, a few milliseconds of every run.
  private static var executablePath: String? {
    #if os(Linux)
    "/proc/self/exe"
    #else
    Bundle.main.executablePath
    #endif
  }
}
