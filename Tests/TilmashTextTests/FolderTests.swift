import CICU
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

  /// The folder's table lookups and shortcuts (ASCII words, packed keys, lone scalars) give what
  /// folding each normalization segment through ICU gives, on random text of Latin, Cyrillic and
  /// Turkish letters, NFD sequences, İ and I, marks, scalars above the table and mixed scripts.
  @Test func shortcutsAgreeWithSegmentsThroughICU() async {
    let pieces = [
      "a", "A", "ı", "I", "i", "İ", "I\u{307}", "i\u{307}", "e", "E", "e\u{301}", "E\u{301}\u{302}", "ş", "Ş", "s\u{327}",
      "ğ", "Ğ", "g\u{306}", "ç", "Ç", "ö", "Ö", "o\u{308}", "ü", "Ü", "â", "Â", "a\u{302}", "î", "Î", "û", "q", "Q", "x", "w",
      "к", "К", "қ", "Қ", "ә", "Ә", "і", "І", "ң", "Ң", "ө", "Ө", "ұ", "Ұ", "ү", "Ү", "һ", "ё", "Ё", "е\u{308}", "й", "и\u{306}",
      "а", "о", "р", "с", "\u{301}", "\u{302}", "\u{307}", "\u{308}", "\u{327}", "ß", "ẞ", "ﬁ", "Ω", "ΐ", "ᾷ", "ǅ", "\u{FEFF}",
      "\u{A0}", "—", "«", "»", "’", "ʼ", "'", "-", ",", ".", "0", "7", " ", " ", "\r\n", "中", "😀", "Ⅻ", "ⓐ",
    ]
    let generator = Gen.element(of: pieces).compactMap { $0 }.array(of: 0...30).map { $0.joined() }
    await propertyCheck(count: 500, input: generator) { text in
      for language in [CaseLanguage.turkish, .english, .kazakh] {
        let folded = Folder(language: language, repairsMixedScript: false).fold(text)
        let expected = Self.foldBySegments(text, language)
        #expect(scalars(folded.keyString) == scalars(String(decoding: expected.key, as: UTF8.self)), "\(scalars(text))")
        #expect(folded.wordStarts == expected.wordStarts, "\(scalars(text))")
        #expect(folded.wordEnds == expected.wordEnds, "\(scalars(text))")
        #expect(folded.wordCapitalization == expected.capitalization, "\(scalars(text))")
      }
    }
  }

  /// The folder's result computed the slow way: the text cut before every scalar that starts a
  /// normalization segment (and after every ASCII character outside words, which the folder
  /// copies as it is), each piece folded by ICU, words made of pieces that start with a word
  /// scalar.
  static func foldBySegments(_ text: String, _ language: CaseLanguage) -> (
    key: [UInt8], wordStarts: [Int32], wordEnds: [Int32], capitalization: [FoldedText.Capitalization]
  ) {
    var segments: [[Unicode.Scalar]] = []
    for scalar in text.unicodeScalars {
      let afterASCIIOutsideWords = segments.last.map { $0.count == 1 && $0[0].isASCII && !TextClass.isWordScalar($0[0]) } ?? true
      if afterASCIIOutsideWords || cicu_nfc_boundary_before(scalar.value) != 0 {
        segments.append([scalar])
      } else {
        segments[segments.count - 1].append(scalar)
      }
    }
    var key: [UInt8] = []
    var wordStarts: [Int32] = []
    var wordEnds: [Int32] = []
    var capitalization: [FoldedText.Capitalization] = []
    var word: [Unicode.Scalar]?
    func endWord() {
      guard let letters = word else { return }
      wordEnds.append(Int32(key.count))
      let cased = letters.filter { $0.properties.isUppercase || $0.properties.isLowercase }
      let upper = cased.filter(\.properties.isUppercase).count
      capitalization.append(
        cased.first.map { $0.properties.isUppercase ? (upper == cased.count ? .upper : .title) : (upper > 0 ? .mixed : .lower) }
          ?? .lower)
      word = nil
    }
    for segment in segments {
      if TextClass.isWordScalar(segment[0]) {
        if word == nil {
          wordStarts.append(Int32(key.count))
          word = []
        }
        word?.append(contentsOf: segment)
      } else {
        endWord()
      }
      key += FoldTable.foldSegment(segment, language)
    }
    endWord()
    return (key, wordStarts, wordEnds, capitalization)
  }
}
