/// Why a transliterator could not be made.
public enum TransliterationError: Error, Equatable, Sendable, CustomStringConvertible {
  /// ICU does not know the transform ID.
  case unknownTransform(id: String, icuError: String)
  /// A rule set failed to compile: ICU's error, the 1-based rule line, the offset in it, and the
  /// text just before and after the offending spot.
  case malformedRules(name: String, icuError: String, line: Int, offset: Int, before: String, after: String)
  /// A scheme name that Tilmash does not know, with the names it does.
  case unknownScheme(name: String, known: [String])

  public var description: String {
    switch self {
    case .unknownTransform(let id, let error):
      "unknown ICU transform '\(id)' (\(error))"
    case .malformedRules(let name, let error, let line, let offset, let before, let after):
      "\(name):\(line):\(offset): error: malformed transliteration rule (\(error)) near '\(before)' | '\(after)'"
    case .unknownScheme(let name, let known):
      "unknown scheme '\(name)'; known schemes: \(known.joined(separator: ", "))"
    }
  }
}
