import Testing

@testable import TilmashMorphology

struct SuffixAnalyzerTests {
  /// Calls the fast path the way the annotator does.
  func inflectedStem(_ word: String, _ language: MorphologyLanguage, known: Set<String>) -> (InflectedStem?, [String]) {
    var asked: [String] = []
    var word = word
    let result = word.withUTF8 { buffer in
      SuffixAnalyzer.shared(language).inflectedStem(of: buffer) { stem in
        let text = String(decoding: stem, as: UTF8.self)
        asked.append(text)
        return known.contains(text)
      }
    }
    return (result, asked)
  }

  @Test func asksAboutTheDictionaryForm() {
    let (result, asked) = inflectedStem("bakanlığı", .turkish, known: ["bakanlık"])
    #expect(
      result == InflectedStem(surfaceStemLength: "bakanlığ".utf8.count, stem: Array("bakanlık".utf8), suffix: "ı"))
    #expect(asked.contains("bakanlık"))
    #expect(!asked.contains("bakanlığı"))

    let (kazakh, kazakhAsked) = inflectedStem("министрлігі", .kazakh, known: ["министрлік"])
    #expect(kazakh?.stemText == "министрлік")
    #expect(kazakh?.surfaceStemLength == "министрліг".utf8.count)
    #expect(kazakhAsked.contains("министрлік"))
  }

  @Test func longestStemFirst() {
    let (result, asked) = inflectedStem("kuvvetlerinin", .turkish, known: ["kuvvet", "kuvvetler"])
    #expect(result?.stemText == "kuvvetler")
    #expect(result?.suffix == "inin")
    #expect(asked.first == "kuvvetlerini")
    let (shorter, _) = inflectedStem("kuvvetlerinin", .turkish, known: ["kuvvet"])
    #expect(shorter?.stemText == "kuvvet")
    #expect(shorter?.suffix == "lerinin")
  }

  @Test func neverAsksAboutTheWholeWordOrAnEmptyStem() {
    let (_, asked) = inflectedStem("anlaşmalar", .turkish, known: [])
    #expect(!asked.contains("anlaşmalar"))
    #expect(!asked.contains(""))
    #expect(asked.contains("anlaşma"))
  }

  @Test(arguments: ["", "a", "'", "123", "ı", "қ", "\u{1F600}", "ааааааааааааааааааааа"])
  func oddWordsAreHarmless(word: String) {
    for language in MorphologyLanguage.allCases {
      #expect(inflectedStem(word, language, known: [""]).0 == nil)
    }
  }

  @Test func analysesListsEveryStem() {
    let found = SuffixAnalyzer.shared(.turkish).analyses(of: "kuvvetlerinin", stems: ["kuvvet", "kuvvetler"])
    #expect(found.map(\.description) == ["kuvvetler+inin", "kuvvet+lerinin"])
  }

  @Test func sharedAnalyzersAreBuiltOnce() {
    #expect(SuffixAnalyzer.shared(.kazakh) === SuffixAnalyzer.shared(.kazakh))
    #expect(SuffixAnalyzer.shared(.turkish).language == .turkish)
  }

  @Test func sameAnswerFromSeveralThreads() async {
    let words = ["bakanlığının", "anlaşmasında", "kuvvetlerinin", "bildirisinde", "akarsu"]
    let stems: Set<String> = ["bakanlık", "anlaşma", "kuvvet", "bildiri", "akar"]
    let expected = words.map { SuffixAnalyzer.shared(.turkish).analyses(of: $0, stems: stems) }
    await withTaskGroup(of: Bool.self) { group in
      for _ in 0..<8 {
        group.addTask {
          words.map { SuffixAnalyzer.shared(.turkish).analyses(of: $0, stems: stems) } == expected
        }
      }
      for await same in group { #expect(same) }
    }
  }
}
