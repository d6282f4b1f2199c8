import Foundation
import Testing
import TilmashTestSupport

/// `tilmash annotate` run end to end on fixtures and on the shipped seeds and glossaries.
@Suite(.serialized)
struct AnnotateCommandTests {
  static let glossaryCSV = """
    id,type,en,tr,kk,source
    t-joint-exercise,term,joint exercise,ortak tatbikat,бірлескен жаттығу,test
    p-akar,person,Hulusi Akar,Hulusi Akar,Хулуси Акар,test
    plc-astana,place,Astana,Astana,Астана,test
    plc-kz,place,Kazakhstan | !Kazakstan,Kazakistan,Қазақстан,test

    """

  /// A directory with the test glossary and the given documents.
  static func fixture(_ documents: [String: [UInt8]]) throws -> (directory: URL, glossary: String) {
    let directory = try TilmashProcess.temporaryDirectory()
    let glossary = directory.appending(path: "test.csv").path()
    try Data(glossaryCSV.utf8).write(to: URL(fileURLWithPath: glossary))
    for (name, bytes) in documents {
      let url = directory.appending(path: "docs").appending(path: name)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(bytes).write(to: url)
    }
    return (directory, glossary)
  }

  static func jsonLines(_ outcome: TilmashProcess.Outcome) throws -> [[String: Any]] {
    try outcome.text.split(separator: "\n").map { line in
      try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }
  }

  @Test func seedArticleWithShippedGlossaries() throws {
    let outcome = try TilmashProcess.run(["annotate", "seeds"], in: TilmashProcess.packageRoot)
    #expect(outcome.status == 0, "\(outcome.stderr)")
    let lines = try Self.jsonLines(outcome)
    let document = try #require(lines.first)
    #expect(document["language"] as? String == "en")
    let annotations = try #require(document["annotations"] as? [[String: Any]])
    let ids = Set(annotations.compactMap { $0["id"] as? String })
    for expected in [
      "per-hulusi-akar", "per-nurlan-yermekbayev", "plc-nur-sultan", "plc-kazakhstan", "def-armed-forces",
      "def-defense-industry", "dip-official-visit",
    ] {
      #expect(ids.contains(expected), "\(expected) not found")
    }
    // Offsets in scalars and bytes both give back the matched text.
    let path = TilmashProcess.packageRoot.appending(path: "seeds/akar-kazakhstan-visit.en.txt")
    let bytes = [UInt8](try Data(contentsOf: path))
    let scalars = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
    for annotation in annotations {
      let text = try #require(annotation["text"] as? String)
      let start = try #require(annotation["start"] as? Int)
      let end = try #require(annotation["end"] as? Int)
      let byteStart = try #require(annotation["byteStart"] as? Int)
      let byteEnd = try #require(annotation["byteEnd"] as? Int)
      #expect(String(String.UnicodeScalarView(scalars[start..<end])) == text)
      #expect(String(decoding: bytes[byteStart..<byteEnd], as: UTF8.self) == text)
    }
    let seeds = try FileManager.default.contentsOfDirectory(atPath: TilmashProcess.packageRoot.appending(path: "seeds").path())
    #expect(lines.count == seeds.count)
    #expect(outcome.stderr.contains("\(seeds.count) documents"))
    #expect(outcome.stderr.contains("0 failures"))
  }

  @Test func aByteOrderMarkCountsInOffsets() throws {
    let (directory, glossary) = try Self.fixture(["a.txt": [0xEF, 0xBB, 0xBF] + Array("Astana".utf8)])
    let outcome = try TilmashProcess.run(
      ["annotate", "--no-default-glossaries", "--glossary", glossary, "docs"], in: directory)
    let annotation = try #require((try Self.jsonLines(outcome).first?["annotations"] as? [[String: Any]])?.first)
    #expect(annotation["start"] as? Int == 1)
    #expect(annotation["byteStart"] as? Int == 3)
    #expect(annotation["byteEnd"] as? Int == 9)
  }

  @Test func aBadDocumentIsReportedAndTheOthersFinish() throws {
    let (directory, glossary) = try Self.fixture([
      "1.txt": Array("Hulusi Akar visited Astana.".utf8),
      "2.txt": Array("Kazak".utf8) + [0xFF] + Array(" Astana".utf8),
      "3.md": Array("Kazakstan".utf8),
      "skip.csv": Array("Astana".utf8),
    ])
    let outcome = try TilmashProcess.run(
      ["annotate", "--no-default-glossaries", "--glossary", glossary, "docs"], in: directory)
    #expect(outcome.status == 1)
    #expect(outcome.stderr.contains("docs/2.txt: error: invalid UTF-8 at byte offset 5"))
    let lines = try Self.jsonLines(outcome)
    #expect(lines.map { $0["document"] as? String } == ["docs/1.txt", "docs/2.txt", "docs/3.md"])
    #expect(lines[1]["error"] as? String == "invalid UTF-8 at byte offset 5")
    let third = try #require(lines[2]["annotations"] as? [[String: Any]])
    #expect(third.first?["deprecated"] as? Bool == true)
    #expect((third.first?["preferred"] as? [String: String])?["en"] == "Kazakhstan")
  }

