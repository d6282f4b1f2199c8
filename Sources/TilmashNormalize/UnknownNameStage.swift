import TilmashAnnotate
import TilmashText

/// Finds capitalized words in the other script than the target language's that no glossary
/// knows (a Cyrillic name in Turkish text, a Latin one in Kazakh Cyrillic text), and
/// transliterates them with `scheme`, or only notes them when there is none.
///
///     // --to tr --transliterate-unknown kk-tr-press
///     "Жапаров açıkladı"  ->  "Japarov açıkladı"
public struct UnknownNameStage: NormalizationStage {
  public let matcher: Matcher
  public let target: TargetLanguage
  public let scheme: TransliterationScheme?

  public init(matcher: Matcher, target: TargetLanguage, scheme: TransliterationScheme?) {
    self.matcher = matcher
    self.target = target
    self.scheme = scheme
  }

  public func run(on text: String) -> StageResult {
    let foreign: Script = target.script == .latin ? .cyrillic : .latin
    // A word qualifies by its first letter, a capital of the foreign script: most texts have
    // none anywhere, and are answered without being split into words.
    guard Self.hasCapital(of: foreign, in: text) else { return StageResult() }
    let words = TextScan.words(of: text)
    guard
      words.contains(where: { word in
        word.scalars.first.map { Script($0) == foreign && $0.properties.isUppercase } ?? false
      })
    else { return StageResult() }
    let known = matcher.annotate(text, language: target.documentLanguage).map(\.byteRange)
    var knownIndex = 0
    var result = StageResult()
    for word in words {
      guard let first = word.scalars.first, Script(first) == foreign, first.properties.isUppercase else { continue }
      while knownIndex < known.count, known[knownIndex].upperBound <= word.range.lowerBound { knownIndex += 1 }
      if knownIndex < known.count, known[knownIndex].lowerBound < word.range.upperBound { continue }
      // The word's letters in the foreign script (a suffix in the text's own script stays).
      var length = 0
      var bytes = 0
      for scalar in word.scalars {
        let script = Script(scalar)
        guard script == foreign || (script != .latin && script != .cyrillic && length > 0) else { break }
        length += 1
        bytes += UTF8.width(scalar)
      }
      let range = word.range.lowerBound..<(word.range.lowerBound + bytes)
      let original = String(String.UnicodeScalarView(word.scalars[0..<length]))
      if let scheme {
        let written = scheme.transliterate(original)
        if !written.unicodeScalars.elementsEqual(original.unicodeScalars) {
          result.edits.append(Edit(range: range, replacement: written, rule: .unknown))
          continue
        }
      }
      result.notes.append(Edit(range: range, replacement: original, rule: .unknown))
    }
    return result
  }

  /// Whether `text` has a capital letter of `script`.
  static func hasCapital(of script: Script, in text: String) -> Bool {
    for scalar in text.unicodeScalars {
      if scalar.value < 0x80 {
        if script == .latin, scalar.value &- 0x41 < 26 { return true }
      } else if Script(scalar) == script, scalar.properties.isUppercase {
        return true
      }
    }
    return false
  }
}
