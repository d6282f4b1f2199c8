import PropertyBased
import Testing
import TilmashGlossary

@testable import TilmashAnnotate

/// Random text built from glossary words, inflections, look-alike letters, marks and noise:
/// annotations always map back to the input, never overlap, and do not depend on the thread.
struct MatcherPropertyTests {
  static let pieces = [
    "Akar", "AKAR", "Akar'ın", "Hulusi", "joint", "Joint", "exercise", "exercises", "Астана", "Астанада", "Қaзақстан",
    "Назарбаевпен", "ortak", "bildirisinde", "tatbikatında", "DIŞİŞLERİ", "BAKANLIĞI", "Nur", "Sultan", "-", " ", "  ",
    "\n", "\r\n", ", ", "’", "'", "e\u{301}", "\u{FEFF}", "İ", "ı", "ß", "\u{0}", "🙂", "Nazarbaev", "Nursultan",
  ]

  @Test func annotationsMapBackToTheInput() async {
    let matcher = MatcherTests.full
    let generator = Gen.element(of: Self.pieces).compactMap { $0 }.array(of: 0...30).map { $0.joined() }
    await propertyCheck(count: 300, input: generator) { text in
      let bytes = Array(text.utf8)
      let scalars = Array(text.unicodeScalars)
      for language in DocumentLanguage.allCases {
        let found = matcher.annotate(text, language: language)
        var previousEnd = 0
        for annotation in found {
          #expect(annotation.byteRange.lowerBound >= previousEnd)
          #expect(!annotation.byteRange.isEmpty)
          previousEnd = annotation.byteRange.upperBound
          #expect(String(decoding: bytes[annotation.byteRange], as: UTF8.self) == annotation.text)
          #expect(String(String.UnicodeScalarView(scalars[annotation.scalarRange])).unicodeScalars.elementsEqual(annotation.text.unicodeScalars))
          if let suffix = annotation.suffixStart { #expect(annotation.byteRange.contains(suffix)) }
        }
        #expect(matcher.annotate(text, language: language) == found)
      }
    }
  }

  @Test func sameResultsFromManyThreads() async {
    let matcher = MatcherTests.full
    let text = Self.pieces.joined(separator: " ")
    let expected = matcher.annotate(text, language: .turkish)
    await withTaskGroup(of: [Annotation].self) { group in
      for _ in 0..<8 { group.addTask { matcher.annotate(text, language: .turkish) } }
      for await result in group { #expect(result == expected) }
    }
  }
}