  @Test func outputIsTheSameWhateverTheNumberOfJobs() throws {
    var documents: [String: [UInt8]] = [:]
    for index in 0..<40 {
      documents["d\(index).txt"] = Array("Doc \(index): Hulusi Akar, joint exercises in Astana; Akar.".utf8)
    }
    let (directory, glossary) = try Self.fixture(documents)
    let arguments = ["annotate", "--no-default-glossaries", "--glossary", glossary, "docs"]
    let one = try TilmashProcess.run(arguments + ["--jobs", "1"], in: directory)
    let two = try TilmashProcess.run(arguments + ["--jobs", "2"], in: directory)
    let eight = try TilmashProcess.run(arguments + ["--jobs", "8"], in: directory)
    #expect(one.status == 0)
    #expect(one.stdout == two.stdout)
    #expect(one.stdout == eight.stdout)
    #expect(try Self.jsonLines(one).count == 40)
  }

  /// The first run stores the parsed glossary file and the matcher, the next reads them back;
  /// damaged files are noted and replaced; `--no-cache` stores nothing. The output is the same
  /// every time.
  @Test func theIndexCacheChangesNothingButTime() throws {
    let (directory, glossary) = try Self.fixture(["a.txt": Array("Hulusi Akar, Astana'da ortak tatbikatı izledi.".utf8)])
    let cache = directory.appending(path: "cache").path()
    let arguments = ["annotate", "--glossary", glossary, "--cache-dir", cache, "docs"]
    func files() -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: cache)) ?? []).sorted() }
    let uncached = try TilmashProcess.run(["annotate", "--glossary", glossary, "--no-cache", "docs"], in: directory)
    #expect(uncached.status == 0)
    #expect(try Self.jsonLines(uncached).first?["annotations"] as? [Any] != nil)
    #expect(files().isEmpty)

    let first = try TilmashProcess.run(arguments, in: directory)
    #expect(files().count == 2 && files().allSatisfy { $0.hasSuffix(".tilmash-index") })
    let second = try TilmashProcess.run(arguments, in: directory)
    #expect(first.stdout == uncached.stdout)
    #expect(second.stdout == uncached.stdout)
    // The summaries, but for the time they end with.
    #expect(second.stderr.split(separator: ",").dropLast() == first.stderr.split(separator: ",").dropLast())

    var sizes: [String: Int] = [:]
    for name in files() {
      let path = cache + "/" + name
      var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
      sizes[path] = bytes.count
      bytes.removeLast(100)
      try Data(bytes).write(to: URL(fileURLWithPath: path))
    }
    let damaged = try TilmashProcess.run(arguments, in: directory)
    #expect(damaged.status == 0)
    #expect(damaged.stdout == uncached.stdout)
    for (path, size) in sizes {
      #expect(damaged.stderr.contains("tilmash: note: index cache: \(path): byte 24: the file holds"))
      #expect(try Data(contentsOf: URL(fileURLWithPath: path)).count == size)
    }
  }

  /// The matcher is found by the glossary files' keys: an edited file gives the edited
  /// glossary's matches on the next run, and the old file's matcher is not used.
  @Test func anEditedGlossaryIsSeenAtOnce() throws {
    let (directory, glossary) = try Self.fixture(["a.txt": Array("Akar, Astana'da tatbikatı ve manevrayı izledi.".utf8)])
    let arguments = ["annotate", "--no-default-glossaries", "--glossary", glossary, "--cache-dir", directory.appending(path: "cache").path(), "docs"]
    func ids(_ outcome: TilmashProcess.Outcome) throws -> [String] {
      try #require(try Self.jsonLines(outcome).first?["annotations"] as? [[String: Any]]).compactMap { $0["id"] as? String }
    }
    let before = try TilmashProcess.run(arguments, in: directory)
    #expect(try ids(before) == ["p-akar", "plc-astana"])
    try Data((Self.glossaryCSV + "t-manoeuvre,term,manoeuvre,manevra,маневр,test\n").utf8).write(to: URL(fileURLWithPath: glossary))
    let after = try TilmashProcess.run(arguments, in: directory)
    #expect(after.status == 0)
    #expect(try ids(after) == ["p-akar", "plc-astana", "t-manoeuvre"])
    let again = try TilmashProcess.run(arguments, in: directory)
    #expect(again.stdout == after.stdout)
  }

  @Test func jsonLinesInputStreamsRecords() throws {
    let (directory, glossary) = try Self.fixture([:])
    let input = """
      {"id": "a", "text": "Akar Astana'da."}
      not json
      {"id": 7, "text": "бірлескен жаттығулар"}

      {"text": "no id"}

      """
    let outcome = try TilmashProcess.run(
      ["annotate", "--no-default-glossaries", "--glossary", glossary, "--input", "jsonl"], stdin: Array(input.utf8),
      in: directory)
    #expect(outcome.status == 1)
    let lines = try Self.jsonLines(outcome)
    #expect(lines.map { $0["document"] as? String } == ["a", "-:2", "7", "-:5"])
    #expect((lines[0]["annotations"] as? [[String: Any]])?.map { $0["text"] as? String } == ["Akar", "Astana"])
    #expect(lines[0]["language"] as? String == "tr")
    #expect((lines[2]["annotations"] as? [[String: Any]])?.first?["text"] as? String == "бірлескен жаттығулар")
    #expect(lines[1]["error"] as? String == "line 2: not a JSON object")
  }

  @Test func tsvAndInlineFormats() throws {
    let (directory, glossary) = try Self.fixture(["a.txt": Array("Hulusi Akar met\tin Kazakstan.".utf8)])
    let base = ["annotate", "--no-default-glossaries", "--glossary", glossary, "docs/a.txt", "--lang", "en"]
    let tsv = try TilmashProcess.run(base + ["--format", "tsv"], in: directory)
    let rows = tsv.text.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
    #expect(rows.first?.prefix(3) == ["document", "start", "end"])
    #expect(rows.count == 3)
    #expect(rows[1][5] == "Hulusi Akar")
    let inline = try TilmashProcess.run(base + ["--format", "inline"], in: directory)
    #expect(
      inline.text
        == "**Hulusi Akar** _(tr: Hulusi Akar · kk: Хулуси Акар)_ met\tin **Kazakstan** _(deprecated → en: Kazakhstan · tr: Kazakistan · kk: Қазақстан)_."
    )
    let chosen = try TilmashProcess.run(base + ["--format", "inline", "--to", "kk"], in: directory)
    #expect(chosen.text.hasPrefix("**Hulusi Akar** _(kk: Хулуси Акар)_"))
  }

  @Test func htmlPagesAndIndexUnderAnOutputDirectory() throws {
    let (directory, glossary) = try Self.fixture([
      "a.txt": Array("Hulusi Akar <b>in</b> Astana & Kazakstan".utf8), "sub/b.md": Array("Astana".utf8),
    ])
    let outcome = try TilmashProcess.run(
      ["annotate", "--no-default-glossaries", "--glossary", glossary, "--format", "html", "--out", "review", "docs"],
      in: directory)
    #expect(outcome.status == 0, "\(outcome.stderr)")
    let page = try String(contentsOf: directory.appending(path: "review/a.txt.html"), encoding: .utf8)
    #expect(page.contains("&lt;b&gt;in&lt;/b&gt;"))
    #expect(page.contains("<mark class=\"m person\" tabindex=\"0\" data-id=\"p-akar\">Hulusi Akar"))
    #expect(page.contains("m place deprecated"))
    #expect(FileManager.default.fileExists(atPath: directory.appending(path: "review/sub/b.md.html").path()))
    let index = try String(contentsOf: directory.appending(path: "review/index.html"), encoding: .utf8)
    #expect(index.contains("href=\"sub/b.md.html\""))
    // Inline output is Markdown (.md), which the default include patterns would pick up again:
    // a second run must skip its own output directory inside the input.
    let arguments = ["annotate", "--no-default-glossaries", "--glossary", glossary, "--format", "inline", "--out", "docs/out", "docs"]
    let first = try TilmashProcess.run(arguments, in: directory)
    let second = try TilmashProcess.run(arguments, in: directory)
    #expect(FileManager.default.fileExists(atPath: directory.appending(path: "docs/out/a.txt.md").path()))
    #expect(first.stderr.contains("2 documents"))
    #expect(second.stderr.contains("2 documents"))
  }

  @Test func tooLargeDocumentsAreRefused() throws {
    let (directory, glossary) = try Self.fixture(["big.txt": Array(repeating: 0x61, count: 5000)])
    let outcome = try TilmashProcess.run(
      ["annotate", "--no-default-glossaries", "--glossary", glossary, "--max-size", "1K", "docs"], in: directory)
    #expect(outcome.status == 1)
    #expect(outcome.stderr.contains("docs/big.txt: error: too large: 5000 bytes, over the limit of 1024"))
  }
}
