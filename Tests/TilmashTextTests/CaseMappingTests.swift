import Testing

@testable import TilmashText

/// Shows strings as scalars so that İ and i̇ differ visibly in failures.
func scalars(_ text: String) -> String {
  text.unicodeScalars.map { $0.value < 0x80 ? String($0) : "U+\(String($0.value, radix: 16, uppercase: true))" }
    .joined(separator: " ")
}

struct CaseMappingTests {
  @Test(arguments: [
    ("İSTANBUL", CaseLanguage.turkish, "istanbul"),
    ("IĞDIR", .turkish, "ığdır"),
    ("DIŞİŞLERİ", .turkish, "dışişleri"),
    ("İI", .kazakh, "iı"),
    ("ҚАЗАҚСТАН", .kazakh, "қазақстан"),
    ("İI", .azerbaijani, "iı"),
    ("İSTANBUL", .english, "istanbul"),
    ("IRAN", .english, "iran"),
    ("İI", .root, "ii"),
    ("ІЛЕ", .kazakh, "іле"),
  ])
  func lowercase(input: String, language: CaseLanguage, expected: String) {
    #expect(scalars(CaseMapping.lowercase(input, language: language)) == scalars(expected))
  }

  @Test(arguments: [
    ("ılıca", CaseLanguage.turkish, "ILICA"),
    ("istanbul", .turkish, "İSTANBUL"),
    ("iı", .kazakh, "İI"),
    ("қазақстан", .kazakh, "ҚАЗАҚСТАН"),
    ("istanbul", .english, "ISTANBUL"),
    ("iı", .azerbaijani, "İI"),
    ("iı", .root, "II"),
  ])
  func uppercase(input: String, language: CaseLanguage, expected: String) {
    #expect(scalars(CaseMapping.uppercase(input, language: language)) == scalars(expected))
  }

  @Test(arguments: [
    ("istanbul ılıca", CaseLanguage.turkish, "İstanbul Ilıca"),
    ("nur-sultan", .english, "Nur-Sultan"),
    ("ıSPARTA", .turkish, "Isparta"),
    ("қазақстан республикасы", .kazakh, "Қазақстан Республикасы"),
    ("izmir", .english, "Izmir"),
  ])
  func titlecase(input: String, language: CaseLanguage, expected: String) {
    #expect(scalars(CaseMapping.titlecase(input, language: language)) == scalars(expected))
  }

  @Test(arguments: [
    ("İSTANBUL", CaseLanguage.turkish, "istanbul"),
    ("ISPARTA", .turkish, "ısparta"),
    ("İSTANBUL", .english, "istanbul"),
    ("Straße", .english, "strasse"),
    ("ҚАЗАҚ", .kazakh, "қазақ"),
  ])
  func fold(input: String, language: CaseLanguage, expected: String) {
    #expect(scalars(CaseMapping.fold(input, language: language)) == scalars(expected))
  }

  @Test func noLanguageLowersDottedCapitalIToCombiningDot() {
    for language in CaseLanguage.allCases {
      for output in [
        CaseMapping.lowercase("İ", language: language), CaseMapping.fold("İ", language: language),
        CaseMapping.titlecase("AİB", language: language),
      ] {
        #expect(!output.unicodeScalars.contains("\u{307}"), "\(language): \(scalars(output))")
      }
    }
  }

  @Test(arguments: [("kk-Latn", CaseLanguage.kazakh), ("tr-TR", .turkish), ("en", .english), ("ru", .root), ("AZ", .azerbaijani)])
  func languageFromTag(tag: String, expected: CaseLanguage) {
    #expect(CaseLanguage(tag: tag) == expected)
  }
}
