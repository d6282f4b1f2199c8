import Testing

@testable import TilmashNormalize

struct SuffixAdjusterTests {
  @Test func shippedTableParses() throws {
    _ = try SuffixAdjuster(rules: EmbeddedData.files["suffix-harmony.txt"] ?? "")
    #expect(SuffixAdjuster.shared.languages == ["kk", "kk-Latn", "tr"])
  }
}
