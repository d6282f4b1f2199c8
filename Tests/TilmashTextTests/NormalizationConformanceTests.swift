import Foundation
import Testing

@testable import TilmashText

/// Unicode's own conformance data, NormalizationTest.txt (Debian's unicode-data package, which
/// .ci/run installs), through the normalizer: every line and every code point not listed in part 1.
struct NormalizationConformanceTests {
  static func loadTestData() throws -> String {
    let plain = "/usr/share/unicode/NormalizationTest.txt"
    if let data = FileManager.default.contents(atPath: plain) { return String(decoding: data, as: UTF8.self) }
    let compressed = plain + ".bz2"
    try #require(FileManager.default.fileExists(atPath: compressed), "install Debian's unicode-data")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bzip2")
    process.arguments = ["-dc", compressed]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }

  static func field(_ text: Substring) -> String {
    var scalars = String.UnicodeScalarView()
    for hex in text.split(separator: " ") {
      if let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
    }
    return String(scalars)
  }

  @Test func everyLineOfNormalizationTest() throws {
    let data = try Self.loadTestData()
    var lines = 0
    var failures: [String] = []
    var listedInPart1 = Set<UInt32>()
    var part = ""
    for line in data.split(separator: "\n") {
      if line.hasPrefix("@Part") {
        part = String(line.prefix(6))
        continue
      }
      guard !line.hasPrefix("#"), let body = line.split(separator: "#").first else { continue }
      let columns = body.split(separator: ";", omittingEmptySubsequences: false).prefix(5).map(Self.field)
      guard columns.count == 5 else { continue }
      lines += 1
      if part == "@Part1", let scalar = columns[0].unicodeScalars.first { listedInPart1.insert(scalar.value) }
      let (c1, c2, c3, c4, c5) = (columns[0], columns[1], columns[2], columns[3], columns[4])
      let expectations: [(NormalizationForm, [String], String)] = [
        (.nfc, [c1, c2, c3], c2), (.nfc, [c4, c5], c4),
        (.nfd, [c1, c2, c3], c3), (.nfd, [c4, c5], c5),
        (.nfkc, [c1, c2, c3, c4, c5], c4), (.nfkd, [c1, c2, c3, c4, c5], c5),
      ]
      for (form, sources, expected) in expectations {
        for source in sources {
          let result = Normalization.normalize(source, to: form)
          if !result.unicodeScalars.elementsEqual(expected.unicodeScalars) {
            failures.append("\(form) of \(scalars(source)): \(scalars(result)), expected \(scalars(expected))")
          }
        }
      }
    }
    #expect(lines > 19_000)
    #expect(failures.isEmpty, "\(failures.count) failures, first: \(failures.prefix(5))")

    // Part 1's rule: every code point it does not list is unchanged by all four forms.
    var unchangedFailures: [String] = []
    for value in UInt32(0)...0x10FFFF where !listedInPart1.contains(value) {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let text = String(scalar)
      for form in [NormalizationForm.nfc, .nfd, .nfkc, .nfkd]
      where !Normalization.normalize(text, to: form).unicodeScalars.elementsEqual(text.unicodeScalars) {
        unchangedFailures.append("\(form) changes U+\(String(value, radix: 16))")
      }
    }
    #expect(unchangedFailures.isEmpty, "\(unchangedFailures.prefix(5))")
  }

  @Test(arguments: [
    ("e\u{301}", NormalizationForm.nfc, "\u{E9}"),
    ("\u{E9}", .nfd, "e\u{301}"),
    ("ﬁ", .nfkc, "fi"),
    ("Ⅻ", .nfkcCasefold, "xii"),
    ("İ", .nfc, "İ"),
    ("\u{41A}\u{306}", .nfc, "\u{41A}\u{306}"),
  ])
  func forms(input: String, form: NormalizationForm, expected: String) {
    #expect(scalars(Normalization.normalize(input, to: form)) == scalars(expected))
  }

  static func isNFCByScalars(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { Normalization.isNFCByScalars(utf8: $0) }
  }

  /// `isNFCByScalars` answers yes only for text that NFC leaves as it is: every column of
  /// NormalizationTest.txt it says yes to is that line's NFC column, and it says yes to the
  /// precomposed letters of Turkish and Kazakh.
  @Test func nfcByScalarsAgreesWithNormalizationTest() throws {
    let data = try Self.loadTestData()
    var yes = 0
    var failures: [String] = []
    for line in data.split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix("@") {
      guard let body = line.split(separator: "#").first else { continue }
      let columns = body.split(separator: ";", omittingEmptySubsequences: false).prefix(5).map(Self.field)
      guard columns.count == 5 else { continue }
      for (sources, nfc) in [(columns[0...2], columns[1]), (columns[3...4], columns[3])] {
        for source in sources where Self.isNFCByScalars(source) {
          yes += 1
          if !source.unicodeScalars.elementsEqual(nfc.unicodeScalars) { failures.append(scalars(source)) }
        }
      }
    }
    #expect(yes > 10_000)
    #expect(failures.isEmpty, "\(failures.count) wrong, first: \(failures.prefix(5))")
  }

  @Test(arguments: [
    ("Dışişleri Bakanlığı'nın", true), ("Қазақстан Республикасы", true), ("ǖ ü Ü ğ İ ə ҚҰҮ", true), ("abc", true),
    ("", true), ("e\u{301}", false), ("\u{212B}", false), ("\u{0B47}\u{0B3E}", false), ("ก\u{E48}", false),
    ("\u{1100}\u{1161}", false), ("\u{F900}", false),
  ])
  func nfcByScalars(text: String, expected: Bool) {
    #expect(Self.isNFCByScalars(text) == expected)
    if expected { #expect(Normalization.normalize(text, to: .nfc).unicodeScalars.elementsEqual(text.unicodeScalars)) }
  }

  @Test func quickCheck() {
    #expect(Normalization.isNormalized("Қазақстан", in: .nfc))
    #expect(!Normalization.isNormalized("e\u{301}", in: .nfc))
    #expect(Normalization.isNormalized("e\u{301}", in: .nfd))
  }
}

struct UTF8ValidationTests {
  @Test(arguments: [
    ([0x61, 0x62, 0xFF, 0x63] as [UInt8], 2),
    ([0xE2, 0x82], 0),
    ([0x41, 0xC3, 0x28], 1),
    ([0x41, 0x42, 0x43, 0xED, 0xA0, 0x80], 3),
    ([0xEF, 0xBB, 0xBF, 0x41, 0xF5], 4),
  ])
  func firstError(bytes: [UInt8], offset: Int) {
    #expect(UTF8Validation.firstError(in: bytes)?.byteOffset == offset)
  }

  @Test func validInputKeepsBOMAndNUL() throws {
    let text = try UTF8Validation.decode([0xEF, 0xBB, 0xBF, 0x41, 0x00, 0x42])
    #expect(Array(text.unicodeScalars) == ["\u{FEFF}", "A", "\u{0}", "B"])
  }

  @Test func lossyDecodingReportsEveryOffset() {
    let (text, errors) = UTF8Validation.decodeLossy([0x41, 0xFF, 0x42, 0xC3])
    #expect(text == "A\u{FFFD}B\u{FFFD}")
    #expect(errors.map(\.byteOffset) == [1, 3])
  }
}
