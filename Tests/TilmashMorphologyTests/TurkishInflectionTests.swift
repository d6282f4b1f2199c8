import Testing

@testable import TilmashMorphology

struct TurkishInflectionTests {
  let analyzer = SuffixAnalyzer.shared(.turkish)

  @Test(
    arguments: [
      // From issue 4 and its review.
      ("bildirisinde", "bildiri", "sinde"),
      ("tatbikatında", "tatbikat", "ında"),
      ("bakanlığı", "bakanlık", "ı"),
      ("bakanlığının", "bakanlık", "ının"),
      ("anlaşmaları", "anlaşma", "ları"),
      ("anlaşmasını", "anlaşma", "sını"),
      ("anlaşmasında", "anlaşma", "sında"),
      ("bildirisi", "bildiri", "si"),
      ("bildirisinin", "bildiri", "sinin"),
      ("kuvvetleri", "kuvvet", "leri"),
      ("kuvvetlerinin", "kuvvetler", "inin"),
      ("bakanlıklar", "bakanlık", "lar"),
      // Softening is lexical: both surface stems.
      ("kanadı", "kanat", "ı"),
      ("tatbikatı", "tatbikat", "ı"),
      ("kitabı", "kitap", "ı"),
      ("ağacı", "ağaç", "ı"),
      ("rengi", "renk", "i"),
      ("kataloğu", "katalog", "u"),
      // Cases.
      ("bakanlığa", "bakanlık", "a"),
      ("bakanlıkta", "bakanlık", "ta"),
      ("bakanlıktan", "bakanlık", "tan"),
      ("bakanlıkla", "bakanlık", "la"),
      ("bakanlıkça", "bakanlık", "ça"),
      ("anlaşmaya", "anlaşma", "ya"),
      ("anlaşmayı", "anlaşma", "yı"),
      ("anlaşmayla", "anlaşma", "yla"),
      ("anlaşmanın", "anlaşma", "nın"),
      ("anlaşmada", "anlaşma", "da"),
      ("anlaşmadan", "anlaşma", "dan"),
      ("ülkede", "ülke", "de"),
      ("ülkeden", "ülke", "den"),
      ("zirvesinde", "zirve", "sinde"),
      ("zirvesine", "zirve", "sine"),
      ("zirvesiyle", "zirve", "siyle"),
      ("zirvesinden", "zirve", "sinden"),
      ("kuvvetlerine", "kuvvet", "lerine"),
      ("kuvvetlerimiz", "kuvvet", "lerimiz"),
      ("kuvvetlerimizin", "kuvvet", "lerimizin"),
      ("ordumuz", "ordu", "muz"),
      ("ordumuzun", "ordu", "muzun"),
      ("ülkemizde", "ülke", "mizde"),
      ("görüşmeleri", "görüşme", "leri"),
      ("görüşmelerinde", "görüşme", "lerinde"),
      ("toplantısı", "toplantı", "sı"),
      ("toplantısına", "toplantı", "sına"),
      ("işbirliği", "işbirliği", ""),
      ("işbirliğinin", "işbirliği", "nin"),
      ("örgütü", "örgüt", "ü"),
      ("örgütünün", "örgüt", "ünün"),
      ("sözcüsü", "sözcü", "sü"),
      ("heyeti", "heyet", "i"),
      ("heyetine", "heyet", "ine"),
      // -ki and the copula.
      ("ankaradaki", "ankara", "daki"),
      ("bakanlıktaki", "bakanlık", "taki"),
      ("bakanlıktakiler", "bakanlık", "takiler"),
      ("bakanlıktakini", "bakanlık", "takini"),
      ("bakanlığındaki", "bakanlık", "ındaki"),
      ("bakanlıktır", "bakanlık", "tır"),
      ("anlaşmadır", "anlaşma", "dır"),
      ("anlaşmaydı", "anlaşma", "ydı"),
      ("kuvvetlerdir", "kuvvet", "lerdir"),
      // Vowel drop, doubling and lexical front harmony.
      ("ağzı", "ağız", "ı"),
      ("şehri", "şehir", "i"),
      ("ismi", "isim", "i"),
      ("hükmü", "hüküm", "ü"),
      ("hakkı", "hak", "ı"),
      ("hakları", "hak", "ları"),
      ("protokolü", "protokol", "ü"),
      ("protokolleri", "protokol", "leri"),
      ("saati", "saat", "i"),
      ("kalbi", "kalp", "i"),
      ("hakikati", "hakikat", "i"),
      ("sadakatten", "sadakat", "ten"),
      ("kontrolü", "kontrol", "ü"),
      ("hissi", "his", "i"),
      ("burnu", "burun", "u"),
      ("oğlu", "oğul", "u"),
      ("anlaşmalarını", "anlaşma", "larını"),
      ("anlaşmalarında", "anlaşma", "larında"),
      ("anlaşmamız", "anlaşma", "mız"),
      ("anlaşmanız", "anlaşma", "nız"),
      ("bakanlığım", "bakanlık", "ım"),
      ("bakanlığınca", "bakanlık", "ınca"),
      ("bakanlıklarımızdan", "bakanlık", "larımızdan"),
      ("kuvvetlerinde", "kuvvet", "lerinde"),
      ("kuvvetleriyle", "kuvvet", "leriyle"),
      ("tatbikatlar", "tatbikat", "lar"),
      ("tatbikatta", "tatbikat", "ta"),
      ("müzakereler", "müzakere", "ler"),
      ("müzakerelerde", "müzakere", "lerde"),
      ("ateşkesin", "ateşkes", "in"),
      ("ateşkese", "ateşkes", "e"),
      ("okulu", "okul", "u"),
      ("okullarda", "okul", "larda"),
      ("gölü", "göl", "ü"),
      ("gölde", "göl", "de"),
      ("sınırı", "sınır", "ı"),
      ("sınırda", "sınır", "da"),
      ("ankaraya", "ankara", "ya"),
    ] as [(String, String, String)])
  func accepts(word: String, stem: String, suffix: String) {
    if suffix.isEmpty {
      // Not inflected: the word is the stem itself, which the analyzer never reports.
      #expect(analyzer.analyses(of: word, stems: [stem]).isEmpty)
      return
    }
    let found = analyzer.analyses(of: word, stems: [stem])
    #expect(found.map(\.stemText) == [stem], "\(word)")
    #expect(found.first?.suffix == suffix, "\(word)")
  }

