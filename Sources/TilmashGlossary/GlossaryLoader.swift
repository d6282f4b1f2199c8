/// Loads the glossaries a command works with: the shipped ones (unless left out) and the files
/// named with `--glossary`, merged in that order.
///
///     let loaded = GlossaryLoader.load(paths: ["my-terms.csv"])
///     loaded.glossary      // shipped entries, then my-terms.csv's
///     loaded.diagnostics   // every problem, located
///
/// An entry whose id was already loaded replaces the earlier one, so that a user's glossary can
/// correct a shipped entry. A file that cannot be read contributes nothing and is reported.
public enum GlossaryLoader {
  public struct Loaded: Sendable {
    public var glossary: Glossary
    public var diagnostics: [GlossaryDiagnostic]
    /// Problems with the index cache, if one was given (a damaged file, say): the files were
    /// then read as without it.
    public var cacheProblems: [String] = []
    public var hasErrors: Bool { diagnostics.contains(where: \.isError) }
  }

  /// What `load` with these arguments reads, read and keyed before anything is parsed, so that
  /// an index can be keyed by it (`Sources.keys`) and read while `load(_:cache:)` parses it; nil
  /// when some file cannot be read (`load(paths:...)` reports it).
  public static func sources(
    paths: [String], includeDefaults: Bool = true, format: GlossaryFormat? = nil, cache: IndexCache
  ) -> Sources? {
    var files: [KeyedGlossaryFile] = []
    for path in paths {
      guard let file = cache.keyedFile(path: path, format: format) else { return nil }
      files.append(file)
    }
    return Sources(includeDefaults: includeDefaults, files: files)
  }

  /// Loads what `sources` read, as `load(paths:...)` loads the files they were read from.
  public static func load(_ sources: Sources, cache: IndexCache) -> Loaded {
    var results: [GlossaryReadResult] = sources.includeDefaults ? DefaultGlossaries.results : []
    var cacheProblems: [String] = []
    for file in sources.files {
      let (result, report) = cache.readGlossary(file)
      results.append(result)
      cacheProblems += report.problems
    }
    return merged(results, cacheProblems: cacheProblems)
  }

  /// - Parameter cache: where parsed files are kept between runs (see
  ///   `IndexCache.readGlossary(path:format:)`); nil to parse every file.
  public static func load(
    paths: [String], includeDefaults: Bool = true, format: GlossaryFormat? = nil, cache: IndexCache? = nil
  ) -> Loaded {
    var results: [GlossaryReadResult] = includeDefaults ? DefaultGlossaries.results : []
    var cacheProblems: [String] = []
    for path in paths {
      if let cache {
        let (result, report) = cache.readGlossary(path: path, format: format)
        results.append(result)
        cacheProblems += report?.problems ?? []
      } else {
        results.append(GlossaryReader.read(path: path, format: format))
      }
    }
    return merged(results, cacheProblems: cacheProblems)
  }

  /// The entries of `results` in order, a later entry replacing an earlier one of its id.
  private static func merged(_ results: [GlossaryReadResult], cacheProblems: [String]) -> Loaded {
    var entries: [Entry] = []
    var positions: [String: Int] = [:]
    var diagnostics: [GlossaryDiagnostic] = []
    let total = results.reduce(0) { $0 + $1.glossary.entries.count }
    entries.reserveCapacity(total)
    positions.reserveCapacity(total)
    for result in results {
      diagnostics += result.diagnostics.filter(\.isError)
      for entry in result.glossary.entries {
        if !entry.id.isEmpty, let position = positions[entry.id] {
          entries[position] = entry
        } else {
          positions[entry.id] = entries.count
          entries.append(entry)
        }
      }
    }
    return Loaded(glossary: Glossary(entries: entries), diagnostics: diagnostics, cacheProblems: cacheProblems)
  }
}
