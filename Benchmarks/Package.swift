// swift-tools-version: 6.1
// The benchmarks of Tilmash, kept out of the main package so that its `swift build` and
// `swift test` never build ordo-one/benchmark. Run from this directory:
//
//     swift run -c release tilmash-corpus          # writes data/ (about 50 MB, deterministic)
//     swift package benchmark                      # every benchmark
//     TILMASH_BENCH_SMOKE=1 swift package benchmark   # a tiny corpus: checks that they run
import PackageDescription

let package = Package(
  name: "TilmashBenchmarks",
  platforms: [.macOS(.v15)],
  dependencies: [
    .package(name: "Tilmash", path: ".."),
    .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
  ],
  targets: [
    // The seeded corpus and glossary generator, shared by tilmash-corpus and the benchmarks.
    .target(
      name: "BenchmarkData",
      dependencies: [.product(name: "TilmashGlossary", package: "Tilmash")]
    ),
    .executableTarget(name: "tilmash-corpus", dependencies: ["BenchmarkData"]),
    .executableTarget(
      name: "Tilmash",
      dependencies: [
        "BenchmarkData",
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "TilmashText", package: "Tilmash"),
        .product(name: "TilmashGlossary", package: "Tilmash"),
        .product(name: "TilmashAnnotate", package: "Tilmash"),
        .product(name: "TilmashNormalize", package: "Tilmash"),
      ],
      path: "Benchmarks/Tilmash",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ),
  ],
  swiftLanguageModes: [.v6]
)
