import TilmashText

/// Writes each word that mixes Latin and Cyrillic look-alikes in its dominant script
/// (`MixedScriptRepair`): `Қaзақстан` with a Latin a becomes all Cyrillic.
public struct ScriptRepairStage: NormalizationStage {
  public let repair: MixedScriptRepair

  public init(repair: MixedScriptRepair = .shared) {
    self.repair = repair
  }

  public func run(on text: String) -> StageResult {
    // Only a word with letters of both scripts can change, and most texts have one script.
    guard Self.hasLatinAndCyrillic(text) else { return StageResult(edits: []) }
    var edits: [Edit] = []
    for word in TextScan.words(of: text) {
      guard let repaired = repair.repairedScalars(word.scalars), repaired != word.scalars else { continue }
      edits.append(Edit(range: word.range, replacement: String(String.UnicodeScalarView(repaired)), rule: .script))
    }
    return StageResult(edits: edits)
  }

  /// Whether `text` has both a Latin and a Cyrillic scalar (`Script`).
  static func hasLatinAndCyrillic(_ text: String) -> Bool {
    var latin = false
    var cyrillic = false
    for scalar in text.unicodeScalars {
      switch Script(scalar) {
      case .latin: latin = true
      case .cyrillic: cyrillic = true
      default: continue
      }
      if latin, cyrillic { return true }
    }
    return false
  }
}
