import Testing
import TilmashGlossary

@testable import TilmashAnnotate

struct BatchSummaryTests {
  @Test func countsMatchesByTheirEntriesType() {
    let matcher = Matcher(glossary: sampleGlossary)
    let texts = [
      "Hulusi Akar, Astana'da ortak tatbikatı izledi; Akar NATO ile görüştü.",
      "Astana and Astana again.",
    ]
    var summary = BatchSummary()
    var expected: [EntryKind: Int] = [:]
    for (position, text) in texts.enumerated() {
      let annotations = matcher.annotate(text, language: position == 0 ? .turkish : .english)
      for annotation in annotations { expected[sampleGlossary.entries[annotation.entry].kind, default: 0] += 1 }
      let success = AnnotatedDocument.Success(language: .turkish, text: text, annotations: annotations)
      summary.add(
        AnnotatedDocument(name: "\(position)", outputStem: "\(position)", byteCount: text.utf8.count, result: .success(success)),
        glossary: sampleGlossary)
    }
    summary.add(AnnotatedDocument(name: "bad", outputStem: "bad", byteCount: 3, result: .failure(.invalidUTF8(byteOffset: 1))), glossary: sampleGlossary)
    #expect(expected.count >= 2)
    #expect(summary.matchesByKind == expected)
    #expect(summary.matches == expected.values.reduce(0, +))
    let kinds = EntryKind.allCases.compactMap { kind in expected[kind].map { "\($0) \(kind.rawValue)" } }.joined(separator: ", ")
    let bytes = texts.map(\.utf8.count).reduce(3, +)
    #expect(summary.line(seconds: 0.123) == "3 documents, \(bytes) bytes, \(summary.matches) matches (\(kinds)), 1 failure, 0.12 s")
  }
}
