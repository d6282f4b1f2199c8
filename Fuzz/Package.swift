// swift-tools-version: 6.1
// Fuzz targets for Tilmash's parsers of untrusted bytes, kept out of the main package (like
// Benchmarks/) so that its `swift build` and `swift test` need no sanitizer. Run from here:
//
//     swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld
//     SWIFT_BACKTRACE=enable=no .build/release/fuzz-index -max_total_time=300 corpus/
//
// `fuzz-index` feeds bytes to `Matcher(serialized:glossary:)`,
// `GlossaryIndex(serialized:glossary:)` and `Glossary(serialized:)` (what the index cache reads
// back from disk, the checksum aside), then annotates and looks up text with whatever comes out.
import PackageDescription

let package = Package(
  name: "TilmashFuzz",
  dependencies: [.package(name: "Tilmash", path: "..")],
  targets: [
    .executableTarget(
      name: "fuzz-index",
      dependencies: [
        .product(name: "TilmashAnnotate", package: "Tilmash"),
        .product(name: "TilmashGlossary", package: "Tilmash"),
        .product(name: "TilmashText", package: "Tilmash"),
      ]
    )
  ],
  swiftLanguageModes: [.v6]
)
