import Foundation
import Testing

@testable import TilmashAnnotate

struct BatchAnnotatorTests {
  let matcher = Matcher(glossary: sampleGlossary, forms: sampleForms(sampleGlossary))

  /// Documents of different lengths (so that helpers finish out of order), some too large and
  /// one that failed before the batch: every number of jobs emits every document once, in
  /// input order, with the annotations one job finds, on the calling thread.
  @Test(arguments: [2, 3, 8])
  func severalJobsEmitWhatOneJobDoesInOrderOnTheCallingThread(jobs: Int) {
    let sources = (0..<300).map { index -> DocumentSource in
      if index == 17 { return .record(name: "r\(index)", text: .failure(.invalidUTF8(byteOffset: 3))) }
      let sentence = index % 3 == 0 ? "Hulusi Akar, joint exercises in Astana. " : "Ortak tatbikatı Dışişleri Bakanlığı'nda. "
      return .record(name: "r\(index)", text: .success(String(repeating: sentence, count: 1 + index % 40)))
    }
    let tooLarge = sources.filter { if case .record(_, .success(let text)) = $0 { text.utf8.count > 1_500 } else { false } }
    func run(jobs: Int) -> [(name: String, outcome: String, matches: Int)] {
      let annotator = BatchAnnotator(matcher: matcher, language: nil, jobs: jobs, maxSize: 1_500)
      let caller = pthread_self()
      var emitted: [(name: String, outcome: String, matches: Int)] = []
      annotator.run(sources) { document in
        #expect(pthread_equal(pthread_self(), caller) != 0)
        switch document.result {
        case .success(let success):
          emitted.append((document.name, "\(success.language) \(success.annotations)", success.annotations.count))
        case .failure(let error): emitted.append((document.name, error.description, 0))
        }
      }
      return emitted
    }
    let one = run(jobs: 1)
    #expect(one.map(\.name) == (0..<300).map { "r\($0)" })
    #expect(tooLarge.count > 10)
    #expect(one.filter { $0.outcome.hasPrefix("too large") }.map(\.name) == tooLarge.map(\.name))
    #expect(one[17].outcome == "invalid UTF-8 at byte offset 3")
    #expect(one.map(\.matches).reduce(0, +) > 1_000)
    let several = run(jobs: jobs)
    #expect(several.map(\.name) == one.map(\.name))
    #expect(several.map(\.outcome) == one.map(\.outcome))
  }

  /// No documents, or fewer than jobs: the run returns with what there is.
  @Test(arguments: [0, 1, 2])
  func fewerDocumentsThanJobs(count: Int) {
    let annotator = BatchAnnotator(matcher: matcher, language: .english, jobs: 8, maxSize: 1_000)
    let sources = (0..<count).map { DocumentSource.record(name: "r\($0)", text: .success("Hulusi Akar")) }
    var names: [String] = []
    annotator.run(sources) { names.append($0.name) }
    #expect(names == sources.map(\.name))
  }
}
