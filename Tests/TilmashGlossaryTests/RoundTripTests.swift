import Foundation
import Testing

@testable import TilmashGlossary

struct RoundTripTests {
  static let sample = #"""
    id,type,domain,definition,note,source,en,tr,kk,kk-Latn,ru
    a,term,diplomacy,"Says ""what"", with, commas","line 1
    line 2",https://example.org/a,joint statement | !joint communique,ortak bildiri,бірлескен мәлімдеме,,
    b,person,politics,,,,Nursultan Nazarbayev,Nursultan Nazarbayev,Нұрсұлтан Назарбаев,Nursūltan Nazarbaev,Нурсултан Назарбаев
    c,place,,,,,"Nur-Sultan",,Нұр-Сұлтан,,"<&> ""odd"""
    d,organization,,,,, OTS | Organization of Turkic States ,TDT,,,
    """#

  func entries(_ glossary: Glossary) -> [Entry] {
    glossary.entries.map {
      var entry = $0
      entry.location = nil
      return entry
    }
  }

  @Test(arguments: [GlossaryFormat.csv, .tsv, .tbx])
  func roundTrips(through format: GlossaryFormat) throws {
    let original = GlossaryReader.read(text: Self.sample, file: "s.csv", format: .csv)
    #expect(!original.hasErrors, "\(original.diagnostics)")
    let written = GlossaryWriter.bytes(original.glossary, format: format)
    let again = GlossaryReader.read(bytes: written, file: "s", format: format)
    #expect(!again.hasErrors, "\(again.diagnostics)")
    #expect(entries(again.glossary) == entries(original.glossary))
    // And back to CSV: the same bytes as writing the original as CSV.
    let csv = GlossaryWriter.bytes(again.glossary, format: .csv)
    #expect(csv == GlossaryWriter.bytes(original.glossary, format: .csv))
  }

  @Test func derivedFormsAreNotWritten() {
    var entry = Entry(id: "x", forms: ["kk": [Form("сапар", status: .preferred)]])
    entry.forms["kk-Latn"] = [Form("sapar", status: .preferred, isDerived: true)]
    let text = String(decoding: GlossaryWriter.bytes(Glossary(entries: [entry]), format: .csv), as: UTF8.self)
    #expect(text == "id,type,kk\nx,term,сапар\n")
  }

  @Test func atomicWriteKeepsTheModeAndLeavesNoTemporaryFile() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tilmash-atomic-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("out.csv").path
    try Data("old".utf8).write(to: URL(fileURLWithPath: path))
    try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
    let glossary = GlossaryReader.read(text: Self.sample, file: "s.csv", format: .csv).glossary
    try GlossaryWriter.write(glossary, to: path, format: .csv)
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    #expect(mode == 0o640)
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.csv"])
    #expect(GlossaryReader.read(path: path).glossary.entries.count == 4)
  }
}
