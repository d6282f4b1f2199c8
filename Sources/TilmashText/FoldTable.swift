import CICU

/// Per-scalar facts for the folder, computed from ICU once per casing family.
///
/// Covers U+0000 to U+206F (Latin, Greek, Cyrillic and its supplement, general punctuation):
/// nearly every scalar of English, Turkish and Kazakh text. Other scalars are asked of ICU as
/// they come.
final class FoldTable: Sendable {
  static let standard = FoldTable(language: .root)
  static let turkic = FoldTable(language: .turkish)

  enum CaseKind: UInt8 { case uncased, upper, lower }

  static let limit: UInt32 = 0x2070
  private static let flagInert: UInt8 = 1
  private static let flagBoundary: UInt8 = 2
  private static let flagWord: UInt8 = 4

  let language: CaseLanguage
  /// 1 for ASCII letters and digits.
  let asciiWordByte: [UInt8]
  private let flags: [UInt8]
  private let scripts: [Script]
  private let cases: [CaseKind]
  private let foldedStart: [Int32]
  private let foldedBytes: [UInt8]

  private init(language: CaseLanguage) {
    self.language = language
    var flags = [UInt8](repeating: 0, count: Int(Self.limit))
    var scripts = [Script](repeating: .other, count: Int(Self.limit))
    var cases = [CaseKind](repeating: .uncased, count: Int(Self.limit))
    var foldedStart: [Int32] = []
    var foldedBytes: [UInt8] = []
    foldedStart.reserveCapacity(Int(Self.limit) + 1)
    for value in 0..<Self.limit {
      foldedStart.append(Int32(foldedBytes.count))
      guard let scalar = Unicode.Scalar(value) else { continue }
      var flag: UInt8 = 0
      if cicu_nfc_inert(value) != 0 { flag |= Self.flagInert }
      if cicu_nfc_boundary_before(value) != 0 { flag |= Self.flagBoundary }
      if TextClass.isWordScalar(scalar) { flag |= Self.flagWord }
      flags[Int(value)] = flag
      scripts[Int(value)] = Script(scalar)
      let properties = scalar.properties
      cases[Int(value)] = properties.isUppercase ? .upper : properties.isLowercase ? .lower : .uncased
      if flag & Self.flagInert != 0 {
        foldedBytes.append(contentsOf: Self.foldSegment([scalar], language))
      }
    }
    foldedStart.append(Int32(foldedBytes.count))
    self.flags = flags
    self.scripts = scripts
    self.cases = cases
    self.foldedStart = foldedStart
    self.foldedBytes = foldedBytes
    self.asciiWordByte = (0..<256).map { $0 < 0x80 && flags[$0] & Self.flagWord != 0 ? 1 : 0 }
  }

  @inline(__always)
  func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < Self.limit ? flags[Int(scalar.value)] & Self.flagWord != 0 : TextClass.isWordScalar(scalar)
  }

  @inline(__always)
  func hasBoundaryBefore(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < Self.limit
      ? flags[Int(scalar.value)] & Self.flagBoundary != 0 : cicu_nfc_boundary_before(scalar.value) != 0
  }

  @inline(__always)
  func script(_ scalar: Unicode.Scalar) -> Script {
    scalar.value < Self.limit ? scripts[Int(scalar.value)] : Script(scalar)
  }

  @inline(__always)
  func caseKind(_ scalar: Unicode.Scalar) -> CaseKind {
    if scalar.value < Self.limit { return cases[Int(scalar.value)] }
    let properties = scalar.properties
    return properties.isUppercase ? .upper : properties.isLowercase ? .lower : .uncased
  }

  /// The folded UTF-8 of a scalar that NFC leaves alone, or nil when it must be folded with its
  /// neighbours through ICU.
  @inline(__always)
  func folded(_ scalar: Unicode.Scalar) -> ArraySlice<UInt8>? {
    let value = Int(scalar.value)
    guard scalar.value < Self.limit, flags[value] & Self.flagInert != 0 else { return nil }
    return foldedBytes[Int(foldedStart[value])..<Int(foldedStart[value + 1])]
  }

  func foldSegment(_ scalars: [Unicode.Scalar]) -> [UInt8] {
    Self.foldSegment(scalars, language)
  }

  /// NFC, then case folding, then one apostrophe and no optional circumflex.
  static func foldSegment(_ scalars: [Unicode.Scalar], _ language: CaseLanguage) -> [UInt8] {
    var text = String(String.UnicodeScalarView(scalars))
    text = Normalization.normalize(text, to: .nfc)
    text = CaseMapping.fold(text, language: language)
    var output: [UInt8] = []
    for scalar in text.unicodeScalars {
      let mapped: Unicode.Scalar =
        switch scalar.value {
        case 0xE2: "a"
        case 0xEE: "i"
        case 0xFB: "u"
        case let value where TextClass.isApostrophe(value): "'"
        default: scalar
        }
      UTF8.encode(mapped) { output.append($0) }
    }
    return output
  }
}
