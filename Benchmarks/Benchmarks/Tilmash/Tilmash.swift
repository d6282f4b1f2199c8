import Benchmark
import BenchmarkData
import Foundation
import TilmashAnnotate
import TilmashGlossary
import TilmashNormalize
import TilmashText

// Tilmash's benchmarks, in ordo-one/benchmark style. Run from Benchmarks/:
//
//     swift package benchmark                          # full data (generated on first use)
//     swift package benchmark --filter 'annotate.*'    # one group
//     TILMASH_BENCH_SMOKE=1 swift package benchmark    # a tiny corpus: checks that they run
//
// Throughput benchmarks report `MB/s` (a custom metric: UTF-8 megabytes, 10^6, per second
// of wall clock) next to the usual wall clock, CPU, memory and malloc metrics. Timings are
// reported, never checked: no thresholds are set.

let smoke = BenchmarkInputs.isSmoke
// One preparation per process: the corpus and glossaries, written on first use.
nonisolated(unsafe) var preparedInputs: BenchmarkInputs?
nonisolated(unsafe) var sampleDocuments: [BenchmarkInputs.Document] = []

func inputs() -> BenchmarkInputs {
  if let preparedInputs { return preparedInputs }
  do {
    let inputs = try BenchmarkInputs.prepare()
    preparedInputs = inputs
    // A fixed sample of the corpus: every 8th article, 4 MB at most (all of a smoke corpus).
    sampleDocuments = inputs.smoke ? inputs.documents() : inputs.documents(limit: 4_000_000, stride: 8)
    return inputs
  } catch {
    fatalError("cannot prepare the benchmark data: \(error)")
  }
}

let megabytesPerSecond = BenchmarkMetric.custom("MB/s", polarity: .prefersLarger, useScalingFactor: false)

let metrics: [BenchmarkMetric] = [.wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal, megabytesPerSecond]

func configuration(iterations: Int = 5) -> Benchmark.Configuration {
  .init(
    metrics: metrics, timeUnits: .milliseconds, warmupIterations: smoke ? 0 : 1,
    maxDuration: .seconds(smoke ? 1 : 20), maxIterations: smoke ? 1 : iterations)
}

extension DocumentLanguage {
  init(_ language: CorpusGenerator.Language) {
    switch language {
    case .en: self = .english
    case .tr: self = .turkish
    case .kk: self = .kazakh
    }
  }
}

/// Runs `body` over the sample once per iteration and records its throughput.
func measureThroughput(_ benchmark: Benchmark, bytes: Int, _ body: () -> Void) {
  let clock = ContinuousClock()
  for _ in benchmark.scaledIterations {
    let elapsed = clock.measure(body)
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    benchmark.measurement(megabytesPerSecond, Int((Double(bytes) / 1e6 / max(seconds, 1e-9)).rounded()))
  }
}

func loadGlossary(size: Int, cache: IndexCache? = nil) -> Glossary {
  let loaded = GlossaryLoader.load(paths: [inputs().glossaryPath(size: size)], includeDefaults: false, cache: cache)
  precondition(!loaded.hasErrors, "glossary-\(size).csv has errors: \(loaded.diagnostics)")
  return loaded.glossary
}

