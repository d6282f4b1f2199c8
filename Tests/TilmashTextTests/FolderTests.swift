import PropertyBased
import Testing

@testable import TilmashText

struct FolderTests {
  @Test(arguments: [
    ("DIŞİŞLERİ Bakanlığı’nın", CaseLanguage.turkish, "dışişleri bakanlığı'nın"),
    ("Millî Savunma", .turkish, "milli savunma"),
    ("Millî", .english, "milli"),
    ("RESMÎ", .turkish, "resmi"),
    ("Akar‘ın Akarʼın", .turkish, "akar'ın akar'ın"),
    ("İSTANBUL", .english, "istanbul"),
    ("ISTANBUL", .turkish, "ıstanbul"),
    ("Qazaqstan", .kazakh, "qazaqstan"),
    ("Қaзақстан", .kazakh, "қазақстан"),
    ("K\u{430}z\u{430}khstan", .english, "kazakhstan"),
    ("Kaзakhstan", .english, "kaзakhstan"),
    ("e\u{301}lan", .english, "\u{E9}lan"),
    ("a\u{302}", .turkish, "a"),
    ("\u{FEFF}Astana", .english, "\u{FEFF}astana"),
    ("СЫРТҚЫ ІСТЕР", .kazakh, "сыртқы істер"),
  ])
  func keys(input: String, language: CaseLanguage, expected: String) {
    #expect(scalars(Folder(language: language).key(input)) == scalars(expected))
  }

  @Test func wordsAndCapitalization() {
    let folded = Folder(language: .turkish).fold("Recep ERDOĞAN, bakanlığı iPhone 2019'da")
    let words = zip(folded.wordStarts, folded.wordEnds).map {
      String(decoding: folded.key[Int($0)..<Int($1)], as: UTF8.self)
    }
    #expect(words == ["recep", "erdoğan", "bakanlığı", "iphone", "2019", "da"])
    #expect(folded.wordCapitalization == [.title, .upper, .lower, .mixed, .lower, .lower])
  }

  @Test func offsetsMapKeyBytesBackToSource() throws {
    let source = "A\u{301}b İI Straße’s"
    let folded = Folder(language: .turkish).fold(source)
    let bytes = Array(source.utf8)
    // "á" (from A + U+0301) maps to the whole segment, "ss" to "ß".
    let keyOfSS = Array("ss".utf8)
    let at = (0...(folded.key.count - 2)).first { Array(folded.key[$0..<$0 + 2]) == keyOfSS }
    let ssStart = try #require(at)
    let range = folded.sourceRange(ofKey: ssStart..<ssStart + 2)
    #expect(String(decoding: bytes[range], as: UTF8.self) == "ß")
    #expect(folded.sourceRange(ofKey: 0..<2) == 0..<3)
  }

  /// Folding many texts into reused buffers gives each the key and words that folding it alone
  /// gives, whatever came before it (a long text, then a short one).
  @Test func foldEachAgreesWithFold() {
    let texts = [
      "Recep ERDOĞAN, bakanlığı iPhone 2019'da", "", "İ", "СЫРТҚЫ ІСТЕР министрлігі", "a\u{302}", "Kaзakhstan",
      String(repeating: "uzun metin ", count: 100), "kısa",
    ]
    for language in [CaseLanguage.turkish, .english] {
      let folder = Folder(language: language)
      var seen = 0
      folder.foldEach(count: texts.count, text: { texts[$0] }) { position, view in
        let folded = folder.fold(texts[position])
        #expect(Array(view.key) == folded.key)
        #expect(Array(view.wordStarts) == folded.wordStarts)
        #expect(Array(view.wordEnds) == folded.wordEnds)
        #expect(Array(view.wordCapitalization) == folded.wordCapitalization)
        #expect(position == seen)
        seen += 1
      }
      #expect(seen == texts.count)
    }
  }

  /// Random text from the scripts Tilmash handles: every word's key range maps back to a source
  /// range that folds to the same key, and folding a key again changes nothing.
  @Test func offsetsMapBackOnRandomInput() async {
    let alphabet = Array("aıiIİeşŞğĞ ’'-ÂâqQҚқәӘіІ \u{301}\u{302}\u{307}ßﬁ\u{FEFF}Ωé\r\n,.АаЁёӨө")
    let generator = Gen.element(of: alphabet).compactMap { $0 }.array(of: 0...40).map { String($0) }
    await propertyCheck(count: 300, input: generator) { text in
      for language in [CaseLanguage.turkish, .english] {
        let folder = Folder(language: language)
        let folded = folder.fold(text)
        let bytes = Array(text.utf8)
        #expect(folded.sourceOffsets.count == folded.key.count + 1)
        #expect(zip(folded.sourceOffsets, folded.sourceOffsets.dropFirst()).allSatisfy { $0 <= $1 })
        for (start, end) in zip(folded.wordStarts, folded.wordEnds) {
          let range = folded.sourceRange(ofKey: Int(start)..<Int(end))
          let piece = String(decoding: bytes[range], as: UTF8.self)
          #expect(folder.fold(piece).key == Array(folded.key[Int(start)..<Int(end)]), "\(scalars(piece))")
        }
        #expect(scalars(folder.key(folded.keyString)) == scalars(folded.keyString))
      }
    }
  }
}
