import Testing

@testable import TilmashMorphology

struct EnglishInflectionTests {
  let analyzer = SuffixAnalyzer.shared(.english)

  @Test(
    arguments: [
      ("exercises", "exercise", "s"),
      ("parties", "party", "es"),
      ("agreements", "agreement", "s"),
      ("ministries", "ministry", "es"),
      ("boxes", "box", "es"),
      ("churches", "church", "es"),
      ("wishes", "wish", "es"),
      ("buses", "bus", "es"),
      ("days", "day", "s"),
      ("attorneys", "attorney", "s"),
      ("heroes", "hero", "es"),
      ("photos", "photo", "s"),
      ("forces", "force", "s"),
    ] as [(String, String, String)])
  func accepts(word: String, stem: String, suffix: String) {
    let found = analyzer.analyses(of: word, stems: [stem])
    #expect(found.map(\.stemText) == [stem], "\(word)")
    #expect(found.first?.suffix == suffix, "\(word)")
  }

  @Test(arguments: [
    ("exercisess", "exercise"),
    ("exercisess", "exercises"),
    ("partys", "party"),
    ("partyes", "party"),
    ("daies", "day"),
    ("boxs", "box"),
    ("buss", "bus"),
    ("exercise", "exercise"),
    ("exerciser", "exercise"),
    ("exercised", "exercise"),
  ])
  func rejects(word: String, stem: String) {
    #expect(analyzer.analyses(of: word, stems: [stem]).isEmpty, "\(word) is not \(stem)")
  }
}
