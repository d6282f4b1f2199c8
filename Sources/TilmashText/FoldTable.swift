import CICU

/// Per-scalar facts for the folder, computed from ICU once per casing family.
///
/// Covers U+0000 to U+206F (Latin, Greek, Cyrillic and its supplement, general punctuation):
/// nearly every scalar of English, Turkish and Kazakh text. Other scalars are asked of ICU as
/// they come.
///
/// The tables live in buffers allocated once and never written after `init`, so reading them
/// from many threads is safe; lookups then cost no reference counting.
final class FoldTable: @unchecked Sendable {
  static let standard = FoldTable(language: .root)
  static let turkic = FoldTable(language: .turkish)

  enum CaseKind: UInt8 { case uncased, upper, lower }

  static let limit: UInt32 = 0x2070
  private static let flagBoundary: UInt8 = 2
  private static let flagWord: UInt8 = 4

  let language: CaseLanguage
  /// 1 for ASCII letters and digits.
  let asciiWordByte: UnsafeMutableBufferPointer<UInt8>
  /// The lower case of each ASCII byte in this casing family; 0 for `I` under Turkic rules,
  /// which folds to two bytes (ı).
  let asciiLower: UnsafeMutableBufferPointer<UInt8>
  /// Whether each scalar starts a normalization segment (`flagBoundary`), for `folded`.
  private let flags: UnsafeMutableBufferPointer<UInt8>
  private let foldedStart: UnsafeMutableBufferPointer<Int32>
  private let foldedBytes: UnsafeMutableBufferPointer<UInt8>
  /// Each scalar's flags, script, case and short key packed in one word, so that the folder's
  /// loops pay one load per scalar instead of four (see `ScalarInfo`).
  private let infos: UnsafeMutableBufferPointer<ScalarInfo>

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
      if cicu_nfc_boundary_before(value) != 0 { flag |= Self.flagBoundary }
      if TextClass.isWordScalar(scalar) { flag |= Self.flagWord }
      flags[Int(value)] = flag
      scripts[Int(value)] = Script(scalar)
      let properties = scalar.properties
      cases[Int(value)] = properties.isUppercase ? .upper : properties.isLowercase ? .lower : .uncased
      // A scalar that starts a normalization segment, and is not followed by one that combines
      // with it, is a segment of its own: its key can be computed once.
      if flag & Self.flagBoundary != 0 {
        foldedBytes.append(contentsOf: Self.foldSegment([scalar], language))
      }
    }
    foldedStart.append(Int32(foldedBytes.count))
    self.infos = Self.buffer(
      (0..<Int(Self.limit)).map { value in
        let folded = flags[value] & Self.flagBoundary != 0 ? foldedBytes[Int(foldedStart[value])..<Int(foldedStart[value + 1])] : nil
        return ScalarInfo(
          isBoundary: flags[value] & Self.flagBoundary != 0, isWord: flags[value] & Self.flagWord != 0,
          script: scripts[value], caseKind: cases[value], folded: folded.map(Array.init))
      })
    self.flags = Self.buffer(flags)
    self.foldedStart = Self.buffer(foldedStart)
    self.foldedBytes = Self.buffer(foldedBytes)
    self.asciiWordByte = Self.buffer((0..<256).map { $0 < 0x80 && flags[$0] & Self.flagWord != 0 ? 1 : 0 })
    self.asciiLower = Self.buffer(
      (0..<256).map { byte -> UInt8 in
        guard byte < 0x80 else { return 0 }
        let folded = Self.foldSegment([Unicode.Scalar(UInt8(byte))], language)
        return folded.count == 1 ? folded[0] : 0
      })
  }

  deinit {
    for buffer in [asciiWordByte, asciiLower, flags, foldedBytes] { buffer.deallocate() }
    foldedStart.deallocate()
    infos.deallocate()
  }

  private static func buffer<T>(_ values: [T]) -> UnsafeMutableBufferPointer<T> {
    let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(values.count, 1))
    _ = buffer.initialize(from: values)
    return buffer
  }

  /// Everything the folder asks of the scalar `value`: from the table below `limit`, else from ICU.
  @inline(__always)
  func info(_ value: UInt32) -> ScalarInfo {
    value < Self.limit ? infos[Int(value)] : Self.slowInfo(value)
  }

  @inline(never)
  private static func slowInfo(_ value: UInt32) -> ScalarInfo {
    let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
    let properties = scalar.properties
    return ScalarInfo(
      isBoundary: cicu_nfc_boundary_before(value) != 0, isWord: TextClass.isWordScalar(scalar), script: Script(scalar),
      caseKind: properties.isUppercase ? .upper : properties.isLowercase ? .lower : .uncased, folded: nil)
  }

  /// The key of a scalar that forms a normalization segment on its own (the caller checks that
  /// the next scalar does not combine with it), or nil when it must go through ICU.
  @inline(__always)
  func folded(_ scalar: Unicode.Scalar) -> UnsafeBufferPointer<UInt8>? {
    let value = Int(scalar.value)
    guard scalar.value < Self.limit, flags[value] & Self.flagBoundary != 0 else { return nil }
    return UnsafeBufferPointer(rebasing: foldedBytes[Int(foldedStart[value])..<Int(foldedStart[value + 1])])
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
