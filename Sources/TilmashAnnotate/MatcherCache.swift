import TilmashGlossary
import TilmashText

extension IndexCache.Kind where Index == Matcher, Parts == MatcherParts {
  /// The annotator's matcher (`Matcher.serialized()`), with the standard inflection.
  public static let matcher = IndexCache.Kind<Matcher, MatcherParts>(
    name: "matcher", version: 1, build: { Matcher(glossary: $0) }, write: { $0.write(to: &$1) },
    readParts: { bytes, offset throws(BinaryFormatError) in try MatcherParts(serialized: bytes, startingAt: offset) },
    attach: { parts, glossary throws(BinaryFormatError) in try Matcher(parts: parts, glossary: glossary) })
}

extension IndexCache {
  /// The matcher of `glossary`, from the cache when it holds one (see `index(_:for:)`).
  public func matcher(for glossary: Glossary) -> (matcher: Matcher, report: Report) {
    let (matcher, report) = index(Kind.matcher, for: glossary)
    return (matcher, report)
  }
}
