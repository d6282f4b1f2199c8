import Testing

@testable import TilmashGlossary

/// A small glossary written here, so that the lookup tables do not depend on the shipped data.
let fixtureCSV = """
  id,type,domain,en,tr,kk,ru
  t-mfa,organization,,Ministry of Foreign Affairs,Dışişleri Bakanlığı,Сыртқы істер министрлігі,
  t-joint-statement,term,diplomacy,joint statement | !joint communique,ortak bildiri,бірлескен мәлімдеме,
  t-joint-exercise,term,defense,joint exercise,ortak tatbikat,бірлескен оқу-жаттығу,
  t-mou,term,diplomacy,memorandum of understanding,mutabakat zaptı,өзара түсіністік туралы меморандум,
  t-defense,term,defense,national defense,millî savunma | milli savunma,ұлттық қорғаныс,
  t-agreement,term,diplomacy,agreement,anlaşma,келісім,
  p-nazarbayev,person,,Nursultan Nazarbayev,Nursultan Nazarbayev,Нұрсұлтан Назарбаев,Нурсултан Назарбаев
  p-tokayev,person,,Kassym-Jomart Tokayev,Kasım Cömert Tokayev,Қасым-Жомарт Тоқаев,Касым-Жомарт Токаев
  p-ermekbayev,person,,Nurlan Yermekbayev,Nurlan Yermekbayev,Нұрлан Ермекбаев,Нурлан Ермекбаев
  p-erdogan,person,,Recep Tayyip Erdoğan,Recep Tayyip Erdoğan,Режеп Тайып Ердоған,
  p-akar,person,,Hulusi Akar,Hulusi Akar,Хулуси Акар,
  pl-astana,place,,Astana,Astana,Астана,Астана
  pl-kazakhstan,place,,Kazakhstan,Kazakistan,Қазақстан,Казахстан
  """

let fixtureIndex = GlossaryIndex(glossary: GlossaryReader.read(text: fixtureCSV, file: "fixture.csv", format: .csv).glossary)

struct LookupTests {
  @Test(arguments: [
    // Exact, any case, circumflexes, apostrophes.
    ("joint statement", "t-joint-statement", MatchKind.exact),
    ("JOINT STATEMENT", "t-joint-statement", .exact),
    ("Joint Communique", "t-joint-statement", .exact),
    ("ortak bildiri", "t-joint-statement", .exact),
    ("MİLLÎ SAVUNMA", "t-defense", .exact),
    ("бірлескен мәлімдеме", "t-joint-statement", .exact),
    ("БІРЛЕСКЕН МӘЛІМДЕМЕ", "t-joint-statement", .exact),
    // Kazakh in Latin (2021) and informal Latin.
    ("Syrtqy ıster ministrlıgı", "t-mfa", .exact),
    ("syrtqy ister ministrligi", "t-mfa", .ascii),
    ("birlesken mälimdeme", "t-joint-statement", .ascii),
    // Inflected: apostrophe.
    ("DIŞİŞLERİ BAKANLIĞI'NIN", "t-mfa", .inflected),
    ("Dışişleri Bakanlığı’na", "t-mfa", .inflected),
    // Inflected through the suffix analyzers, in all three languages and both Kazakh scripts.
    ("ortak bildirisinde", "t-joint-statement", .inflected),
    ("ortak tatbikatında", "t-joint-exercise", .inflected),
    ("anlaşmaları", "t-agreement", .inflected),
    ("сыртқы істер министрлігінің", "t-mfa", .inflected),
    ("СЫРТҚЫ ІСТЕР МИНИСТРЛІГІНІҢ", "t-mfa", .inflected),
    ("келісімге", "t-agreement", .inflected),
    ("syrtqy ıster ministrlıgınıñ", "t-mfa", .inflected),
    ("joint exercises", "t-joint-exercise", .inflected),
    ("agreements", "t-agreement", .inflected),
    // Turkish typed in ASCII.
    ("disisleri bakanligi", "t-mfa", .ascii),
    ("milli savunma", "t-defense", .exact),
    // Mixed script: a Latin "a" in a Cyrillic word.
    ("Қaзақстан", "pl-kazakhstan", .exact),
    // Hyphen and space are one separator.
    ("Kassym Jomart Tokayev", "p-tokayev", .exact),
    // Names across scripts and spellings.
    ("Нұрсұлтан Назарбаев", "p-nazarbayev", .exact),
    ("Nursultan Nazarbaev", "p-nazarbayev", .exact),
    ("Nursultan Nazarbaiev", "p-nazarbayev", .skeleton),
    ("Qasym-Jomart Toqaev", "p-tokayev", .exact),
    ("Qasym Zhomart Toqayev", "p-tokayev", .skeleton),
    ("Nurlan Ermekbaev", "p-ermekbayev", .exact),
    ("Recep Tayyip Erdogan", "p-erdogan", .ascii),
    // Surnames alone.
    ("Назарбаев", "p-nazarbayev", .partial),
    ("Nazarbaev", "p-nazarbayev", .partial),
    ("Nazarbayev", "p-nazarbayev", .partial),
    ("Tokayev", "p-tokayev", .partial),
    ("Akar'ın", "p-akar", .partial),
  ])
  func finds(query: String, id: String, kind: MatchKind) throws {
    let match = try #require(fixtureIndex.lookup(query).first, "nothing for \(query)")
    #expect(match.entry.id == id)
    #expect(match.kind == kind, "\(query): \(match.kind) via \(match.form.text) (\(match.form.language))")
    #expect(match.score > 0 && match.score <= 1)
  }

  @Test(arguments: ["Akarsu", "Atyrau", "bildiri ortak", "joint", "Nazarov"])
  func findsNothing(query: String) {
    #expect(fixtureIndex.lookup(query).isEmpty, "\(fixtureIndex.lookup(query).map(\.entry.id))")
  }

  @Test(arguments: [
    ("memorandum of understading", "t-mou", 1),
    ("memorandum of undrestanding", "t-mou", 1),
    ("mutabakat zabtı", "t-mou", 1),
    ("Nazarbayevv", "p-nazarbayev", 1),
  ])
  func fuzzy(query: String, id: String, distance: Int) throws {
    #expect(fixtureIndex.lookup(query).first?.kind != .exact)
    let match = try #require(fixtureIndex.lookup(query, options: LookupOptions(fuzzy: true)).first)
    #expect(match.entry.id == id)
  }

  @Test func ranking() {
    let preferred = fixtureIndex.lookup("joint statement")[0].score
    let deprecated = fixtureIndex.lookup("joint communique")[0].score
    let inflected = fixtureIndex.lookup("Dışişleri Bakanlığı'nın")[0].score
    let ascii = fixtureIndex.lookup("disisleri bakanligi")[0].score
    #expect(preferred == 1)
    #expect(preferred > deprecated && deprecated > inflected && inflected > ascii)
  }

  @Test func languageFilter() {
    #expect(fixtureIndex.lookup("Astana", options: LookupOptions(languages: ["kk"])).first?.form.language == "kk-Latn")
    #expect(fixtureIndex.lookup("ortak bildiri", options: LookupOptions(languages: ["en"])).isEmpty)
  }
}
