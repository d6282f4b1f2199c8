import PropertyBased
import Testing
import TilmashText

@testable import TilmashNormalize

/// The script-repair and unknown-name stages answer most texts from one scan of their scalars
/// (no Cyrillic and Latin together; no capital of the other script) before splitting them into
/// words. The quick answer must never hide an edit or a note the word-by-word pass would make.
struct StagePrecheckTests {
  @Test(arguments: [
    ("Қaзақстан", true), ("Қазақстан", false), ("Kazakhstan", false), ("Kazakhstan, Қазақстан", true),
    ("ış ğü", false), ("ş қ", true), ("", false), ("123 — !!", false), ("1 ә", false),
  ])
  func latinAndCyrillic(text: String, expected: Bool) {
    #expect(ScriptRepairStage.hasLatinAndCyrillic(text) == expected)
  }

  @Test(arguments: [
    ("Жапаров açıkladı", Script.cyrillic, true), ("жапаров açıkladı", .cyrillic, false),
    ("Japarov мәлімдеді", .latin, true), ("japarov ıŞ мәлімдеді", .latin, true), ("мәлімдеді 2024", .latin, false),
    ("Ş", .latin, true), ("", .cyrillic, false), ("İSTANBUL", .cyrillic, false),
  ])
  func capitals(text: String, script: Script, expected: Bool) {
    #expect(UnknownNameStage.hasCapital(of: script, in: text) == expected)
  }

  /// Texts of letters from both scripts in both cases, combining marks, digits and
  /// punctuation: where a quick check says no, the words hold nothing the stage acts on.
  @Test func aQuickNoMeansNoWordQualifies() async {
    let letters = Array("aAkKşŞıİ  .,'1қҚаАжЖә\u{301}")
    let text = Gen.element(of: letters).compactMap { $0 }.array(of: 0...40).map { String($0) }
    await propertyCheck(count: 500, input: text) { text in
      let words = TextScan.words(of: text)
      if !ScriptRepairStage.hasLatinAndCyrillic(text) {
        #expect(!words.contains { Set($0.scalars.map(Script.init)).isSuperset(of: [.latin, .cyrillic]) }, "\(text)")
        #expect(ScriptRepairStage().run(on: text).edits.isEmpty)
      }
      for script in [Script.latin, .cyrillic] where !UnknownNameStage.hasCapital(of: script, in: text) {
        #expect(
          !words.contains { word in word.scalars.first.map { Script($0) == script && $0.properties.isUppercase } ?? false },
          "\(text)")
      }
    }
  }
}
