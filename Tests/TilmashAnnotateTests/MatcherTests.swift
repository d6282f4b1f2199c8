import Testing
import TilmashGlossary

import TilmashTestSupport

@testable import TilmashAnnotate

/// A small glossary for the rule tables: terms and names in three languages.
let sampleGlossary = Glossary(entries: [
  Entry(id: "t-joint-exercise", forms: ["en": [Form("joint exercise", status: .preferred)], "tr": [Form("ortak tatbikat", status: .preferred)], "kk": [Form("бірлескен жаттығу", status: .preferred)]]),
  Entry(id: "t-military-exercise", forms: ["en": [Form("military exercise", status: .preferred)]]),
  Entry(id: "t-joint-military-exercise", forms: ["en": [Form("joint military exercise", status: .preferred)]]),
  Entry(id: "t-inter-delegation", forms: ["en": [Form("inter-delegation talks", status: .preferred)]]),
  Entry(id: "t-mfa", forms: ["tr": [Form("Dışişleri Bakanlığı", status: .preferred)], "kk": [Form("Сыртқы істер министрлігі", status: .preferred)]]),
  Entry(id: "t-declaration", forms: ["tr": [Form("ortak bildiri", status: .preferred)]]),
  Entry(id: "p-akar", kind: .person, forms: ["en": [Form("Hulusi Akar", status: .preferred)], "tr": [Form("Hulusi Akar", status: .preferred)]]),
  Entry(id: "plc-nur-sultan", kind: .place, forms: ["en": [Form("Nur-Sultan", status: .preferred)], "kk": [Form("Нұр-Сұлтан", status: .preferred)]]),
  Entry(id: "plc-astana", kind: .place, forms: ["en": [Form("Astana", status: .preferred)], "kk": [Form("Астана", status: .preferred)]]),
  Entry(id: "p-nazarbayev", kind: .person, forms: ["en": [Form("Nursultan Nazarbayev", status: .preferred)], "tr": [Form("Nursultan Nazarbayev", status: .preferred)], "kk": [Form("Нұрсұлтан Назарбаев", status: .preferred)]]),
  Entry(id: "t-agreement", forms: ["tr": [Form("anlaşma", status: .preferred)], "kk": [Form("келісім", status: .preferred)], "en": [Form("agreement", status: .preferred)]]),
  Entry(id: "t-ministry", forms: ["tr": [Form("bakanlık", status: .preferred)]]),
  Entry(id: "org-nato", kind: .organization, forms: ["en": [Form("North Atlantic Treaty Organization", status: .preferred), Form("NATO", status: .admitted)]]),
  Entry(id: "plc-kz", kind: .place, forms: ["kk": [Form("Қазақстан", status: .preferred)], "en": [Form("Kazakhstan", status: .preferred), Form("Kazakstan", status: .deprecated)]]),
])

func sampleForms(_ glossary: Glossary) -> [MatchForm] {
  glossary.entries.enumerated().flatMap { index, entry in
    entry.languages.flatMap { language in
      (entry.forms[language] ?? []).map { MatchForm(entry: index, text: $0.text, language: language, status: $0.status) }
    }
  }
}

struct MatcherTests {
  let matcher = Matcher(glossary: sampleGlossary, forms: sampleForms(sampleGlossary))

  @Test(arguments: [
    ("⟦joint military exercise⟧ and ⟦military exercise⟧", DocumentLanguage.english),
    ("a ⟦Joint  Exercise⟧ began", .english),
    ("the ⟦joint\nexercise⟧", .english),
    ("joint, exercise", .english),
    ("⟦inter-delegation talks⟧ and ⟦inter delegation talks⟧", .english),
    ("in ⟦Nur Sultan⟧, ⟦Nur-Sultan⟧ and ⟦NUR-SULTAN⟧", .english),
    ("nur sultan is lowercase", .english),
    ("⟦Astana⟧’s and ⟦Astana⟧'s", .english),
    ("⟦Astana⟧'nın valisi", .turkish),
    ("⟦Hulusi Akar⟧ ve Akarsu", .turkish),
    ("⟦DIŞİŞLERİ BAKANLIĞI⟧ açıkladı", .turkish),
    ("⟦Қaзақстан⟧ мен ⟦Астана⟧", .kazakh),
    ("⟦Kazakstan⟧", .english),
  ])
  func spans(marked: String, language: DocumentLanguage) {
    let input = MarkedText(marked)
    let found = matcher.annotate(input.text, language: language)
    #expect(found.map(\.text) == input.spans)
    let bytes = Array(input.text.utf8)
    let scalars = Array(input.text.unicodeScalars)
    for annotation in found {
      #expect(String(decoding: bytes[annotation.byteRange], as: UTF8.self) == annotation.text)
      #expect(String(String.UnicodeScalarView(scalars[annotation.scalarRange])) == annotation.text)
    }
  }

