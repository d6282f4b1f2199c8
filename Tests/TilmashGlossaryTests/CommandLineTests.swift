import Foundation
import Testing
import TilmashTestSupport

/// Runs the built `tilmash` executable (after `swift build`) on fixtures.
struct CommandLineTests {
  struct Run {
    var status: Int32
    var output: String
    var error: String
  }

  func run(_ arguments: [String]) throws -> Run {
    let outcome = try TilmashProcess.run(arguments, in: TilmashProcess.packageRoot)
    return Run(status: outcome.status, output: outcome.text, error: outcome.stderr)
  }

  func temporaryDirectory() throws -> URL {
    try TilmashProcess.temporaryDirectory()
  }

  func fixture(in directory: URL) throws -> String {
    let path = directory.appendingPathComponent("fixture.csv").path
    try Data(fixtureCSV.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test func lookupTextAndExitStatus() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = try fixture(in: directory)
    let found = try run(["lookup", "DIŞİŞLERİ BAKANLIĞI'NIN", "--glossary", path, "--no-default-glossaries"])
    #expect(found.status == 0, "\(found.error)")
    #expect(found.output.hasPrefix("t-mfa (organization)"))
    #expect(found.output.contains("tr      Dışişleri Bakanlığı"))
    let missing = try run(["lookup", "no such thing", "--glossary", path, "--no-default-glossaries"])
    #expect(missing.status == 1)
    #expect(missing.output.isEmpty)
  }

  /// The first lookup stores the parsed file and the index, the next reads them back;
  /// `--no-cache` stores nothing.
  /// The answer is the same every time, fuzzy ties included.
  @Test func lookupIndexCacheChangesNothingButTime() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = try fixture(in: directory)
    let cache = directory.appendingPathComponent("cache").path
    func files() -> [String] { (try? FileManager.default.contentsOfDirectory(atPath: cache)) ?? [] }
    for query in ["DIŞİŞLERİ BAKANLIĞI'NIN", "Nazarbaev", "joint statment"] {
      let arguments = ["lookup", query, "--fuzzy", "--glossary", path]
      let uncached = try run(arguments + ["--no-cache"])
      let first = try run(arguments + ["--cache-dir", cache])
      let second = try run(arguments + ["--cache-dir", cache])
      #expect(uncached.status == 0, "\(uncached.error)")
      #expect(!uncached.output.isEmpty)
      #expect(first.output == uncached.output)
      #expect(second.output == uncached.output)
      #expect(second.error.isEmpty)
    }
    // The parsed glossary file and the lookup index.
    #expect(files().count == 2)
  }

