import TilmashText

/// Writes each word that mixes Latin and Cyrillic look-alikes in its dominant script
/// (`MixedScriptRepair`): `Қaзақстан` with a Latin a becomes all Cyrillic.
public struct ScriptRepairStage: NormalizationStage {
  public let repair: MixedScriptRepair

  public init(repair: MixedScriptRepair = .shared) {
    self.repair = repair
  }

  public func run(on text: String) -> StageResult {
    var edits: [Edit] = []
    for word in TextScan.words(of: text) {
      guard let repaired = repair.repairedScalars(word.scalars), repaired != word.scalars else { continue }
      edits.append(Edit(range: word.range, replacement: String(String.UnicodeScalarView(repaired)), rule: .script))
    }
    return StageResult(edits: edits)
  }
}