  /// The full matcher: expanded forms, inflection, name skeletons and surnames.
  static let full = Matcher(glossary: sampleGlossary)

  @Test(arguments: [
    ("⟦ortak bildirisinde⟧ belirtildi", DocumentLanguage.turkish),
    ("⟦ortak tatbikatında⟧ ve ⟦ortak tatbikatlar⟧", .turkish),
    ("⟦Dışişleri Bakanlığı⟧'nın ve ⟦Dışişleri Bakanlığının⟧", .turkish),
    ("⟦DIŞİŞLERİ BAKANLIĞI⟧'NIN açıklaması", .turkish),
    ("⟦anlaşmaları⟧, ⟦anlaşmasında⟧, ⟦bakanlığı⟧", .turkish),
    ("⟦Сыртқы істер министрлігінің⟧ мәлімдемесі", .kazakh),
    ("⟦Астанада⟧ және ⟦Астанаға⟧, ⟦келісімге⟧", .kazakh),
    ("⟦Назарбаевпен⟧ кездесті", .kazakh),
    ("⟦бірлескен жаттығулар⟧", .kazakh),
    ("two ⟦joint exercises⟧ and ⟦agreements⟧", .english),
    ("⟦Nursultan Nazarbaev⟧ and ⟦Nursultan Nazarbayev⟧", .english),
    ("⟦Nazarbaev⟧ met ⟦Hulusi Akar⟧; ⟦Akar⟧'ın", .english),
    ("Akarsu and akar and nazarbayev", .english),
    ("⟦NATO⟧ and Nato; It is", .english),
    ("⟦Qazaqstan⟧", .kazakh),
  ])
  func fullMatcher(marked: String, language: DocumentLanguage) {
    let input = MarkedText(marked)
    #expect(Self.full.annotate(input.text, language: language).map(\.text) == input.spans)
  }

  @Test(arguments: [
    ("Назарбаевпен кездесті", DocumentLanguage.kazakh, "Назарбаев"),
    ("ortak bildirisinde", .turkish, "ortak bildiri"),
    ("Dışişleri Bakanlığının", .turkish, "Dışişleri Bakanlığı"),
    ("bakanlığı", .turkish, "bakanlığ"),
    ("joint exercises", .english, "joint exercise"),
  ])
  func suffixStartSplitsTheLastWord(text: String, language: DocumentLanguage, stem: String) throws {
    let found = try #require(Self.full.annotate(text, language: language).first)
    let start = try #require(found.suffixStart)
    #expect(String(decoding: Array(text.utf8)[found.byteRange.lowerBound..<start], as: UTF8.self) == stem)
  }

  @Test func surnameAloneIsPartial() {
    let found = Self.full.annotate("Akar and Hulusi Akar", language: .english)
    #expect(found.map(\.isPartial) == [true, false])
  }

  @Test func deprecatedFormsAreFlagged() {
    let found = matcher.annotate("Kazakstan and Kazakhstan", language: .english)
    #expect(found.map(\.isDeprecated) == [true, false])
  }

  @Test func mixedScriptMatchCoversOriginalCharacters() throws {
    let found = matcher.annotate("Қaзақстан", language: .kazakh)
    let first = try #require(found.first)
    #expect(first.text == "Қaзақстан")
    #expect(first.byteRange == 0..<17)
    #expect(first.scalarRange == 0..<9)
  }
}
