import Testing

@testable import TilmashGlossary

struct ValidatorTests {
  @Test func errorsAndWarnings() {
    let text = """
      id,type,en,tr
      a,term,joint exercise,ortak tatbikat
      a,term,joint drill,
      ,term,x,
      b,term,,
      c,term,JOINT EXERCISE,!eski
      """
    let result = GlossaryReader.read(text: text, file: "g.csv", format: .csv)
    let found = GlossaryValidator.check(result.glossary)
    let codes = found.map(\.code)
    #expect(codes.contains(.duplicateID))
    #expect(codes.contains(.missingID))
    #expect(codes.contains(.noForms))
    #expect(codes.contains(.ambiguousForm))
    #expect(codes.contains(.onlyDeprecated))
    let duplicate = found.first { $0.code == .duplicateID }
    #expect(duplicate?.description == "g.csv:3:1: error: duplicate id 'a' (first at line 2)")
  }

  @Test func shippedGlossariesHaveNoErrors() {
    #expect(!DefaultGlossaries.names.isEmpty)
    for result in DefaultGlossaries.results {
      #expect(!result.hasErrors, Comment(rawValue: result.diagnostics.description))
      let errors = GlossaryValidator.check(result.glossary).filter(\.isError)
      #expect(errors.isEmpty, Comment(rawValue: errors.description))
    }
    let loaded = GlossaryLoader.load(paths: [])
    #expect(loaded.glossary.entries.count > 100)
  }
}
