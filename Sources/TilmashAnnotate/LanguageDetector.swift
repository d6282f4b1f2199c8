import TilmashText

/// Tells English, Turkish and Kazakh (either script) apart from the letters and the most common
/// function words of a text.
///
///     LanguageDetector.detect("Bakanlık açıklama yaptı ve ...")  // .turkish
///
/// Cyrillic text is Kazakh; Latin text scores Turkish letters (ı ğ ş ç İ, one point each) and
/// Turkish function words (three points each) against Kazakh Latin letters (ä ñ ū, two; q, one)
/// and Kazakh and English function words, so that an English sentence about Erdoğan stays
/// English. Looks at the first 64 KiB only.
public enum LanguageDetector {
  static let sampleSize = 64 * 1024

  public static func detect(_ text: String) -> DocumentLanguage {
    var cyrillic = 0
    var latin = 0
    var turkish = 0
    var kazakhLatin = 0
    var english = 0
    var word = ""
    func finishWord() {
      switch word {
      case "the", "and", "of", "to", "in", "on", "at", "is", "was", "were", "are", "with", "for", "that", "said",
        "which", "by", "from", "has", "have", "he", "she", "his", "its", "an":
        english += 3
      case "ve", "bir", "bu", "ile", "için", "olarak", "da", "de", "ki", "dedi", "olan", "ise", "gibi", "daha": turkish += 3
      case "jäne", "men", "bul", "üşin", "dep", "osy", "bolyp", "jane": kazakhLatin += 3
      default: break
      }
      word.removeAll(keepingCapacity: true)
    }
    for scalar in text.unicodeScalars.prefix(sampleSize) {
      switch Script(scalar) {
      case .cyrillic: cyrillic += 1
      case .latin:
        latin += 1
        switch scalar {
        case "ı", "ğ", "ş", "İ", "Ğ", "Ş", "ç", "Ç": turkish += 1
        case "ä", "ñ", "ū", "Ä", "Ñ", "Ū", "ŋ", "Ŋ": kazakhLatin += 2
        case "q", "Q": kazakhLatin += 1
        default: break
        }
      default: break
      }
      if TextClass.isWordScalar(scalar) {
        word.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
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
