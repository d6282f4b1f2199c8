import Testing

@testable import TilmashAnnotate

struct StemPrefixFilterTests {
  /// Stems and inflected words whose last syllable changed: the filter must never rule them out.
  @Test(arguments: [
    ("bakanlık", "bakanlığının"), ("ağız", "ağzı"), ("şehir", "şehri"), ("халық", "халқы"), ("ok", "oğu"),
    ("kap", "kabı"), ("министрлік", "министрлігі"), ("su", "suyu"), ("akıl", "aklı"), ("орын", "орны"), ("ел", "елі"), ("ағыз", "ағзы"), ("ay", "ayı"),
  ])
  func keepsEveryInflectedForm(stem: String, word: String) {
    var filter = StemPrefixFilter(changedLetters: 2)
    Array(stem.utf8).withUnsafeBufferPointer { filter.insert($0) }
    var word = word
    #expect(word.withUTF8 { filter.mayHaveStem($0) })
  }

  @Test(arguments: [("exercise", "exercises"), ("party", "parties"), ("agreement", "agreements")])
  func keepsEnglishPlurals(stem: String, word: String) {
    var filter = StemPrefixFilter(changedLetters: 1)
    Array(stem.utf8).withUnsafeBufferPointer { filter.insert($0) }
    var word = word
    #expect(word.withUTF8 { filter.mayHaveStem($0) })
  }

  @Test func rulesOutWordsWithoutAKnownStem() {
    var filter = StemPrefixFilter(changedLetters: 2)
    for stem in ["bakanlık", "anlaşma", "министрлік", "ок"] { Array(stem.utf8).withUnsafeBufferPointer { filter.insert($0) } }
    for word in ["görüşmeler", "tatbikatında", "келісімге", "zzzzzz"] {
      var word = word
      #expect(!word.withUTF8 { filter.mayHaveStem($0) }, "\(word)")
    }
  }
}
