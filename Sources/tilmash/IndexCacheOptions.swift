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

  /// The annotator's matcher of `glossary`, from the cache when it has one.
  func matcher(for glossary: Glossary) -> Matcher {
    index(.matcher, for: glossary)
  }

  /// Lookup's index of `glossary`, from the cache when it has one.
  func glossaryIndex(for glossary: Glossary) -> GlossaryIndex {
    index(.glossaryIndex, for: glossary)
  }

  /// The cache, unless `--no-cache` or no directory or program identity can be found.
  var cache: IndexCache? {
    guard !disabled, let directory = directory ?? IndexCache.defaultDirectory(),
      let executable = Bundle.main.executablePath, let identity = IndexCache.identity(ofExecutableAt: executable)
    else { return nil }
    return IndexCache(directory: directory, identity: identity)
  }

  /// The index of `kind`, from the cache when it has one. Problems with the cache are noted on
  /// standard error; the index is then built as without a cache.
  private func index<Index>(_ kind: IndexCache.Kind<Index>, for glossary: Glossary) -> Index {
    guard let cache else { return kind.build(glossary) }
    let (index, report) = cache.index(kind, for: glossary)
    for problem in report.problems { Diagnostics.note("tilmash: note: index cache: \(problem)") }
    return index
  }
}
