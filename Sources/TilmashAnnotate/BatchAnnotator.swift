import Dispatch
import TilmashGlossary
import TilmashText

/// Annotates a stream of documents on several threads and hands the results back in input
/// order, so that the output is the same whatever the number of jobs.
///
/// Documents are taken a window at a time (a few per job): memory stays bounded on an endless
/// `--input jsonl` stream, and a slow document holds back only its own window.
public struct BatchAnnotator: Sendable {
  public let matcher: Matcher
  /// The documents' language, or nil to detect it per document.
  public var language: DocumentLanguage?
  public var jobs: Int
  public var maxSize: Int
  /// Renders each document on the thread that annotated it (`AnnotatedDocument.rendered`), so
  /// that writing the output is not left to one thread.
  public var formatter: (any DocumentFormatter)?

  public init(
    matcher: Matcher, language: DocumentLanguage?, jobs: Int, maxSize: Int, formatter: (any DocumentFormatter)? = nil
  ) {
    self.matcher = matcher
    self.language = language
    self.jobs = max(1, jobs)
    self.maxSize = maxSize
    self.formatter = formatter
  }

  /// Annotates every document of `sources`, calling `emit` with each result in input order.
  public func run<S: Sequence>(_ sources: S, emit: (AnnotatedDocument) -> Void) where S.Element == DocumentSource {
    var iterator = sources.makeIterator()
    let window = jobs == 1 ? 1 : jobs * 4
    while true {
      var batch: [DocumentSource] = []
      while batch.count < window, let next = iterator.next() { batch.append(next) }
      if batch.isEmpty { return }
      for result in annotate(batch) { emit(result) }
    }
  }

  private func annotate(_ batch: [DocumentSource]) -> [AnnotatedDocument] {
    if jobs == 1 || batch.count == 1 { return batch.map(annotate) }
    let results = ChunkResults<AnnotatedDocument?>(count: batch.count, initial: nil)
    DispatchQueue.concurrentPerform(iterations: batch.count) { index in
      results.set(index, annotate(batch[index]))
    }
    return results.values.compactMap { $0 }
  }

  /// Reads, checks and annotates one document.
  public func annotate(_ source: DocumentSource) -> AnnotatedDocument {
    let loaded = source.load(maxSize: maxSize)
    let byteCount = (try? loaded.get().count) ?? 0
    let result = loaded.flatMap { bytes -> Result<AnnotatedDocument.Success, DocumentError> in
      if let error = UTF8Validation.firstError(in: bytes) {
        return .failure(.invalidUTF8(byteOffset: error.byteOffset))
      }
      let text = String(decoding: bytes, as: UTF8.self)
      let language = language ?? LanguageDetector.detect(text)
      return .success(.init(language: language, text: text, annotations: matcher.annotate(text, language: language)))
    }
    var document = AnnotatedDocument(
      name: source.name, outputStem: source.outputStem, byteCount: byteCount, result: result)
    document.rendered = formatter?.render(document)
    return document
  }
}
