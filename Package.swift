// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "Tilmash",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "tilmash", targets: ["tilmash"]),
    .library(name: "TilmashText", targets: ["TilmashText"]),
    .library(name: "TilmashGlossary", targets: ["TilmashGlossary"]),
    .library(name: "TilmashMorphology", targets: ["TilmashMorphology"]),
    .library(name: "TilmashAnnotate", targets: ["TilmashAnnotate"]),
    .library(name: "TilmashNormalize", targets: ["TilmashNormalize"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
  ],
  targets: [
    // The C bridge to the system's ICU. Its public header exposes no ICU type.
    .target(
      name: "CICU",
      linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc")]
    ),
    // Embeds data files (rule sets, suffix tables, glossaries) into the binary at build time.
    .executableTarget(name: "embed-data", path: "Plugins/embed-data-tool"),
    .plugin(name: "EmbedData", capability: .buildTool(), dependencies: ["embed-data"]),
    .target(
      name: "TilmashText",
      dependencies: ["CICU"],
      exclude: ["Data"],
      plugins: ["EmbedData"]
    ),
    .target(
      name: "TilmashGlossary",
      dependencies: ["TilmashText", "TilmashMorphology"],
      exclude: ["Data"],
      plugins: ["EmbedData"]
    ),
    .target(
      name: "TilmashAnnotate",
      dependencies: ["TilmashText", "TilmashGlossary", "TilmashMorphology"]
    ),
    .target(
      name: "TilmashNormalize",
      dependencies: ["TilmashText", "TilmashGlossary", "TilmashAnnotate"],
      exclude: ["Data"],
      plugins: ["EmbedData"]
    ),
    .target(
      name: "TilmashMorphology",
      dependencies: ["TilmashText"],
      exclude: ["Data"],
      plugins: ["EmbedData"]
    ),
    .executableTarget(
      name: "tilmash",
      dependencies: [
        "TilmashText",
        "TilmashGlossary",
        "TilmashAnnotate",
        "TilmashNormalize",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "TilmashTextTests",
      dependencies: [
        "TilmashText",
        "TilmashTestSupport",
        // Built before the tests, which run it end to end.
        "tilmash",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]
    ),
    // What the test suites share: running the built executable, marked text.
    .target(name: "TilmashTestSupport", path: "Tests/TilmashTestSupport"),
    .testTarget(
      name: "TilmashAnnotateTests",
      dependencies: [
        "TilmashAnnotate", "TilmashGlossary", "TilmashText", "TilmashTestSupport", "tilmash",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]
    ),
    .testTarget(
      name: "TilmashGlossaryTests",
      dependencies: ["TilmashGlossary", "TilmashText", "TilmashTestSupport", "tilmash"]
    ),
    .testTarget(
      name: "TilmashNormalizeTests",
      dependencies: [
        "TilmashNormalize",
        "TilmashAnnotate",
        "TilmashGlossary",
        "TilmashText",
        // Built before the tests, which run it end to end.
        "tilmash",
        .product(name: "PropertyBased", package: "swift-property-based"),
        "TilmashTestSupport",
      ]
    ),
    .testTarget(
      name: "TilmashMorphologyTests",
      dependencies: ["TilmashMorphology", "TilmashTestSupport"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
