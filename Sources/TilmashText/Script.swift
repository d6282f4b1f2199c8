import CICU

/// The writing system of a letter or a word, as far as Tilmash tells them apart.
public enum Script: UInt8, Sendable, CustomStringConvertible {
  case other = 0
  case latin = 1
  case cyrillic = 2
  /// Digits, punctuation and marks that belong to no one script.
  case common = 3

  /// The script of one scalar, from ICU's Script property. Inlinable, so that callers scanning
  /// mostly ASCII text pay no call for an ASCII scalar.
  @inlinable
  public init(_ scalar: Unicode.Scalar) {
    if scalar.value < 0x80 {
      let isLetter = (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A
      self = isLetter ? .latin : .common
      return
    }
    self.init(beyondASCII: scalar)
  }

  @usableFromInline
  init(beyondASCII scalar: Unicode.Scalar) {
    self = Script(rawValue: UInt8(truncatingIfNeeded: cicu_script(scalar.value))) ?? .other
  }

  /// The script of a word: the one script of its letters, `.common` when it has none, and
  /// `.other` when letters of several scripts are mixed (see `MixedScriptRepair`).
  public static func of<S: Sequence>(_ scalars: S) -> Script where S.Element == Unicode.Scalar {
    var found = Script.common
    for scalar in scalars {
      let script = Script(scalar)
      if script == .common { continue }
      if found == .common {
        found = script
      } else if found != script {
        return .other
      }
    }
    return found
  }

  public var description: String {
    switch self {
    case .other: "other"
    case .latin: "Latin"
    case .cyrillic: "Cyrillic"
    case .common: "common"
    }
  }
}
