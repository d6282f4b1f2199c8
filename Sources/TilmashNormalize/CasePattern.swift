import TilmashText

/// The capitalization of a name as the text writes it, carried over to another spelling.
///
///     CasePattern.apply(from: "NAZARBAEV", to: "Nazarbayev", language: .turkish)  // "NAZARBAYEV"
///     CasePattern.apply(from: "Nursultan NAZARBAEV", to: "Nursultan Nazarbayev", language: .english)
///     // "Nursultan NAZARBAYEV"
///
/// Word by word when both spellings have as many words: a word in capitals (two letters or
/// more) is written in capitals, a word in lower case in lower case, and a capitalized word as
/// the glossary writes it (so `of` in `Organisation of Islamic Cooperation` and `McDonald` keep
/// their case). When the word counts differ, capitals everywhere give capitals everywhere and
/// anything else gives the glossary's form. Casing follows the target language (İ/i, I/ı).
public enum CasePattern {
  enum WordCase { case upper, lower, title }

  ///
  /// With `keepingSpacing`, a space of the form is written as the text's own spacing when both
  /// have as many words and the text has only spaces, tabs or line breaks there (a name broken
  /// across lines stays broken).
  public static func apply(
    from original: String, to form: String, language: CaseLanguage, keepingSpacing: Bool = false
  ) -> String {
    let originalParts = parts(of: original)
    let originalWords = originalParts.filter(\.isWord).map(\.text)
    let originalSeparators = originalParts.filter { !$0.isWord }.map(\.text)
    let formParts = parts(of: form)
    let formWordCount = formParts.filter(\.isWord).count
    let cases = originalWords.compactMap(wordCase)
    if originalWords.count != formWordCount {
      let letters = original.unicodeScalars.filter { $0.properties.isAlphabetic }.count
      if letters > 1, !cases.isEmpty, cases.allSatisfy({ $0 == .upper }), cases.count == originalWords.count {
        return CaseMapping.uppercase(form, language: language)
      }
      return form
    }
    var result = ""
    var wordIndex = 0
    for part in formParts {
      guard part.isWord else {
        // The separator between word wordIndex-1 and wordIndex, when both sides have one.
        let separatorIndex = wordIndex - 1 + (originalParts.first?.isWord == false ? 1 : 0)
        if keepingSpacing, part.text == " ", wordIndex > 0, wordIndex < originalWords.count,
          separatorIndex < originalSeparators.count,
          originalSeparators[separatorIndex].allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        {
          result += originalSeparators[separatorIndex]
        } else {
          result += part.text
        }
        continue
      }
      let originalWord = originalWords[wordIndex]
      wordIndex += 1
      switch wordCase(originalWord) {
      case .upper where originalWord.unicodeScalars.filter({ $0.properties.isAlphabetic }).count > 1:
        result += CaseMapping.uppercase(part.text, language: language)
      case .lower:
        result += CaseMapping.lowercase(part.text, language: language)
      default:
        result += part.text
      }
    }
    return result
  }

  /// The case of a word's letters, or nil when it has none.
  static func wordCase(_ word: String) -> WordCase? {
    var sawUpper = false
    var sawLower = false
    var first: Bool?
    for scalar in word.unicodeScalars where scalar.properties.isAlphabetic {
      let properties = scalar.properties
      let upper = properties.isUppercase || properties.generalCategory == .titlecaseLetter
      let lower = properties.isLowercase
      if first == nil { first = upper }
      if upper { sawUpper = true }
      if lower { sawLower = true }
    }
    guard let first else { return nil }
    if sawUpper && !sawLower { return .upper }
    if sawLower && !sawUpper { return .lower }
    return first ? .title : .lower
  }

  struct Part {
    var text: String
    var isWord: Bool
  }

  static func parts(of text: String) -> [Part] {
    var result: [Part] = []
    for scalar in text.unicodeScalars {
      let isWord = TextClass.isWordScalar(scalar)
      if let last = result.last, last.isWord == isWord {
        result[result.count - 1].text.unicodeScalars.append(scalar)
      } else {
        result.append(Part(text: String(scalar), isWord: isWord))
      }
    }
    return result
  }

  static func words(of text: String) -> [String] {
    parts(of: text).filter(\.isWord).map(\.text)
  }
}
