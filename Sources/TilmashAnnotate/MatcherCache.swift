import Dispatch
import Synchronization
import TilmashGlossary
import TilmashText

extension IndexCache.Kind where Index == Matcher {
  /// The annotator's matcher (`Matcher.serialized()`), with the standard inflection.
  public static let matcher = IndexCache.Kind<Matcher>(
    name: "matcher", version: 1, build: { Matcher(glossary: $0) }, write: { $0.write(to: &$1) },
    read: { bytes, offset, glossary throws(BinaryFormatError) in
      try Matcher(serialized: bytes, startingAt: offset, glossary: glossary)
    })
}

extension IndexCache {
  /// The matcher of `glossary`, from the cache when it holds one (see `index(_:for:)`).
  public func matcher(for glossary: Glossary) -> (matcher: Matcher, report: Report) {
    let (matcher, report) = index(Kind<Matcher>.matcher, for: glossary)
    return (matcher, report)
  }

  /// The glossary that `load` returns and its matcher, read from the cache on another thread
  /// while `load` runs: the matcher is keyed by `sources` (`GlossaryLoader.sourceKeys` of what
  /// `load` reads), so that it can be found before the glossary is there. Built and stored when
  /// the cache lacks it or holds a damaged one (a problem of the result).
  public func matcher(
    sources: [UInt64], loadingGlossary load: () throws -> Glossary
  ) rethrows -> (glossary: Glossary, matcher: Matcher, problems: [String]) {
    let kind = Kind<Matcher>.matcher
    let key = key(kind: kind.name, version: kind.version, sources: sources)
    let stored = Mutex<(parts: MatcherParts?, report: Report)?>(nil)
    let reading = DispatchWorkItem {
      let read = storedValue(key: key) { bytes, offset throws(BinaryFormatError) in
        try MatcherParts(serialized: bytes, startingAt: offset)
      }
      stored.withLock { $0 = (read.value, read.report) }
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
    var problems = read?.report.problems ?? []
    if let parts = read?.parts {
      do throws(BinaryFormatError) {
        return (glossary, try Matcher(parts: parts, glossary: glossary), problems)
      } catch {
        problems.append(Self.damaged(path(of: key), error))
      }
    }
    let matcher = kind.build(glossary)
    problems += store(matcher, key: key, write: kind.write)
    return (glossary, matcher, problems)
  }
}
