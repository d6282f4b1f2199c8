import TilmashText

/// Tells English, Turkish and Kazakh (either script) apart from the letters and the most common
/// function words of a text.
///
///     LanguageDetector.detect("Bakanlık açıklama yaptı ve ...")  // .turkish
///
/// Cyrillic text is Kazakh; Latin text scores Turkish letters (ı ğ ş ç İ, one point each) and
/// Turkish function words (three points each) against Kazakh Latin letters (ä ñ ū, two; q, one)
/// and Kazakh and English function words, so that an English sentence about Erdoğan stays
/// English. Looks at the first 64 Ki scalars only.
public enum LanguageDetector {
  static let sampleSize = 64 * 1024

  private enum Vote { case english, turkish, kazakhLatin }

  /// The function words, each worth 3 points to its language. A dictionary of `String` keys
  /// compares words as `==` does (canonical equivalence).
  private static let functionWords: [String: Vote] = {
    var words: [String: Vote] = [:]
    for word in [
      "the", "and", "of", "to", "in", "on", "at", "is", "was", "were", "are", "with", "for", "that", "said",
      "which", "by", "from", "has", "have", "he", "she", "his", "its", "an",
    ] { words[word] = .english }
    for word in ["ve", "bir", "bu", "ile", "için", "olarak", "da", "de", "ki", "dedi", "olan", "ise", "gibi", "daha"] {
      words[word] = .turkish
    }
    for word in ["jäne", "men", "bul", "üşin", "dep", "osy", "bolyp", "jane"] { words[word] = .kazakhLatin }
    return words
  }()

  /// The ASCII function words packed into integers (one byte per letter), so that an ASCII word
  /// is looked up without building a `String`.
  private static let asciiFunctionWords: [UInt64: Vote] = {
    var packed: [UInt64: Vote] = [:]
    for (word, vote) in functionWords where word.utf8.allSatisfy({ $0 < 0x80 }) {
      packed[pack(word.utf8.map { Unicode.Scalar($0) })] = vote
    }
    return packed
  }()

  /// The first letters of the function words that are not ASCII (için, jäne, üşin), in any
  /// canonically equivalent spelling: only a word starting with one of them needs a `String`.
  private static let nonASCIIFirstScalars: Set<Unicode.Scalar> = ["i", "j", "u", "ü"]

  @inline(__always)
  private static func pack(_ scalars: [Unicode.Scalar]) -> UInt64 {
    var value: UInt64 = 0
    for scalar in scalars { value = value << 8 | UInt64(scalar.value & 0xFF) }
    return value
  }

  /// A word of more scalars than this cannot equal a function word, even decomposed (NFD at
  /// most doubles the 6 scalars of the longest one).
  private static let longestWord = 12

  public static func detect(_ text: String) -> DocumentLanguage {
    var text = text
    return text.withUTF8 { detect(utf8: $0) }
  }

  /// The language of valid UTF-8 text.
  ///
  /// - Complexity: O(n) in the first 64 Ki scalars.
  public static func detect(utf8 bytes: UnsafeBufferPointer<UInt8>) -> DocumentLanguage {
    var cyrillic = 0
    var latin = 0
    var turkish = 0
    var kazakhLatin = 0
    var english = 0
    // The current word, lowercased scalar by scalar as `String.lowercased()` does; a word that
    // cannot be a function word (Cyrillic, or too long) is not built.
    var word: [Unicode.Scalar] = []
    word.reserveCapacity(longestWord + 2)
    var wordIsASCII = true
    var wordIsDead = false
    func finishWord() {
      defer {
        word.removeAll(keepingCapacity: true)
        wordIsASCII = true
        wordIsDead = false
      }
      guard !wordIsDead, word.count >= 2, !wordIsASCII || word.count <= 6 else { return }
      let vote: Vote?
      if wordIsASCII {
        vote = asciiFunctionWords[pack(word)]
      } else if let first = word.first, nonASCIIFirstScalars.contains(first) {
        vote = functionWords[String(String.UnicodeScalarView(word))]
      } else {
        vote = nil
      }
      switch vote {
      case .english: english += 3
      case .turkish: turkish += 3
      case .kazakhLatin: kazakhLatin += 3
      case nil: break
      }
    }
    var index = 0
    var scalars = 0
    let count = bytes.count
    while index < count, scalars < sampleSize {
      let lead = bytes[index]
      scalars += 1
      if lead < 0x80 {
        index += 1
        let lower = lead | 0x20
        let isLetter = lower >= 0x61 && lower <= 0x7A
        if isLetter {
          latin += 1
          if lower == 0x71 { kazakhLatin += 1 }  // q Q
        }
        if isLetter || (lead >= 0x30 && lead <= 0x39) {
          if !wordIsDead {
            word.append(Unicode.Scalar(lead >= 0x41 && lead <= 0x5A ? lower : lead))
            if word.count > longestWord { wordIsDead = true }
          }
        } else {
          finishWord()
        }
        continue
      }
      let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
      index += length
      let (isWord, script) = TextClass.wordAndScript(scalar)
      switch script {
      case .cyrillic: cyrillic += 1
      case .latin:
        latin += 1
        switch scalar {
        case "ı", "ğ", "ş", "İ", "Ğ", "Ş", "ç", "Ç": turkish += 1
        case "ä", "ñ", "ū", "Ä", "Ñ", "Ū", "ŋ", "Ŋ": kazakhLatin += 2
        default: break
        }
      default: break
      }
      if isWord {
        if script == .cyrillic {
          // No function word has a Cyrillic letter, nor is canonically equivalent to one.
          wordIsDead = true
        } else if !wordIsDead {
          wordIsASCII = false
          if scalar.properties.changesWhenLowercased {
            word.append(contentsOf: String(scalar).lowercased().unicodeScalars)
          } else {
            word.append(scalar)
          }
          if word.count > longestWord { wordIsDead = true }
        }
      } else {
        finishWord()
      }
    }
    finishWord()
    if cyrillic > latin { return .kazakh }
    if kazakhLatin > turkish && kazakhLatin > english { return .kazakh }
    return turkish > english ? .turkish : .english
  }
}
