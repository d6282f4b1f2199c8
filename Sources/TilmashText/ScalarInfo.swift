/// What the folder needs to know of one scalar, packed in one word: whether a normalization
/// segment starts at it, whether it belongs to a word, its script and case, and its key when it
/// is a segment of its own and that key is at most six bytes.
///
///     FoldTable.standard.info(0x0130).foldedCount  // 3 ("i̇", i and U+0307)
///
/// Bits 0–2 hold the key's length, bit 3 says the key is inline, bits 4–9 the flags below and
/// bits 16–63 the key's bytes, first byte lowest.
struct ScalarInfo {
  let bits: UInt64

  private static let inlineBit: UInt64 = 1 << 3
  private static let boundaryBit: UInt64 = 1 << 4
  private static let wordBit: UInt64 = 1 << 5
  static let latinBit: UInt64 = 1 << 6
  static let cyrillicBit: UInt64 = 1 << 7
  private static let caseShift: UInt64 = 8
  private static let keyShift: UInt64 = 16
  private static let maxInline = 6

  /// What follows the last scalar of a text: a boundary that no word goes on past.
  static let end = ScalarInfo(bits: boundaryBit)

  private init(bits: UInt64) { self.bits = bits }

  init(isBoundary: Bool, isWord: Bool, script: Script, caseKind: FoldTable.CaseKind, folded: [UInt8]?) {
    var bits: UInt64 = 0
    if isBoundary { bits |= Self.boundaryBit }
    if isWord { bits |= Self.wordBit }
    if script == .latin { bits |= Self.latinBit }
    if script == .cyrillic { bits |= Self.cyrillicBit }
    bits |= UInt64(CapitalizationTracker.bit(caseKind)) << Self.caseShift
    if isBoundary, let folded, folded.count <= Self.maxInline {
      bits |= Self.inlineBit | UInt64(folded.count)
      for (offset, byte) in folded.enumerated() { bits |= UInt64(byte) << (Self.keyShift + 8 * UInt64(offset)) }
    }
    self.bits = bits
  }

  var hasBoundaryBefore: Bool { bits & Self.boundaryBit != 0 }
  var isWord: Bool { bits & Self.wordBit != 0 }
  /// `CapitalizationTracker.bit` of the scalar's case.
  var caseBit: UInt8 { UInt8(truncatingIfNeeded: bits >> Self.caseShift) & 3 }
  /// Whether the key of the scalar alone is held here (`foldedCount`, `foldedBytes`).
  var hasInlineKey: Bool { bits & Self.inlineBit != 0 }
  var foldedCount: Int { Int(truncatingIfNeeded: bits & 7) }
  /// The key's bytes, first byte lowest.
  var foldedBytes: UInt64 { bits >> Self.keyShift }
}