  @Test(arguments: [
    ("akarsu", "akar"),  // "su" is no suffix chain
    ("bakanlıkler", "bakanlık"),  // back stem, front suffix
    ("bakanlıkle", "bakanlık"),
    ("bakanlıkde", "bakanlık"),  // d after a voiceless consonant
    ("bakanlıkda", "bakanlık"),
    ("anlaşmaı", "anlaşma"),  // missing buffer s
    ("anlaşmaa", "anlaşma"),  // missing buffer y
    ("anlaşmaın", "anlaşma"),  // missing buffer n
    ("anlaşmasi", "anlaşma"),  // front vowel after a back stem
    ("kuvvetlar", "kuvvet"),
    ("kuvvetsı", "kuvvet"),
    ("kuvvetli", "kuvvet"),  // derivation, not inflection
    ("kuvvetsiz", "kuvvet"),
    ("bakanlıkçı", "bakanlık"),
    ("bildirisde", "bildiri"),  // missing pronominal n
    ("bildirisii", "bildiri"),
    ("türkiye", "türk"),
    ("bildirgesi", "bildiri"),
    ("ortaklık", "ortak"),  // -lık is derivational
    ("ankaralı", "ankara"),
    ("kitapı", "kitab"),  // softening is asked about in one direction only: b -> p
    ("hakı", "hakk"),
    ("anlaşma", "anlaşma"),  // no suffix at all
    ("saatı", "saat"),  // lexical front harmony
    ("protokolu", "protokol"),
    ("protokollar", "protokol"),
    ("okulü", "okul"),  // rounded back stem, front rounded suffix
    ("okulı", "okul"),
    ("bakanlıkka", "bakanlık"),  // only one-syllable stems double  // unrounded after a rounded vowel
    ("göli", "göl"),
    ("gölda", "göl"),
    ("sınırı", "sınırı"),
    ("ankara'ya", "ankara"),  // the annotator cuts at the apostrophe
  ])
  func rejects(word: String, stem: String) {
    #expect(analyzer.analyses(of: word, stems: [stem]).isEmpty, "\(word) is not \(stem)")
  }
}
