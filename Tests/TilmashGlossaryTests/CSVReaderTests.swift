import Testing

@testable import TilmashGlossary

struct CSVReaderTests {
  func read(_ text: String, _ format: GlossaryFormat = .csv) -> GlossaryReadResult {
    GlossaryReader.read(text: text, file: "t.csv", format: format)
  }

  @Test func readsFormsStatusesAndColumns() throws {
    let result = read(
      "id,type,domain,en,tr,kk,note\n"
        + "t-spa,term,diplomacy,strategic partnership agreement,stratejik ortaklık anlaşması | !stratejik ortaklık antlaşması,стратегиялық әріптестік туралы келісім,\n")
    #expect(result.diagnostics.isEmpty)
    let entry = try #require(result.glossary.entries.first)
    #expect(entry.id == "t-spa")
    #expect(entry.domain == "diplomacy")
    #expect(entry.note == nil)
    #expect(entry.forms["tr"] == [Form("stratejik ortaklık anlaşması", status: .preferred), Form("stratejik ortaklık antlaşması", status: .deprecated)])
    #expect(entry.preferred(in: "kk") == "стратегиялық әріптестік туралы келісім")
    #expect(entry.location == SourceLocation(file: "t.csv", line: 2, column: 1))
  }

  @Test(arguments: [
    // CRLF line endings and a BOM.
    ("\u{FEFF}id,en\r\na,one\r\nb,two\r\n", ["a": "one", "b": "two"]),
    // Quotes, an embedded comma, an embedded newline, a doubled quote.
    ("id,en,definition\na,\"x, y\",\"line 1\nline 2 \"\"q\"\"\"\n", ["a": "x, y"]),
    // Empty cells and a blank line.
    ("id,en,tr\na,,bir\n\nb,two,\n", ["a": "", "b": "two"]),
    // No final newline, lone CR endings.
    ("id,en\ra,one\rb,two", ["a": "one", "b": "two"]),
  ])
  func edgeCases(text: String, expected: [String: String]) {
    let result = read(text)
    #expect(!result.hasErrors, "\(result.diagnostics)")
    var found: [String: String] = [:]
    for entry in result.glossary.entries { found[entry.id] = entry.preferred(in: "en") ?? "" }
    #expect(found == expected)
  }

  @Test func pipeInsideQuotesSeparatesFormsButNotDefinitions() throws {
    let result = read("id,en,definition\na,\"one | two\",\"a | b, c\"\n")
    let entry = try #require(result.glossary.entries.first)
    #expect(entry.forms["en"]?.map(\.text) == ["one", "two"])
    #expect(entry.definition == "a | b, c")
  }

  @Test func embeddedNewlineKeepsLinePositions() throws {
    let result = read("id,en,note\na,one,\"x\ny\"\nb,two,\n")
    #expect(result.glossary.entries.map { $0.location?.line } == [2, 4])
  }

  @Test func tsv() throws {
    let result = read("id\ttype\ten\tkk-Latn\np\tperson\tAbai\tAbai | !Abay\n", .tsv)
    let entry = try #require(result.glossary.entries.first)
    #expect(entry.kind == .person)
    #expect(entry.forms["kk-Latn"]?.map(\.status) == [.preferred, .deprecated])
  }

  @Test(arguments: [
    ("id,english\na,b\n", GlossaryDiagnostic.Code.unknownColumn, 1, 4),
    ("id,kk_Latn\na,b\n", .unknownColumn, 1, 4),
    ("id,en,en\na,b,c\n", .duplicateColumn, 1, 7),
    ("en\nb\n", .missingColumn, 1, 1),
    ("id,en\na,\"unterminated\n", .malformedCSV, 2, 3),
    ("id,en\na,\"x\"y\n", .malformedCSV, 2, 6),
    ("id,en\na,b\"c\n", .malformedCSV, 2, 4),
    ("id,en\na,b,c\n", .extraField, 2, 5),
  ])
  func errors(text: String, code: GlossaryDiagnostic.Code, line: Int, column: Int) throws {
    let result = read(text)
    let error = try #require(result.errors.first)
    #expect(error.code == code)
    #expect(error.location.line == line)
    #expect(error.location.column == column, "\(error)")
  }

  @Test func invalidUTF8IsLocated() throws {
    let bytes = Array("id,en\na,".utf8) + [0xFF] + Array("\n".utf8)
    let result = GlossaryReader.read(bytes: bytes, file: "t.csv", format: .csv)
    let error = try #require(result.errors.first)
    #expect(error.description == "t.csv:2:3: error: invalid UTF-8 at byte offset 8")
  }

  @Test func unknownKindIsAWarning() {
    let result = read("id,type,en\na,event,x\n")
    #expect(!result.hasErrors)
    #expect(result.diagnostics.map(\.code) == [.unknownKind])
    #expect(result.glossary.entries.first?.kind == .term)
  }
}
