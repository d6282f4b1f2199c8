import Testing

@testable import TilmashMorphology

struct EmbeddedTableTests {
  @Test(arguments: MorphologyLanguage.allCases)
  func embeddedTableCompiles(language: MorphologyLanguage) throws {
    let table = SuffixAnalyzer.embeddedTable(language)
    #expect(!table.isEmpty)
    let analyzer = try SuffixAnalyzer(language: language, table: table)
    #expect(analyzer.trie.nodeCount > 1)
  }
}
