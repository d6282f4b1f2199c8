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
}
