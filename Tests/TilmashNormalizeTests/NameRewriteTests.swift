import Testing
import TilmashNormalize

struct NameRewriteTests {
  /// The shipped glossaries, every target language and every kind of variant.
  @Test(arguments: [
    // Other romanization (near spelling through skeletons), suffix after an apostrophe kept.
    ("Nursultan Nazarbaev'in ziyareti", TargetLanguage.turkish, "Nursultan Nazarbayev'in ziyareti"),
    // Other script, surname alone stays a surname.
    ("Назарбаев da geldi", .turkish, "Nazarbayev da geldi"),
    ("NAZARBAEV'E", .turkish, "NAZARBAYEV'E"),
    ("Nursultan Nazarbaev", .english, "Nursultan Nazarbayev"),
    ("NURSULTAN NAZARBAEV said", .english, "NURSULTAN NAZARBAYEV said"),
    ("Recep Tayyip Erdoğan мырза", .kazakh, "Режеп Тайып Ердоған мырза"),
    ("Recep Tayyip Erdogan said", .english, "Recep Tayyip Erdoğan said"),
    ("Реджеп Тайип Эрдоган мырза", .kazakh, "Режеп Тайып Ердоған мырза"),
    // Preferred already: untouched, inflected or not, whatever the case.
    ("Назарбаевтың сапары", .kazakh, "Назарбаевтың сапары"),
    ("Nursultan Nazarbayev'in", .turkish, "Nursultan Nazarbayev'in"),
    ("NAZARBAYEV", .english, "NAZARBAYEV"),
    // A name broken across lines keeps its line break.
    ("Nursultan\nNazarbaev", .english, "Nursultan\nNazarbayev"),
    // Kazakh Latin: from the Kazakh form in the 2021 alphabet, suffix carried over.
    ("Назарбаевтың сапары", .kazakhLatin, "Nazarbaevtyñ сапары"),
    // A different name of the same place is a different entry.
    ("Nur-Sultan and Astana", .english, "Nur-Sultan and Astana"),
    // Mixed scripts repaired inside a name.
    ("Қaзақстан", .kazakh, "Қазақстан"),
  ])
  func shipped(input: String, target: TargetLanguage, expected: String) {
    let result = normalized(input, to: target)
    #expect(result.text == expected, "\(scalars(result.text))")
  }

  /// Suffixes after a rewritten name: harmony, buffer consonants and voicing (tr), assimilation
  /// and harmony (kk).
  @Test(arguments: [
    ("Akmola'ya gitti", TargetLanguage.turkish, "Akmolinsk'e gitti"),
    ("Akmola'nın valisi", .turkish, "Akmolinsk'in valisi"),
    ("Akmola'da", .turkish, "Akmolinsk'te"),
    ("Akmola'dan", .turkish, "Akmolinsk'ten"),
    ("Akmola'yı", .turkish, "Akmolinsk'i"),
    ("AKMOLA'YA", .turkish, "AKMOLİNSK'E"),
    ("Semipalatinsk'ten", .turkish, "Semey'den"),
    ("Semipalatinsk'i", .turkish, "Semey'i"),
    ("Ahmet Kül'e", .turkish, "Ahmet Kul'a"),
    ("Ahmet Kül'ün", .turkish, "Ahmet Kul'un"),
    ("Ahmet Kül'den", .turkish, "Ahmet Kul'dan"),
    ("Ahmet Kül'leri", .turkish, "Ahmet Kul'ları"),
    ("Ahmet Kül’e", .turkish, "Ahmet Kul’a"),
    ("Актюбинскта", .kazakh, "Ақтөбеде"),
    ("Актюбинскқа", .kazakh, "Ақтөбеге"),
    ("Актюбинсктың", .kazakh, "Ақтөбенің"),
    ("Актюбинсктан", .kazakh, "Ақтөбеден"),
    ("Семипалатинскпен", .kazakh, "Семеймен"),
  ])
  func suffixes(input: String, target: TargetLanguage, expected: String) {
    let result = normalized(input, to: target, matcher: fixtureMatcher)
    #expect(result.text == expected, "\(scalars(result.text))")
  }

  @Test func changesNameTheEntryAndTheRule() {
    let result = normalized("Nursultan Nazarbaev'in", to: .turkish)
    #expect(result.changes.count == 1)
    let change = result.changes[0]
    #expect(change.before == "Nazarbaev")
    #expect(change.after == "Nazarbayev")
    #expect(change.entryID == "per-nursultan-nazarbayev")
    #expect(change.rule == .name)
    #expect(change.scalarRange == 10..<19)
    #expect(change.warning(path: "a.txt") == "a.txt:1:11: warning: 'Nazarbaev' -> 'Nazarbayev' (per-nursultan-nazarbayev)")
  }

  @Test func termsAreNotRewritten() {
    let result = normalized("agreement and anlaşma", to: .english, matcher: fixtureMatcher)
    #expect(result.text == "agreement and anlaşma")
  }
}