let benchmarks: @Sendable () -> Void = {
  let inputs = inputs()
  let documents = sampleDocuments
  let sampleBytes = documents.reduce(0) { $0 + $1.bytes.count }

  // The matcher alone: language given, annotations kept (no output).
  for size in inputs.glossarySizes {
    Benchmark("annotate/matcher/\(size) terms", configuration: configuration()) {
      (benchmark, matcher: Matcher) in
      measureThroughput(benchmark, bytes: sampleBytes) {
        var found = 0
        for document in documents {
          document.bytes.withUnsafeBufferPointer {
            found += matcher.annotate(utf8: $0, language: DocumentLanguage(document.language)).count
          }
        }
        blackHole(found)
      }
    } setup: {
      Matcher(glossary: loadGlossary(size: size))
    }
  }

  // What `tilmash annotate --format jsonl --jobs 1` does per document, in memory: UTF-8 check,
  // language detection, matching and the JSON line.
  let middle = inputs.glossarySizes[inputs.glossarySizes.count / 2]
  Benchmark("annotate/batch+jsonl/\(middle) terms", configuration: configuration()) {
    (benchmark, state: (BatchAnnotator, JSONLinesFormatter)) in
    let (annotator, formatter) = state
    let sources = documents.enumerated().map { index, document in
      DocumentSource.record(name: "doc-\(index)", text: .success(String(decoding: document.bytes, as: UTF8.self)))
    }
    measureThroughput(benchmark, bytes: sampleBytes) {
      var output = 0
      annotator.run(sources) { output += formatter.render($0).count }
      blackHole(output)
    }
  } setup: {
    let glossary = loadGlossary(size: middle)
    return (
      BatchAnnotator(matcher: Matcher(glossary: glossary), language: nil, jobs: 1, maxSize: 1 << 30),
      JSONLinesFormatter(glossary: glossary)
    )
  }

  // The folding every match starts from (NFC, Turkic case folding, offset map).
  Benchmark("fold", configuration: configuration()) { benchmark in
    let folders = Dictionary(uniqueKeysWithValues: CorpusGenerator.Language.allCases.map {
      ($0, Folder(language: $0 == .tr ? .turkish : $0 == .kk ? .kazakh : .english))
    })
    measureThroughput(benchmark, bytes: sampleBytes) {
      var keyBytes = 0
      for document in documents {
        document.bytes.withUnsafeBufferPointer { keyBytes += folders[document.language]!.fold(utf8: $0).key.count }
      }
      blackHole(keyBytes)
    }
  }

  // Kazakh Cyrillic to the 2021 Latin alphabet, line by line as `tilmash translit` does.
  let kazakh = documents.filter { $0.language == .kk }
  let kazakhBytes = kazakh.reduce(0) { $0 + $1.bytes.count }
  Benchmark("translit/kk-latn-2021", configuration: configuration()) {
    (benchmark, scheme: TransliterationScheme) in
    let lines = kazakh.flatMap { document in
      document.bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    }
    measureThroughput(benchmark, bytes: kazakhBytes) {
      var count = 0
      for line in lines { count += scheme.transliterate(line).utf8.count }
      blackHole(count)
    }
  } setup: {
    try TransliterationScheme.named("kk-latn-2021")
  }

  // `tilmash normalize` on the sample: every article normalized toward its own language with
  // the 10k-term glossary (names rewritten to their preferred forms, NFC, script repair).
  let normalizeSize = inputs.glossarySizes[min(1, inputs.glossarySizes.count - 1)]
  Benchmark("normalize/\(normalizeSize) terms", configuration: configuration()) {
    (benchmark, normalizers: [CorpusGenerator.Language: Normalizer]) in
    measureThroughput(benchmark, bytes: sampleBytes) {
      var edits = 0
      for document in documents {
        edits += (try? normalizers[document.language]!.normalize(bytes: document.bytes))?.changes.count ?? 0
      }
      blackHole(edits)
    }
  } setup: {
    let matcher = Matcher(glossary: loadGlossary(size: normalizeSize))
    var normalizers: [CorpusGenerator.Language: Normalizer] = [:]
    for (language, target) in [(CorpusGenerator.Language.en, TargetLanguage.english), (.tr, .turkish), (.kk, .kazakh)] {
      normalizers[language] = Normalizer(matcher: matcher, options: NormalizerOptions(target: target))
    }
    return normalizers
  }

  // `tilmash lookup`: exact, inflected and fuzzy queries against the largest glossary's index.
  let largestSize = inputs.glossarySizes.max()!
  Benchmark(
    "lookup/\(largestSize) terms",
    configuration: .init(
      metrics: [.wallClock, .cpuTotal, .throughput, .peakMemoryResident, .mallocCountTotal], timeUnits: .microseconds,
      warmupIterations: smoke ? 0 : 10, maxDuration: .seconds(smoke ? 1 : 10), maxIterations: smoke ? 10 : 100_000)
  ) { (benchmark, state: (GlossaryIndex, [String])) in
    let (index, queries) = state
    for iteration in benchmark.scaledIterations {
      let query = queries[iteration % queries.count]
      blackHole(index.lookup(query, options: LookupOptions(fuzzy: iteration % 4 == 3)).count)
    }
  } setup: {
    let glossary = loadGlossary(size: largestSize)
    // Forms of every 97th entry, some inflected or misspelled, and words no entry has.
    var queries: [String] = []
    for (number, entry) in glossary.entries.enumerated() where number % 97 == 0 {
      for language in ["en", "tr", "kk"] {
        guard let form = entry.forms[language]?.first?.text else { continue }
        queries.append(number % 3 == 0 ? form + (language == "kk" ? "дың" : language == "tr" ? "ler" : "s") : form)
        if number % 5 == 0 { queries.append(String(form.dropLast())) }
      }
    }
    queries += ["nothing here", "жоқ сөз", "bulunmayan"]
    return (GlossaryIndex(glossary: glossary), queries)
  }

  // Reading the largest glossary and building everything `tilmash annotate` needs to match:
  // CSV parsing, form expansion (transliterated name forms) and the matcher's indexes.
  let largest = inputs.glossarySizes.max()!
  Benchmark(
    "glossary/load+index/\(largest) terms",
    configuration: .init(
      metrics: [.wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal], timeUnits: .milliseconds,
      warmupIterations: 0, maxDuration: .seconds(smoke ? 1 : 30), maxIterations: smoke ? 1 : 5)
  ) { benchmark in
    for _ in benchmark.scaledIterations {
      blackHole(Matcher(glossary: loadGlossary(size: largest)).forms.count)
    }
  }
  // The same from the index cache (`IndexCache`, warmed in setup): the parsed glossary file and
  // the matcher read back (the cache keys, reading the files, rebuilding the tables), as a
  // second `tilmash annotate` run does.
  for size in Set([middle, largest]).sorted() {
    Benchmark(
      "glossary/load+cached index/\(size) terms",
      configuration: .init(
        metrics: [.wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal], timeUnits: .milliseconds,
        warmupIterations: 0, maxDuration: .seconds(smoke ? 1 : 30), maxIterations: smoke ? 1 : 5)
    ) { (benchmark, cache: IndexCache) in
      for _ in benchmark.scaledIterations {
        let (matcher, report) = cache.matcher(for: loadGlossary(size: size, cache: cache))
        precondition(report.wasLoaded, "the index cache missed: \(report)")
        blackHole(matcher.forms.count)
      }
    } setup: {
      // A fresh directory: the identity is a constant here, not the program's hash.
      let directory = FileManager.default.temporaryDirectory.appending(path: "tilmash-bench-cache-\(UUID().uuidString)").path()
      let cache = IndexCache(directory: directory, identity: 1)
      _ = cache.matcher(for: loadGlossary(size: size, cache: cache))
      return cache
    }
  }
  Benchmark(
    "glossary/load/\(largest) terms",
    configuration: .init(
      metrics: [.wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal], timeUnits: .milliseconds,
      warmupIterations: 0, maxDuration: .seconds(smoke ? 1 : 30), maxIterations: smoke ? 1 : 5)
  ) { benchmark in
    for _ in benchmark.scaledIterations {
      blackHole(loadGlossary(size: largest).entries.count)
    }
  }
}
