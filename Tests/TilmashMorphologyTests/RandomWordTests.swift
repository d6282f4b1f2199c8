import Testing
import TilmashTestSupport

@testable import TilmashMorphology

/// Random words from each language's letters: every analysis splits the word exactly, the fast
/// path agrees with the full list, and nothing depends on the thread or the run.
struct RandomWordTests {
  static let alphabets: [(MorphologyLanguage, [Character])] = [
    (.turkish, Array("abcçdefgğhıijklmnoöprsştuüvyz'")),
    (.kazakh, Array("аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя") + Array("aäbdefgğhıijklmnñŋoöpqrsştuūüvyz")),
    (.english, Array("abcdefghijklmnopqrstuvwxyz")),
  ]

  @Test(arguments: 0..<3)
  func analysesSplitTheWordExactly(alphabetIndex: Int) {
    let (language, letters) = Self.alphabets[alphabetIndex]
    let analyzer = SuffixAnalyzer.shared(language)
    var random = SplitMix(state: UInt64(alphabetIndex) &+ 2024)
    for _ in 0..<3000 {
      let length = Int.random(in: 1...14, using: &random)
      let word = String((0..<length).map { _ in letters.randomElement(using: &random) ?? "a" })
      // Every prefix is "known": the analyzer then reports every split it allows.
      var stems: Set<String> = []
      for end in 1..<max(length + 3, 2) { stems.insert(String(word.prefix(end))) }
      let found = analyzer.analyses(of: word, stems: stems)
      let bytes = Array(word.utf8)
      for analysis in found {
        #expect(analysis.surfaceStemLength > 0 && analysis.surfaceStemLength < bytes.count)
        #expect(Array(bytes[analysis.surfaceStemLength...]) == Array(analysis.suffix.utf8))
        #expect(!analysis.stem.isEmpty)
      }
      var fast: InflectedStem?
      var copy = word
      copy.withUTF8 { buffer in
        fast = analyzer.inflectedStem(of: buffer) { stems.contains(String(decoding: $0, as: UTF8.self)) }
      }
      #expect(fast == found.first, "\(word)")
    }
  }
}
