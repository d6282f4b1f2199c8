import Testing

@testable import TilmashMorphology

struct SuffixTableErrorTests {
  @Test(
    arguments: [
      ("bogus x", 1, 1, "unknown directive 'bogus'"),
      ("final voiced : *\ngroup stem : > nowhere", 2, 16, "unknown group 'nowhere'"),
      ("final c : *\nsymbol a : x", 2, 8, "a symbol is one capital letter A-Z, not 'a'"),
      ("final c : *", 1, 1, "no 'group stem' (the start of every suffix chain)"),
      ("final x : *\nsymbol A : a\ngroup stem : > pl\ngroup pl : +lQr", 4, 14, "unknown symbol Q"),
      ("final c : *\ngroup stem : > a\ngroup a : +x > a", 3, 16, "group 'a' leads back to itself"),
      ("final v : *\nsymbol A : a/back\ngroup stem :", 2, 14, "'back' is neither a vowel feature nor a final class"),
      ("final vowel : a\nfinal c : *\ngroup stem : > p\ngroup p : +(y", 4, 12, "unclosed '('"),
      ("final c : *\ngroup stem : > p\ngroup p : +(y)a", 3, 12, "an optional part needs a final class named 'vowel'"),
      (
        "final c : *\ngroup stem : > p\ngroup p : +ша\nscript latin\nmap а=a", 3, 12,
        "letter ш has no mapping in script 'latin'"
      ),
      ("final c : *\ngroup stem : > p\ngroup p : lar", 3, 11, "a suffix starts with '+', not 'lar'"),
      ("  vowel ä ö\n", 1, 12, "expected ':'"),
      ("group stem :\nvowel a : back\nvowel a : front", 3, 7, "vowel a is declared twice"),
      ("group stem :\ngroup stem :", 2, 7, "group 'stem' is already defined on line 1"),
      ("group stem :", 1, 1, "no final class holds the other letters ('final NAME : *')"),
      ("final c : *\nalternate k", 2, 12, "expected 'alternate DICTIONARY SURFACE [obligatory]'"),
      ("final c : *\ngroup stem : > p\ngroup p : +a/", 3, 14, "expected a feature or class name in ''"),
      ("final c : *\nmap а=a", 2, 1, "a letter map belongs to a later script"),
      ("final c : *\nscript latin\nmap аa", 3, 5, "expected a pair of letters like а=a, not 'аa'"),
    ] as [(String, Int, Int, String)])
  func reportsLineAndColumn(table: String, line: Int, column: Int, message: String) {
    #expect(throws: SuffixTableError(line: line, column: column, message: message)) {
      try SuffixAnalyzer(language: .turkish, table: table)
    }
  }

  @Test func describesThePosition() {
    let error = SuffixTableError(line: 3, column: 7, message: "unknown group 'x'")
    #expect(error.description == "line 3, column 7: unknown group 'x'")
  }

  @Test func aTinyCustomTable() throws {
    let table = """
      # Two harmony classes and one suffix.
      vowel a : back
      vowel e : front
      final vowel : a e
      final other : *
      symbol A : a/back e/front
      group stem : > plural
      group plural : +(y)lAr
      """
    let analyzer = try SuffixAnalyzer(language: .turkish, table: table)
    #expect(analyzer.analyses(of: "kalar", stems: ["k"]).isEmpty)
    #expect(analyzer.analyses(of: "taklar", stems: ["tak"]).map(\.suffix) == ["lar"])
    #expect(analyzer.analyses(of: "teler", stems: ["te"]).isEmpty)
    #expect(analyzer.analyses(of: "teyler", stems: ["te"]).map(\.suffix) == ["yler"])
  }
}
