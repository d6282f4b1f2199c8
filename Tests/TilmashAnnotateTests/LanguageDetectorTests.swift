import Testing

@testable import TilmashAnnotate

struct LanguageDetectorTests {
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
}
