import TilmashText

/// Writes every apostrophe before a Turkish suffix alike: an apostrophe (' ’ ʼ ‘) between a
/// capitalized word or a number and lower-case letters (`Astana’da`, `2022'de`).
public struct ApostropheStage: NormalizationStage {
  public let style: ApostropheStyle

  public init(style: ApostropheStyle) {
    self.style = style
  }

  public func run(on text: String) -> StageResult {
    guard let wanted = style.scalar else { return StageResult() }
    let scalars = TextScan.scalars(of: text)
    var edits: [Edit] = []
    var wordStart: Int?
    for index in scalars.indices {
      let scalar = scalars[index].scalar
      if TextClass.isWordScalar(scalar) {
        if wordStart == nil { wordStart = index }
        continue
      }
      defer { wordStart = nil }
      guard let start = wordStart, TextClass.isApostrophe(scalar.value), scalar != wanted,
        index + 1 < scalars.count, scalars[index + 1].scalar.properties.isLowercase
      else { continue }
      let first = scalars[start].scalar
      guard first.properties.isUppercase || first.properties.numericType != nil else { continue }
      let offset = scalars[index].offset
      edits.append(Edit(range: offset..<(offset + UTF8.width(scalar)), replacement: String(wanted), rule: .apostrophe))
    }
    return StageResult(edits: edits)
  }
}
