import Testing
import TilmashText

@testable import TilmashAnnotate

/// The byte-level detector must answer as the scalar-by-scalar one it replaced did; that one is
/// kept here as the reference.
@Suite struct LanguageDetectorTests {
  @Test(arguments: [
    ("The minister said that the talks were constructive.", DocumentLanguage.english),
    ("Bakan, görüşmelerin yapıcı geçtiğini söyledi ve teşekkür etti.", .turkish),
    ("DIŞİŞLERİ BAKANLIĞI AÇIKLAMA YAPTI", .turkish),
    ("Akar Astana'da bir tören ile karşılandı.", .turkish),
    ("Министр келіссөздердің сындарлы өткенін айтты.", .kazakh),
    ("Qazaqstan men Türkiia arasyndağy äskerï yntymaqtastyq jäne bılım.", .kazakh),
    ("Tokayev and Erdoğan met in Astana on Monday.", .english),
    ("", .english),
  ])
  func detects(text: String, expected: DocumentLanguage) {
    #expect(LanguageDetector.detect(text) == expected)
  }

  static func reference(_ text: String) -> DocumentLanguage {
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
    for scalar in text.unicodeScalars.prefix(LanguageDetector.sampleSize) {
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

  @Test(arguments: [
    "The minister said that the talks with Astana were useful.",
    "Bakanlık açıklama yaptı ve bir heyet Astana'ya gitti.",
    "İÇİN VE BİR İLE OLARAK DEDİ", "ICIN ve bir",
    "Қазақстан мен Түркия арасындағы келіссөздер",
    "Qazaqstan men Türkiia arasyndağy kelissözder jäne bolyp osy",
    "u\u{0308}s\u{0327}in ju\u{0308}ne jäne i\u{0307}çin",
    "of the the the ve ve ve", "qqq ñ ū ŋ the and", "", "   ", "ABC123 the 42",
    "ıııı the and of to is was", "Ş ş Ğ ğ İ ı the the the the the the",
  ])
  func agreesWithReference(_ text: String) {
    #expect(LanguageDetector.detect(text) == Self.reference(text))
  }

  @Test func agreesOnRandomMixes() {
    let pieces = [
      "the", "and", "of", "in", "he", "an", "ve", "bir", "gibi", "daha", "için", "i\u{0307}çin", "İÇİN", "olarak", "OLARAK", "jäne", "ja\u{0308}ne", "üşin",
      "bolyp", "men", "мен", "және", "Қазақстан", "ı", "ş", "ğ", "İ", "q", "ñ", "ū", "ŋ", "Ā", "x", "Straße", "ǅ",
      " ", " ", " ", ", ", ".", "’", "'", "-", "\n", "5", "\u{0301}", "ﬁ", "ΣΑΣ", "日本",
    ]
    var random = SystemRandomNumberGenerator()
    for _ in 0..<2_000 {
      var text = ""
      for _ in 0..<Int.random(in: 0..<40, using: &random) { text += pieces.randomElement(using: &random)! }
      #expect(LanguageDetector.detect(text) == Self.reference(text), "\(text.debugDescription)")
    }
  }

  /// The detector reads U+0400-U+04FF but U+0482-U+0489 as Cyrillic word scalars without
  /// asking the scalar tables: they must say so too.
  @Test func cyrillicShortcutAgreesWithTheTables() {
    for value in UInt32(0x400)...0x4FF where !(0x482...0x489).contains(value) {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let (isWord, script) = TextClass.wordAndScript(scalar)
      #expect(isWord && script == .cyrillic, "U+\(String(value, radix: 16))")
    }
  }

  /// A text that turns Latin after a Cyrillic start, and one that stays Cyrillic: the early
  /// answer is given only when the rest cannot change it.
  @Test(arguments: [
    "Қазақстан " + String(repeating: "the and of ", count: 20),
    String(repeating: "Қазақстан мен Түркия ", count: 30) + "the and",
    "қ a", "ққ ab", "ққ abc", "қ\u{485}\u{485}\u{485} ab", "\u{482}\u{482} ab",
  ])
  func cyrillicStartAgreesWithReference(_ text: String) {
    #expect(LanguageDetector.detect(text) == Self.reference(text))
  }

  @Test func looksAtTheFirstScalarsOnly() {
    let text = String(repeating: "x ", count: LanguageDetector.sampleSize / 2) + "ve ve ve ı ı ı"
    #expect(LanguageDetector.detect(text) == Self.reference(text))
  }
}
