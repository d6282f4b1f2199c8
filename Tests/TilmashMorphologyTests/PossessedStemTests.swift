import Testing

@testable import TilmashMorphology

/// Forms whose last word already carries the 3rd person possessive (Dışişleri Bakanlığı,
/// Сыртқы істер министрлігі) take the cases with the pronominal n: Bakanlığında, министрлігінде.
struct PossessedStemTests {
  @Test(arguments: [
    ("bakanlığında", "bakanlığı"), ("bakanlığına", "bakanlığı"), ("bakanlığını", "bakanlığı"),
    ("bakanlığından", "bakanlığı"), ("bakanlığının", "bakanlığı"), ("bildirisinde", "bildirisi"),
  ])
  func turkish(word: String, stem: String) {
    #expect(SuffixAnalyzer.shared(.turkish).analyses(of: word, stems: [stem]).map { String(decoding: $0.stem, as: UTF8.self) } == [stem])
  }

  @Test(arguments: [
    ("министрлігінде", "министрлігі"), ("министрлігіне", "министрлігі"), ("министрлігін", "министрлігі"),
    ("министрлігінен", "министрлігі"), ("министрлігінің", "министрлігі"), ("министрлігіндегі", "министрлігі"),
    ("ұйымында", "ұйымы"), ("ministrlıgınde", "ministrlıgı"),
  ])
  func kazakh(word: String, stem: String) {
    #expect(SuffixAnalyzer.shared(.kazakh).analyses(of: word, stems: [stem]).map { String(decoding: $0.stem, as: UTF8.self) } == [stem])
  }
}
