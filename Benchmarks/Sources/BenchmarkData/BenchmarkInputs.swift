import Foundation

/// The generated data the benchmarks read: `data/` next to the benchmark package (written by
/// `tilmash-corpus` and generated here when missing), or a tiny set in a temporary directory
/// when `TILMASH_BENCH_SMOKE=1`.
public struct BenchmarkInputs: Sendable {
  public struct Document: Sendable {
    public var language: CorpusGenerator.Language
    public var bytes: [UInt8]
  }

  public let directory: URL
  public let smoke: Bool
  public let glossarySizes: [Int]

  public static let isSmoke = ProcessInfo.processInfo.environment["TILMASH_BENCH_SMOKE"] == "1"

  /// The benchmark package's `data/` directory.
  public static let defaultDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("data")

  public static func prepare(smoke: Bool = isSmoke) throws -> BenchmarkInputs {
    let parameters: CorpusGenerator.Parameters = smoke ? .smoke : .init()
    let directory =
      smoke
      ? FileManager.default.temporaryDirectory.appendingPathComponent("tilmash-bench-smoke-\(getpid())")
      : defaultDirectory
    let manifest = directory.appendingPathComponent("manifest.json")
    if !FileManager.default.fileExists(atPath: manifest.path) {
      var generator = CorpusGenerator(parameters: parameters)
      try generator.write(to: directory)
    }
    return BenchmarkInputs(directory: directory, smoke: smoke, glossarySizes: parameters.glossarySizes)
  }

  public func glossaryPath(size: Int) -> String {
    directory.appendingPathComponent("glossary-\(size).csv").path
  }

  /// Every `stride`-th article of each language, up to `limit` bytes in all, in a fixed order.
  public func documents(limit: Int = .max, stride: Int = 1) -> [Document] {
    var documents: [Document] = []
    var total = 0
    var lists: [(CorpusGenerator.Language, [String])] = []
    for language in CorpusGenerator.Language.allCases {
      let folder = directory.appendingPathComponent("corpus").appendingPathComponent(language.rawValue)
      let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
      lists.append((language, names.enumerated().filter { $0.offset % stride == 0 }.map { folder.appendingPathComponent($0.element).path }))
    }
    var index = 0
    while total < limit, lists.contains(where: { index < $0.1.count }) {
      for (language, paths) in lists where index < paths.count && total < limit {
        guard let data = FileManager.default.contents(atPath: paths[index]) else { continue }
        documents.append(Document(language: language, bytes: [UInt8](data)))
        total += data.count
      }
      index += 1
    }
    return documents
  }
}
