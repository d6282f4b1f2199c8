import Foundation
import Testing

@testable import TilmashGlossary

struct TBXTests {
  func read(_ text: String) -> GlossaryReadResult {
    GlossaryReader.read(text: text, file: "t.tbx", format: .tbx)
  }

  static let basicV3 = """
    <?xml version="1.0" encoding="UTF-8"?>
    <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
      <tbxHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></tbxHeader>
      <text><body>
        <conceptEntry id="c-state-visit">
          <descrip type="subjectField">protocol</descrip>
          <langSec xml:lang="en">
            <descrip type="definition">The highest-ranking visit &amp; ceremony.</descrip>
            <termSec>
              <term>state visit</term>
              <termNote type="partOfSpeech">noun</termNote>
              <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
            </termSec>
          </langSec>
          <langSec xml:lang="tr">
            <termSec><term>resmî devlet ziyareti</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termSec>
            <termSec><term>devlet ziyareti</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
            <termSec><term>eski ziyaret</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>
          </langSec>
          <langSec xml:lang="KK"><termSec><term><![CDATA[мемлекеттік сапар]]></term></termSec></langSec>
        </conceptEntry>
      </body></text>
    </tbx>
    """

  @Test func readsTBXBasicV3() throws {
    let result = read(Self.basicV3)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    let entry = try #require(result.glossary.entries.first)
    #expect(entry.id == "c-state-visit")
    #expect(entry.domain == "protocol")
    #expect(entry.definition == "The highest-ranking visit & ceremony.")
    #expect(entry.forms["tr"]?.map(\.text) == ["devlet ziyareti", "resmî devlet ziyareti", "eski ziyaret"])
    #expect(entry.forms["tr"]?.map(\.status) == [.preferred, .admitted, .deprecated])
    #expect(entry.preferred(in: "kk") == "мемлекеттік сапар")
  }

  @Test func readsTheEd3NamespaceAndDCTStyle() throws {
    let text = """
      <tbx type="TBX-Basic" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed:3.0" xmlns:basic="http://www.tbxinfo.net/ns/basic" xmlns:min="http://www.tbxinfo.net/ns/min">
      <text><body><conceptEntry id="c1"><min:subjectField>defense</min:subjectField>
      <langSec xml:lang="en"><termSec><term>joint exercise</term><basic:administrativeStatus>preferredTerm-admn-sts</basic:administrativeStatus></termSec>
      <termSec><term>combined drill</term><basic:administrativeStatus>deprecatedTerm-admn-sts</basic:administrativeStatus></termSec></langSec>
      </conceptEntry></body></text></tbx>
      """
    let result = read(text)
    #expect(!result.hasErrors)
    let entry = try #require(result.glossary.entries.first)
    #expect(entry.domain == "defense")
    #expect(entry.forms["en"]?.map(\.status) == [.preferred, .deprecated])
  }

  @Test func readsTBX2008AsOmegaTAndTranslateToolkitWriteIt() throws {
    let text = """
      <?xml version="1.0" encoding="UTF-8"?>
      <!DOCTYPE martif PUBLIC "ISO 12200:1999A//DTD MARTIF core (DXFcdV04)//EN" "TBXcdv04.dtd">
      <martif type="TBX" xml:lang="en">
        <martifHeader><fileDesc><sourceDesc><p>Translate Toolkit</p></sourceDesc></fileDesc></martifHeader>
        <text><body>
          <termEntry id="e1">
            <descrip type="subjectField">diplomacy</descrip>
            <langSet xml:lang="en"><tig><term>joint declaration</term></tig></langSet>
            <langSet xml:lang="tr"><ntig><termGrp><term>ortak deklarasyon</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termGrp></ntig>
              <tig><term>ortak bildiri</term></tig></langSet>
            <note>from an OmegaT project</note>
          </termEntry>
          <termEntry><langSet lang="EN-US"><tig><term>no id</term></tig></langSet></termEntry>
        </body></text>
      </martif>
      """
    let result = read(text)
    #expect(!result.hasErrors, "\(result.diagnostics)")
    #expect(result.glossary.entries.count == 2)
    let entry = result.glossary.entries[0]
    #expect(entry.note == "from an OmegaT project")
    #expect(entry.forms["tr"]?.map(\.text) == ["ortak deklarasyon", "ortak bildiri"])
    #expect(result.glossary.entries[1].forms["en-US"] != nil)
    #expect(GlossaryValidator.check(result.glossary).contains { $0.code == .missingID })
  }

  @Test(arguments: [
    (
      "<?xml version=\"1.0\"?><!DOCTYPE tbx [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><tbx><text>&xxe;</text></tbx>",
      GlossaryDiagnostic.Code.unsafeXML, "entity declarations are not allowed"
    ),
    (
      "<!DOCTYPE tbx [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><tbx>&b;</tbx>",
      .unsafeXML, "entity declarations are not allowed"
    ),
    ("<!DOCTYPE tbx [ ]><tbx/>", .unsafeXML, "internal subset"),
    ("<!DOCTYPE tbx SYSTEM \"http://example.com/evil.dtd\"><tbx/>", .unsafeXML, "external DTD"),
    ("<tbx type=\"TBX-Basic\"><text><body><conceptEntry id=\"a\"><langSec xml:lang=\"en\">", .malformedXML, "ends before"),
    ("<tbx type=\"TBX-Basic\"></tbx><tbx/>", .malformedXML, "two roots"),
    ("<tbx><text></body></tbx>", .malformedXML, "mismatched"),
    ("", .malformedXML, "empty"),
    ("<html><body/></html>", .unsupportedTBX, "neither <tbx>"),
  ])
  func refusesHostileAndBrokenXML(text: String, code: GlossaryDiagnostic.Code, message: String) throws {
    let result = read(text)
    let error = try #require(result.errors.first)
    #expect(error.code == code, "\(error)")
    #expect(error.message.contains(message), "\(error)")
    #expect(result.glossary.entries.isEmpty)
  }

  @Test func refusesDeepNesting() throws {
    let text = "<tbx>" + String(repeating: "<a>", count: 100) + String(repeating: "</a>", count: 100) + "</tbx>"
    let error = try #require(read(text).errors.first)
    #expect(error.code == .tooDeep)
    #expect(error.location.line == 1)
  }

  @Test func loadsAFileOverTenMegabytes() throws {
    var parts = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tbx type=\"TBX-Basic\" xmlns=\"urn:iso:std:iso:30042:ed-2\"><text><body>\n"]
    var count = 0
    var size = 0
    while size < 11_000_000 {
      parts.append("<conceptEntry id=\"c\(count)\"><descrip type=\"subjectField\">test</descrip><langSec xml:lang=\"en\"><termSec><term>term number \(count)</term><termNote type=\"administrativeStatus\">preferredTerm-admn-sts</termNote></termSec></langSec><langSec xml:lang=\"tr\"><termSec><term>terim \(count)</term></termSec></langSec></conceptEntry>\n")
      size += parts[parts.count - 1].utf8.count
      count += 1
    }
    parts.append("</body></text></tbx>\n")
    let text = parts.joined()
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tilmash-tbx-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("big.tbx").path
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    let result = GlossaryReader.read(path: path)
    #expect(!result.hasErrors, "\(result.diagnostics.prefix(3))")
    #expect(result.glossary.entries.count == count)
  }
}
