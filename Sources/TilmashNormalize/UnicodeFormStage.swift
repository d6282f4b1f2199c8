import TilmashText

/// Puts text in NFC (or NFKC), touching only the stretches that change.
///
/// The text is cut before every ASCII space, tab and line break (no normalization reaches across
/// them), and each piece with non-ASCII bytes is normalized on its own; pieces already
/// normalized stay byte for byte as they are.
public struct UnicodeFormStage: NormalizationStage {
  public let form: NormalizationForm

  public init(form: NormalizationForm = .nfc) {
    self.form = form
  }

  public func run(on text: String) -> StageResult {
    let bytes = Array(text.utf8)
    var edits: [Edit] = []
    var start = 0
    var hasNonASCII = false
    let rule: EditRule = form == .nfkc || form == .nfkcCasefold || form == .nfkd ? .nfkc : .nfc
    func finish(_ end: Int) {
      defer {
        start = end
        hasNonASCII = false
      }
      guard hasNonASCII, end > start else { return }
      // Most pieces are letters that are NFC whatever surrounds them: no string, no ICU.
      if form == .nfc, bytes[start..<end].withUnsafeBufferPointer({ Normalization.isNFCByScalars(utf8: $0) }) {
        return
      }
      let piece = String(decoding: bytes[start..<end], as: UTF8.self)
      let normalized = Normalization.normalize(piece, to: form)
      guard !normalized.unicodeScalars.elementsEqual(piece.unicodeScalars) else { return }
      edits.append(Edit(range: start..<end, replacement: normalized, rule: rule))
    }
    for (offset, byte) in bytes.enumerated() {
      if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
        finish(offset)
        start = offset + 1
      } else if byte >= 0x80 {
        hasNonASCII = true
      }
    }
    finish(bytes.count)
    return StageResult(edits: edits)
  }
}
