import Foundation
import Testing
import TilmashTestSupport

private func tilmash(_ arguments: [String], stdin: [UInt8] = []) throws -> TilmashProcess.Outcome {
  try TilmashProcess.run(arguments, stdin: stdin)
}

private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

private func sameBytes(_ a: [UInt8], _ b: [UInt8]) -> Bool {
  guard a.count == b.count else { return false }
  return a.withUnsafeBytes { x in
    b.withUnsafeBytes { y in
      guard let p = x.baseAddress, let q = y.baseAddress else { return true }
      return memcmp(p, q, a.count) == 0
    }
  }
}

@Suite(.serialized)
struct TranslitCommandTests {
  @Test(arguments: [
    // CRLF stays CRLF, a missing final newline stays missing, a BOM and NUL pass through.
    ("kk-latn-2021", bytes("Қазақстан\r\nАлматы\r\n"), bytes("Qazaqstan\r\nAlmaty\r\n")),
    ("kk-latn-2021", bytes("ҚАЗАҚСТАН\nШымкент"), bytes("QAZAQSTAN\nŞymkent")),
    ("kk-bgn", bytes("\u{FEFF}Қарағанды\n"), bytes("\u{FEFF}Qaraghandy\n")),
    ("kk-bgn", bytes("Шымкент\u{0}Атырау\n\n"), bytes("Shymkent\u{0}Atyraū\n\n")),
    ("kk-en-press", bytes("Қасым-Жомарт Тоқаев\r\n"), bytes("Kasym-Zhomart Tokayev\r\n")),
    ("kk-tr-press", bytes("Нұрсұлтан Назарбаев"), bytes("Nursultan Nazarbayev")),
    ("kk-cyrl-2021", bytes("Qazaqstan\r\nAbai\n"), bytes("Қазақстан\r\nАбай\n")),
    ("tr-ascii", bytes("Dışişleri Bakanlığı\nİSTANBUL\r\n"), bytes("Disisleri Bakanligi\nISTANBUL\r\n")),
    ("tr-ascii", [], []),
  ])
  func standardInput(scheme: String, input: [UInt8], expected: [UInt8]) throws {
    let outcome = try tilmash(["translit", "--scheme", scheme], stdin: input)
    #expect(outcome.status == 0, "\(outcome.stderr)")
    #expect(outcome.stdout == expected)
    #expect(outcome.stderr.isEmpty)
  }

  @Test func filesInOrderAndDashForStandardInput() throws {
    let first = try temporaryFile(bytes("Алматы\r\n"))
    let second = try temporaryFile(bytes("Ақтөбе"))
    let outcome = try tilmash(["translit", "-s", "kk-bgn", first, "-", second], stdin: bytes("Өскемен\n"))
    #expect(outcome.status == 0)
    #expect(outcome.stdout == bytes("Almaty\r\nÖskemen\nAqtöbe"))
  }

  @Test func invalidUTF8FileGivesNoOutputAndTheOthersGoOn() throws {
    let good = try temporaryFile(bytes("Алматы\n"))
    let bad = try temporaryFile(bytes("Алматы\nok ") + [0xE2, 0x28] + bytes("\n"), name: "bad.txt")
    let outcome = try tilmash(["translit", "-s", "kk-latn-2021", good, bad, good])
    #expect(outcome.status == 1)
    #expect(outcome.stdout == bytes("Almaty\nAlmaty\n"))
    #expect(outcome.stderr == "\(bad): error: invalid UTF-8 at byte offset 16\n")
  }

  @Test func invalidUTF8OnStandardInputGivesNoOutput() throws {
    let outcome = try tilmash(["translit", "-s", "tr-ascii"], stdin: bytes("çok\niyi ") + [0xFF])
    #expect(outcome.status == 1)
    #expect(outcome.stdout.isEmpty)
    #expect(outcome.stderr == "<stdin>: error: invalid UTF-8 at byte offset 9\n")
  }

  @Test func lossyReplacesAndWarns() throws {
    let outcome = try tilmash(["translit", "-s", "tr-ascii", "--lossy"], stdin: bytes("çok\niyi ") + [0xFF] + bytes("ş\n"))
    #expect(outcome.status == 0)
    #expect(outcome.stdout == bytes("cok\niyi \u{FFFD}s\n"))
    #expect(outcome.stderr.contains("<stdin>: warning: invalid UTF-8 at byte offset 9"))
  }

