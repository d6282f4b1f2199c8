import Testing
import TilmashGlossary

struct EntryKindTests {
  @Test func ordinalsArePositionsInAllCases() {
    #expect(EntryKind.allCases.map(\.ordinal) == Array(EntryKind.allCases.indices))
  }
}
