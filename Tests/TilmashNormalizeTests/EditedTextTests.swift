import Testing
import TilmashText

@testable import TilmashNormalize

struct EditedTextTests {
  @Test func laterEditsMapBackAndAbsorbEarlierOnes() {
    var edited = EditedText("ab Nazarbaev'e cd")
    edited.apply([Edit(range: 3..<12, replacement: "Nazarbayev", rule: .name, entryID: "n")])
    #expect(edited.text == "ab Nazarbayev'e cd")
    // An edit inside the replacement absorbs it; one outside maps back by offset.
    edited.apply([
      Edit(range: 3..<6, replacement: "NAZ", rule: .nfc),
      Edit(range: 16..<18, replacement: "CD", rule: .script),
    ])
    #expect(edited.text == "ab NAZarbayev'e CD")
    #expect(
      edited.edits == [
        Edit(range: 3..<12, replacement: "NAZarbayev", rule: .name, entryID: "n"),
        Edit(range: 15..<17, replacement: "CD", rule: .script),
      ])
    #expect(edited.originalRange(of: 4..<5) == 3..<12)
    #expect(edited.originalRange(of: 16..<18) == 15..<17)
  }

  @Test func insertionsAndRevertedEdits() {
    var edited = EditedText("ab")
    edited.apply([Edit(range: 1..<1, replacement: "-", rule: .nfc)])
    #expect(edited.text == "a-b")
    edited.apply([Edit(range: 1..<2, replacement: "", rule: .nfc)])
    #expect(edited.text == "ab")
    #expect(edited.edits.isEmpty)
  }

  @Test(arguments: [
    ("NAZARBAEV", "Nazarbayev", CaseLanguage.turkish, "NAZARBAYEV"),
    ("nazarbaev", "Nazarbayev", .english, "nazarbayev"),
    ("Nursultan NAZARBAEV", "Nursultan Nazarbayev", .english, "Nursultan NAZARBAYEV"),
    ("AKMOLA", "Akmolinsk", .turkish, "AKMOLİNSK"),
    ("AKMOLA", "Akmolinsk", .english, "AKMOLINSK"),
    ("ORGANISATION OF ISLAMIC CONFERENCE", "Organisation of Islamic Cooperation", .english, "ORGANISATION OF ISLAMIC COOPERATION"),
    ("Kasym-Zhomart Tokaev", "Kassym-Jomart Tokayev", .english, "Kassym-Jomart Tokayev"),
    ("TOKAEV", "Kasım Cömert Tokayev", .turkish, "KASIM CÖMERT TOKAYEV"),
  ])
  func casePatterns(original: String, form: String, language: CaseLanguage, expected: String) {
    #expect(CasePattern.apply(from: original, to: form, language: language) == expected)
  }

  @Test(arguments: [
    ("e", "Gül", "Gul", TargetLanguage.turkish, "a"),
    ("ı", "Akar", "Ankara", .turkish, "yı"),
    ("nın", "Ankara", "Akar", .turkish, "ın"),
    ("DEN", "Gül", "Gul", .turkish, "DAN"),
    ("тың", "Назарбаев", "Назарбаев", .kazakh, "тың"),
    ("ға", "Астана", "Семей", .kazakh, "ге"),
    ("s", "Nazarbaev", "Nazarbayev", .english, "s"),
    ("xyz", "Gül", "Gul", .turkish, "xyz"),
  ])
  func suffixAdjustments(suffix: String, old: String, new: String, language: TargetLanguage, expected: String) {
    #expect(SuffixAdjuster.shared.adjust(suffix, from: old, to: new, language: language) == expected)
  }
}
