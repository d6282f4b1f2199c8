/// A word split into a known stem and a chain of inflectional suffixes.
///
///     SuffixAnalyzer.shared(.turkish).analyses(of: "bakanlığının", stems: ["bakanlık"])
///     // [InflectedStem(surfaceStemLength: 9, stem: "bakanlık", suffix: "ının")]
///
/// `surfaceStemLength` counts UTF-8 bytes of the word ("bakanlığ" is 9 bytes); `stem` is the
/// dictionary form, which differs from the surface stem where a final consonant softened.
public struct InflectedStem: Sendable, Equatable {
  /// The length in UTF-8 bytes of the stem as it appears in the word.
  public var surfaceStemLength: Int
  /// The stem in dictionary form, as UTF-8 (a folded key).
  public var stem: [UInt8]
  /// The suffix chain as it appears in the word; for debugging and tests.
  public var suffix: String

  public init(surfaceStemLength: Int, stem: [UInt8], suffix: String) {
    self.surfaceStemLength = surfaceStemLength
    self.stem = stem
    self.suffix = suffix
  }

  /// The dictionary form as a string.
  public var stemText: String { String(decoding: stem, as: UTF8.self) }
}

extension InflectedStem: CustomStringConvertible {
  public var description: String { "\(stemText)+\(suffix)" }
}