  @Test func optionsOfKazakhLatin() throws {
    let input = bytes("Аңыз, Ялта, цирк\n")
    #expect(try tilmash(["translit", "-s", "kk-latn-2021", "--eng"], stdin: input).text == "Aŋyz, İalta, cirk\n")
    #expect(
      try tilmash(["translit", "-s", "kk-latn-2021", "--loanwords", "pronounced"], stdin: input).text
        == "Añyz, İalta, sirk\n")
    let wrong = try tilmash(["translit", "-s", "kk-bgn", "--eng"], stdin: input)
    #expect(wrong.status != 0)
    #expect(wrong.stderr.contains("kk-latn-2021"))
  }

  @Test func icuTransform() throws {
    let outcome = try tilmash(["translit", "--icu", "Any-Latin; Latin-ASCII"], stdin: bytes("Алматы\n"))
    #expect(outcome.text == "Almaty\n")
  }

  @Test func unknownSchemeListsTheKnownOnes() throws {
    let outcome = try tilmash(["translit", "--scheme", "kk-latn-2022"])
    #expect(outcome.status != 0)
    #expect(outcome.stdout.isEmpty)
    #expect(outcome.stderr.contains("unknown scheme 'kk-latn-2022'"))
    #expect(outcome.stderr.contains("kk-latn-2021, kk-cyrl-2021, kk-bgn, kk-en-press, kk-tr-press, tr-ascii"))
  }

  @Test func listShowsEverySchemeWithAnExample() throws {
    let outcome = try tilmash(["translit", "--list"])
    #expect(outcome.status == 0)
    for name in ["kk-latn-2021", "kk-cyrl-2021", "kk-bgn", "kk-en-press", "kk-tr-press", "tr-ascii", "--icu"] {
      #expect(outcome.text.contains(name))
    }
    #expect(outcome.text.contains("Қасым-Жомарт Тоқаев → Kasym-Zhomart Tokayev"))
    #expect(outcome.text.contains("pronounced"))
  }

  /// A pipe cannot rewind: the input is spooled to a temporary file while it is checked.
  @Test(arguments: [
    (bytes("Алматы\r\nАқтөбе"), Int32(0), bytes("Almaty\r\nAqtöbe")),
    (bytes("Алматы\n") + [0xC0, 0x80], Int32(1), [UInt8]()),
  ] as [([UInt8], Int32, [UInt8])])
  func pipedStandardInput(input: [UInt8], status: Int32, expected: [UInt8]) throws {
    let binary = try #require(TilmashProcess.executable, "build the package first (swift build)")
    let outPath = try temporaryFile([], name: "stdout")
    let process = Process()
    process.executableURL = binary
    process.arguments = ["translit", "-s", "kk-bgn"]
    let pipe = Pipe()
    process.standardInput = pipe
    process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
    process.standardError = FileHandle.nullDevice
    try process.run()
    pipe.fileHandleForWriting.write(Data(input))
    try pipe.fileHandleForWriting.close()
    process.waitUntilExit()
    #expect(process.terminationStatus == status)
    #expect(Array(try Data(contentsOf: URL(fileURLWithPath: outPath))) == expected)
  }

  /// Several megabytes with long and short lines stream through, through a pipe-like standard
  /// input and a file, with the same bytes as line-by-line library calls.
  @Test func largeInputStreams() throws {
    var input: [UInt8] = []
    var expected: [UInt8] = []
    let long = (String(repeating: "Қарағанды ", count: 5_000), String(repeating: "Qaraghandy ", count: 5_000))
    for index in 0..<60_000 {
      let ending = index % 3 == 0 ? "\r\n" : "\n"
      if index % 1000 == 0 {
        input += bytes(long.0 + ending)
        expected += bytes(long.1 + ending)
      } else {
        input += bytes("\(index) Жезқазған Ақтөбе" + ending)
        expected += bytes("\(index) Zhezqazghan Aqtöbe" + ending)
      }
    }
    let file = try temporaryFile(input)
    let outcome = try tilmash(["translit", "-s", "kk-bgn", file])
    #expect(outcome.status == 0)
    #expect(sameBytes(outcome.stdout, expected))
    let piped = try tilmash(["translit", "-s", "kk-bgn"], stdin: input)
    #expect(sameBytes(piped.stdout, expected))
  }
}
