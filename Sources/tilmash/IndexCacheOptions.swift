import ArgumentParser
import Foundation
import TilmashAnnotate
import TilmashGlossary

/// Where the commands that match text keep their built glossary indexes (`MatcherCache`):
/// `--cache-dir DIR` and `--no-cache`.
struct IndexCacheOptions: ParsableArguments {
  @Option(
    name: .customLong("cache-dir"),
    help: ArgumentHelp(
      "Keep built glossary indexes in DIR (default: $XDG_CACHE_HOME/tilmash or ~/.cache/tilmash).",
      discussion:
        "Building the index of a large glossary takes about a second; a later run with the same glossaries and the same tilmash reads it back instead. Any change to either builds a new one.",
      valueName: "dir"))
  var directory: String?

  @Flag(name: .customLong("no-cache"), help: "Build the glossary index afresh and store nothing.")
  var disabled = false

  /// The matcher of `glossary`, from the cache when it has one. Problems with the cache are
  /// noted on standard error; the matcher is then built as without a cache.
  func matcher(for glossary: Glossary) -> Matcher {
    guard !disabled, let directory = directory ?? MatcherCache.defaultDirectory(),
      let executable = Bundle.main.executablePath, let identity = MatcherCache.identity(ofExecutableAt: executable)
    else { return Matcher(glossary: glossary) }
    let (matcher, report) = MatcherCache(directory: directory, identity: identity).matcher(for: glossary)
    for problem in report.problems { Diagnostics.note("tilmash: note: index cache: \(problem)") }
    return matcher
  }
}
