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

  /// The glossary that `load` returns and its matcher, read from the cache while `load` runs
  /// (see `index(_:sources:readParts:attach:loadingGlossary:)`).
  public func matcher(
    sources: [UInt64], loadingGlossary load: () throws -> Glossary
  ) rethrows -> (glossary: Glossary, matcher: Matcher, problems: [String]) {
    let (glossary, matcher, problems) = try index(
      .matcher, sources: sources,
      readParts: { bytes, offset throws(BinaryFormatError) in try MatcherParts(serialized: bytes, startingAt: offset) },
      attach: { parts, glossary throws(BinaryFormatError) in try Matcher(parts: parts, glossary: glossary) },
      loadingGlossary: load)
    return (glossary, matcher, problems)
  }
}
