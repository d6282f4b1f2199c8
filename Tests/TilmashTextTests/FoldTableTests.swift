import CICU
import Testing

@testable import TilmashText

struct FoldTableTests {
  /// Every packed table word says what ICU and `TextClass` say of its scalar, and holds the key
  /// ICU gives the scalar alone whenever it is short enough to be held.
  @Test(arguments: [CaseLanguage.turkish, .english])
  func packedInfoAgreesWithICU(language: CaseLanguage) {
    let table = language.isTurkic ? FoldTable.turkic : FoldTable.standard
    var mismatches: [String] = []
    for value in 0..<FoldTable.limit {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let info = table.info(value)
      let properties = scalar.properties
      let caseKind: FoldTable.CaseKind = properties.isUppercase ? .upper : properties.isLowercase ? .lower : .uncased
      let script = Script(scalar)
      var agrees =
        info.hasBoundaryBefore == (cicu_nfc_boundary_before(value) != 0) && info.isWord == TextClass.isWordScalar(scalar)
        && info.caseBit == CapitalizationTracker.bit(caseKind)
        && (info.bits & ScalarInfo.latinBit != 0) == (script == .latin)
        && (info.bits & ScalarInfo.cyrillicBit != 0) == (script == .cyrillic)
      if info.hasBoundaryBefore {
        let key = table.foldSegment([scalar])
        let packed = (0..<info.foldedCount).map { UInt8(truncatingIfNeeded: info.foldedBytes >> (8 * UInt64($0))) }
        agrees = agrees && (info.hasInlineKey ? packed == key : key.count > 6)
        agrees = agrees && table.folded(scalar).map(Array.init) == key
      } else {
        agrees = agrees && !info.hasInlineKey
      }
      if !agrees { mismatches.append(String(value, radix: 16, uppercase: true)) }
    }
    #expect(mismatches.isEmpty, "U+\(mismatches.prefix(20).joined(separator: " U+"))")
  }

  /// Scalars above the table come from ICU with the same facts, and never with a packed key.
  @Test(arguments: [0x2070, 0x212A, 0x2160, 0x24B6, 0x4E2D, 0xFB01, 0xFEFF, 0x1F600] as [UInt32])
  func infoAboveTheTable(value: UInt32) throws {
    let scalar = try #require(Unicode.Scalar(value))
    let info = FoldTable.standard.info(value)
    #expect(info.hasBoundaryBefore == (cicu_nfc_boundary_before(value) != 0))
    #expect(info.isWord == TextClass.isWordScalar(scalar))
    #expect(!info.hasInlineKey)
  }

  @Test(arguments: [
    ("Ankara", FoldedText.Capitalization.title), ("NATO", .upper), ("iPhone", .mixed), ("ankara", .lower), ("2019", .lower),
    ("ΑΘΗΝΑ", .upper), ("Ǆemal", .title),
  ])
  func capitalization(word: String, expected: FoldedText.Capitalization) {
    var tracker = CapitalizationTracker()
    for scalar in word.unicodeScalars { tracker.add(bit: FoldTable.standard.info(scalar.value).caseBit) }
    #expect(tracker.result == expected)
  }
}
