import Dispatch
import TilmashGlossary
import TilmashText

/// Annotates a stream of documents on several threads and hands the results back in input
/// order, so that the output is the same whatever the number of jobs.
///
/// Memory stays bounded on an endless `--input jsonl` stream: only a window of documents (a few
/// per job) is in flight at once.
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

  /// Annotates every document of `sources`, calling `emit` with each result in input order on
  /// the calling thread.
  ///
  /// With several jobs, `jobs - 1` helper threads and the calling thread take documents one at
  /// a time as they finish the last, and the calling thread emits what is ready in order
  /// between its own documents: no thread is woken per document, which on a machine with as
  /// many cores as jobs would preempt a worker each time. A helper takes a document only while
  /// fewer than a few per job are waiting to be emitted, so memory stays bounded and a slow
  /// document holds back only the output, not the other workers. (The calling thread takes
  /// documents too: a stream whose next document is slow to come holds back the output of
  /// those before it. Standard output goes out in 64 KiB blocks anyway.)
  public func run<S: Sequence>(_ sources: sending S, emit: (AnnotatedDocument) -> Void) where S.Element == DocumentSource {
    if jobs == 1 {
      for source in sources { emit(annotate(source)) }
      return
    }
    let queue = WorkQueue(AnyIterator(sources.makeIterator()))
    let window = DispatchSemaphore(value: jobs * 4)
    let finished = DispatchSemaphore(value: 0)
    for _ in 1..<jobs {
      DispatchQueue.global().async {
        while true {
          window.wait()
          guard let (position, source) = queue.take() else {
            window.signal()
            finished.signal()
            return
          }
          queue.finish(position, annotate(source), holdsWindow: true)
          finished.signal()
        }
      }
    }
    var emitted = 0
    func emitReady() {
      while let (document, holdsWindow) = queue.result(emitted) {
        emit(document)
        emitted += 1
        if holdsWindow { window.signal() }
      }
    }
    while let (position, source) = queue.take() {
      queue.finish(position, annotate(source), holdsWindow: false)
      emitReady()
    }
    // The documents left are the helpers'.
    while true {
      emitReady()
      if queue.isDone(emitted: emitted) { return }
      finished.wait()
    }
  }

  /// Reads, checks and annotates one document.
  public func annotate(_ source: DocumentSource) -> AnnotatedDocument {
    let loaded = source.load(maxSize: maxSize)
    let byteCount = (try? loaded.get().count) ?? 0
    let result = loaded.flatMap { bytes -> Result<AnnotatedDocument.Success, DocumentError> in
      // One pass validates and copies; only a document that fails is parsed again, for where.
      guard let text = String(validating: bytes, as: UTF8.self) else {
        return .failure(.invalidUTF8(byteOffset: UTF8Validation.firstError(in: bytes)?.byteOffset ?? 0))
      }
      let language = language ?? LanguageDetector.detect(text)
      return .success(.init(language: language, text: text, annotations: matcher.annotate(text, language: language)))
    }
    var document = AnnotatedDocument(
      name: source.name, outputStem: source.outputStem, byteCount: byteCount, result: result)
    document.rendered = formatter?.render(document)
    return document
  }
}
