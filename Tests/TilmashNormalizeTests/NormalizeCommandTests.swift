import Foundation
import Testing
import TilmashTestSupport

private struct Outcome {
  var status: Int32
  var stdout: String
  var stderr: String
}

private func temporaryDirectory() throws -> String {
  try TilmashProcess.temporaryDirectory().path()
}

private func tilmash(_ arguments: [String], stdin: String = "", in directory: String) throws -> Outcome {
  let outcome = try TilmashProcess.run(arguments, stdin: Array(stdin.utf8), in: URL(fileURLWithPath: directory))
  return Outcome(status: outcome.status, stdout: outcome.text, stderr: outcome.stderr)
}

private func write(_ text: String, _ path: String) throws {
  try FileManager.default.createDirectory(
    atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
  try Data(text.utf8).write(to: URL(fileURLWithPath: path))
}

private func read(_ path: String) throws -> String {
  String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
}

@Suite(.serialized)
struct NormalizeCommandTests {
  @Test func standardInputToStandardOutput() throws {
    let directory = try temporaryDirectory()
    let outcome = try tilmash(["normalize", "--to", "tr"], stdin: "Nursultan Nazarbaev'in\r\nziyareti ", in: directory)
    #expect(outcome.status == 0, "\(outcome.stderr)")
    #expect(outcome.stdout == "Nursultan Nazarbayev'in\r\nziyareti ")
    let kazakh = try tilmash(["normalize", "--to", "kk"], stdin: "Recep Tayyip Erdoğan мырза", in: directory)
    #expect(kazakh.stdout == "Режеп Тайып Ердоған мырза")
  }

  @Test func checkPrintsChangesAndFails() throws {
    let directory = try temporaryDirectory()
    try write("Bugün\nNursultan Nazarbaev'in ziyareti\n", directory + "/a.txt")
    try write("Nursultan Nazarbayev\n", directory + "/clean.txt")
    let outcome = try tilmash(["normalize", "--to", "tr", "--check", "a.txt", "clean.txt"], in: directory)
    #expect(outcome.status == 1)
    #expect(outcome.stdout == "a.txt:2:11: warning: 'Nazarbaev' -> 'Nazarbayev' (per-nursultan-nazarbayev)\n")
    #expect(try read(directory + "/a.txt") == "Bugün\nNursultan Nazarbaev'in ziyareti\n")
    let clean = try tilmash(["normalize", "--to", "tr", "--check", "clean.txt"], in: directory)
    #expect(clean.status == 0)
    #expect(clean.stdout.isEmpty)
  }

  @Test func reportListsEveryChange() throws {
    let directory = try temporaryDirectory()
    let outcome = try tilmash(
      ["normalize", "--to", "tr", "--report", "changes.jsonl"], stdin: "Жапаров ve Назарбаев e\u{301}", in: directory)
    #expect(outcome.status == 0, "\(outcome.stderr)")
    #expect(outcome.stdout == "Жапаров ve Nazarbayev é")
    #expect(
      try read(directory + "/changes.jsonl") == """
        {"path":"-","start":0,"end":7,"before":"Жапаров","after":"Жапаров","id":null,"rule":"unknown"}
        {"path":"-","start":11,"end":20,"before":"Назарбаев","after":"Nazarbayev","id":"per-nursultan-nazarbayev","rule":"name"}
        {"path":"-","start":21,"end":23,"before":"e\u{301}","after":"é","id":null,"rule":"nfc"}

        """)
  }

  @Test func reportToStandardOutputWhenTheTextGoesElsewhere() throws {
    let directory = try temporaryDirectory()
    try write("Назарбаев\n", directory + "/a.txt")
    let outcome = try tilmash(["normalize", "--to", "tr", "--out", "clean", "--report", "-", "a.txt"], in: directory)
    #expect(outcome.status == 0, "\(outcome.stderr)")
    #expect(
      outcome.stdout
        == #"{"path":"a.txt","start":0,"end":9,"before":"Назарбаев","after":"Nazarbayev","id":"per-nursultan-nazarbayev","rule":"name"}"#
        + "\n")
    #expect(try read(directory + "/clean/a.txt") == "Nazarbayev\n")
    #expect(!FileManager.default.fileExists(atPath: directory + "/-"))
    // Standard output already holds the text (or the --check listing): refused, nothing written.
    for extra in [[String](), ["--check"]] {
      let refused = try tilmash(["normalize", "--to", "tr", "--report", "-"] + extra + ["a.txt"], in: directory)
      #expect(refused.status == 64)
      #expect(refused.stderr.contains("--report - writes the report to standard output"))
      #expect(refused.stdout.isEmpty)
    }
  }

  @Test func inPlaceKeepsTheModeAndTouchesOnlyChangedFiles() throws {
    let directory = try temporaryDirectory()
    let changed = directory + "/a.txt"
    let unchanged = directory + "/b.txt"
    try write("NAZARBAEV'E\n", changed)
    try write("Nazarbayev\n", unchanged)
    try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: changed)
    let before = try FileManager.default.attributesOfItem(atPath: unchanged)[.modificationDate] as? Date
    Thread.sleep(forTimeInterval: 0.01)
    let outcome = try tilmash(["normalize", "--to", "tr", "--in-place", "a.txt", "b.txt"], in: directory)
    #expect(outcome.status == 0, "\(outcome.stderr)")
    #expect(try read(changed) == "NAZARBAYEV'E\n")
    let mode = try FileManager.default.attributesOfItem(atPath: changed)[.posixPermissions] as? Int
    #expect(mode == 0o640)
    #expect(try FileManager.default.attributesOfItem(atPath: unchanged)[.modificationDate] as? Date == before)
  }

  @Test func outMirrorsTheTreeAndABadFileFailsAlone() throws {
    let directory = try temporaryDirectory()
    try write("Nursultan Nazarbaev and Tokayev\n", directory + "/in/news/a.txt")
    try write("nothing here", directory + "/in/b.md")
    try FileManager.default.createFile(atPath: directory + "/in/bad.txt", contents: Data([0x41, 0x42, 0xC3, 0x28]))
    let outcome = try tilmash(["normalize", "--to", "en", "--out", "out", "in"], in: directory)
    #expect(outcome.status == 1)
    #expect(outcome.stderr.contains("in/bad.txt: error: invalid UTF-8 at byte offset 2"))
    #expect(try read(directory + "/out/news/a.txt") == "Nursultan Nazarbayev and Tokayev\n")
    #expect(try read(directory + "/out/b.md") == "nothing here")
    #expect(!FileManager.default.fileExists(atPath: directory + "/out/bad.txt"))
  }

  @Test func badOptionsAreRefused() throws {
    let directory = try temporaryDirectory()
    #expect(try tilmash(["normalize", "--to", "xx"], in: directory).status != 0)
    #expect(try tilmash(["normalize", "--to", "tr", "--in-place"], in: directory).status != 0)
    let help = try tilmash(["normalize", "--help"], in: directory)
    #expect(help.stdout.contains("--check"))
    #expect(help.stdout.contains("Examples:"))
  }
}
