import PropertyBased
import TilmashText
import Testing
import TilmashNormalize

struct ByteIdentityTests {
  /// Everything outside the rewrites is the input's own bytes: CRLF, tabs, trailing spaces, a
  /// byte-order mark, no final newline.
  @Test(arguments: [
    ("\u{FEFF}Nursultan Nazarbaev'in\r\n\tziyareti  \r\n", "\u{FEFF}Nursultan Nazarbayev'in\r\n\tziyareti  \r\n"),
    ("a  b\t\tc   \n\n\nNazarbaev", "a  b\t\tc   \n\n\nNazarbayev"),
    ("e\u{301} \u{0}x\r", "é \u{0}x\r"),
    ("no change at all, kept as it is \r\n\r\n", "no change at all, kept as it is \r\n\r\n"),
    ("", ""),
  ])
  func outsideBytesKept(input: String, expected: String) {
    let result = normalized(input, to: .turkish)
    #expect(result.output == Array(expected.utf8), "\(scalars(result.text))")
  }

  @Test func formNoneLeavesDecomposedText() {
    #expect(normalized("e\u{301}", to: .english, form: .none).text == "e\u{301}")
    #expect(normalized("ﬁ e\u{301}", to: .english, form: .nfkc).text == "fi é")
    #expect(normalized("ﬁ e\u{301}", to: .english).text == "ﬁ é")
  }

  @Test(arguments: [
    (ApostropheStyle.ascii, "Astana’da ve Nursultan Nazarbayev’in, 2022’de; it’s", "Astana'da ve Nursultan Nazarbayev'in, 2022'de; it’s"),
    (.typographic, "Astana'da ve İstanbul'a", "Astana’da ve İstanbul’a"),
    (.keep, "Astana'da ve İstanbul’a", "Astana'da ve İstanbul’a"),
  ])
  func apostrophes(style: ApostropheStyle, input: String, expected: String) {
    let result = normalized(input, to: .turkish, apostrophe: style)
    #expect(result.text == expected)
    #expect(result.changes.allSatisfy { $0.rule == .apostrophe })
  }

  @Test func mixedScriptsAndNFCAreTheirOwnRules() {
    let result = normalized("мен Қaзақ e\u{301}", to: .kazakh)
    #expect(result.text == "мен Қазақ é")
    #expect(result.changes.map(\.rule) == [.script, .nfc])
  }

  @Test func unknownNamesAreListedOrTransliterated() throws {
    let listed = normalized("Жапаров ve Nazarbaev", to: .turkish)
    #expect(listed.text == "Жапаров ve Nazarbayev")
    #expect(listed.notes.map(\.before) == ["Жапаров"])
    #expect(listed.notes.first?.rule == .unknown)
    let scheme = try TransliterationScheme.named("kk-tr-press")
    let normalizer = Normalizer(
      matcher: shippedMatcher, options: NormalizerOptions(target: .turkish, unknownScheme: scheme))
    let written = normalizer.normalize("Жапаров ve Назарбаев")
    #expect(written.text == "Japarov ve Nazarbayev")
    #expect(written.changes.map(\.rule) == [.unknown, .name])
  }

  @Test func invalidUTF8IsAnErrorWithItsOffset() {
    let normalizer = Normalizer(matcher: shippedMatcher, options: NormalizerOptions(target: .english))
    #expect(throws: NormalizeError.invalidUTF8(InvalidUTF8(byteOffset: 3, length: 1))) {
      try normalizer.normalize(bytes: [0x61, 0x62, 0x63, 0xFF, 0x64])
    }
  }

  /// Normalizing the output changes nothing, on random text made of names, their variants,
  /// suffixes, look-alike letters, combining marks and line endings.
  @Test func idempotentOnRandomText() async {
    let pieces = [
      "Nazarbaev", "Назарбаев", "NAZARBAEV", "Nursultan ", "Recep Tayyip Erdogan", "Ердоған", "Қaзақстан",
      "Astana", "Nur-Sultan", "Жапаров", "'in", "’e", "тың", "da", "e\u{301}", "\u{301}", "ﬁ", " ", "  ", "\t",
      "\r\n", "\n", ",", ".", "İ", "ı", "a", "Tokayev", "Тоқаев", "Kazakistan", "\u{FEFF}", "'", "-",
    ]
    let generator = Gen.element(of: pieces).compactMap { $0 }.array(of: 0...24).map { $0.joined() }
    let targets = TargetLanguage.allCases
    await propertyCheck(count: 200, input: generator) { text in
      for target in targets {
        for apostrophe in [ApostropheStyle.keep, .typographic] {
          let once = normalized(text, to: target, apostrophe: apostrophe)
          let twice = normalized(once.text, to: target, apostrophe: apostrophe)
          #expect(twice.output == once.output, "\(target) \(scalars(text)) -> \(scalars(once.text)) -> \(scalars(twice.text))")
          // The changes rebuild the output from the input.
          var rebuilt: [UInt8] = []
          var position = 0
          let input = Array(text.utf8)
          for change in once.changes {
            rebuilt += input[position..<change.byteRange.lowerBound]
            rebuilt += Array(change.after.utf8)
            position = change.byteRange.upperBound
          }
          rebuilt += input[position...]
          #expect(rebuilt == once.output)
        }
      }
    }
  }
}