  @Test func lookupJSON() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = try fixture(in: directory)
    let result = try run([
      "lookup", "Nazarbaev", "--format", "json", "--glossary", path, "--no-default-glossaries", "--to", "en", "--to", "kk",
    ])
    #expect(result.status == 0)
    let array = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
    let first = try #require(array.first)
    #expect(first["id"] as? String == "p-nazarbayev")
    #expect(first["kind"] as? String == "person")
    #expect((first["preferred"] as? [String: String]) == ["en": "Nursultan Nazarbayev", "kk": "Нұрсұлтан Назарбаев"])
    #expect((first["matched"] as? [String: String])?["language"] != nil)
    #expect((first["score"] as? Double).map { $0 > 0 && $0 <= 1 } == true)
    let forms = try #require(first["forms"] as? [String: [[String: String]]])
    #expect(forms["en"]?.first == ["form": "Nursultan Nazarbayev", "status": "preferred"])
  }

  @Test func lookupUsesTheShippedGlossariesByDefault() throws {
    let result = try run(["lookup", "Nazarbayev", "--limit", "1"])
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains("Назарбаев"))
  }

  @Test func fuzzyLookup() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = try fixture(in: directory)
    let plain = try run(["lookup", "memorandum of understading", "--glossary", path, "--no-default-glossaries"])
    #expect(plain.status == 1)
    let fuzzy = try run(["lookup", "memorandum of understading", "--fuzzy", "--glossary", path, "--no-default-glossaries"])
    #expect(fuzzy.status == 0)
    #expect(fuzzy.output.hasPrefix("t-mou"))
  }

  @Test func checkReportsLocatedErrors() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let bad = directory.appendingPathComponent("bad.csv").path
    try Data("id,en,tr\na,one,bir\na,two,\nb,,\nc,ONE,\n".utf8).write(to: URL(fileURLWithPath: bad))
    let good = try fixture(in: directory)
    let result = try run(["glossary", "check", bad, good])
    #expect(result.status == 1)
    let lines = result.output.split(separator: "\n").map(String.init)
    #expect(lines.contains("\(bad):3:1: error: duplicate id 'a' (first at line 2)"))
    #expect(lines.contains("\(bad):4:1: error: entry 'b' has no form in any language"))
    #expect(lines.contains { $0.hasPrefix("\(bad):5:1: warning: 'ONE' (en) is also a form of 'a'") })
    #expect(!result.output.contains(good))
    #expect(result.error.contains("2 files checked: 2 errors, 1 warning"))
  }

  @Test func checkPassesOnTheShippedGlossaries() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: TilmashProcess.packageRoot.appendingPathComponent("Glossaries").path)
      .filter { $0.hasSuffix(".csv") || $0.hasSuffix(".tsv") || $0.hasSuffix(".tbx") }.map { "Glossaries/" + $0 }
    #expect(!files.isEmpty)
    let result = try run(["glossary", "check", "--quiet"] + files)
    #expect(result.status == 0, "\(result.output)")
  }

  @Test func convertRoundTripAndStats() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = try fixture(in: directory)
    let tbx = directory.appendingPathComponent("g.tbx").path
    let back = directory.appendingPathComponent("back.csv").path
    let again = directory.appendingPathComponent("again.csv").path
    #expect(try run(["glossary", "convert", path, tbx]).status == 0)
    #expect(try run(["glossary", "convert", tbx, back]).status == 0)
    #expect(try run(["glossary", "convert", back, again]).status == 0)
    #expect(FileManager.default.contents(atPath: back) == FileManager.default.contents(atPath: again))
    let tbxText = try String(contentsOfFile: tbx, encoding: .utf8)
    #expect(tbxText.contains("<note>tilmash-kind: person</note>"))
    #expect(try run(["glossary", "convert", path, path]).status != 0)
    let stats = try run(["glossary", "stats", back])
    #expect(stats.status == 0)
    #expect(stats.output.contains("entries: 13"))
    #expect(stats.output.contains("person: 5"))
  }

  @Test func formsSharedAcrossFilesAreAmbiguous() throws {
    let directory = try temporaryDirectory()
    let first = directory.appendingPathComponent("a.csv").path
    let second = directory.appendingPathComponent("b.csv").path
    try Data("id,type,en\na,term,regional security\n".utf8).write(to: URL(fileURLWithPath: first))
    try Data("id,type,en\nb,term,Regional Security\n".utf8).write(to: URL(fileURLWithPath: second))
    let alone = try run(["glossary", "check", second])
    #expect(alone.error.contains("0 warnings"))
    let together = try run(["glossary", "check", first, second])
    #expect(together.status == 0)
    #expect(together.output.contains("b.csv:2:1: warning: 'Regional Security' (en) is also a form of 'a'"))
    #expect(together.error.contains("2 files checked: 0 errors, 1 warning"))
  }

  @Test func shippedGlossariesCheckCleanTogether() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: TilmashProcess.packageRoot.appending(path: "Glossaries").path())
      .filter { $0.hasSuffix(".csv") }.map { "Glossaries/" + $0 }
    let checked = try run(["glossary", "check"] + files)
    #expect(checked.status == 0)
    #expect(checked.error.contains("0 errors, 0 warnings"), "\(checked.output)")
  }
}
