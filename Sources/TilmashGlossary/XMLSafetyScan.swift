/// Refuses XML that declares entities or references anything outside itself, before any parser
/// sees it.
///
/// libxml2 (behind FoundationXML) refuses the billion-laughs attack but accepts a quadratic
/// blow-up, drops custom entities silently, and would read a DTD it is pointed to. So any
/// `<!ENTITY`, any `<!DOCTYPE` with an internal subset (`[ ... ]`) and any `<!DOCTYPE` with a
/// `SYSTEM` or `PUBLIC` identifier are refused, with one exception: the DTDs that TBX 2008 tools
/// name (`TBXcoreStructV02.dtd`, `TBXBasiccoreStructV02.dtd`, `TBXcdv04.dtd`) are blanked out
/// (replaced by spaces, so positions do not move) and never loaded, because OmegaT and Translate
/// Toolkit write them in every file.
enum XMLSafetyScan {
  static let knownTBXDTDs = ["TBXcoreStructV02.dtd", "TBXBasiccoreStructV02.dtd", "TBXcdv04.dtd", "TBXcdv04.DTD"]

  /// Either the bytes to parse (a known TBX DTD blanked out), or the refusal, located.
  static func check(_ bytes: [UInt8], file: String) -> Result<[UInt8], GlossaryDiagnostic> {
    let entity = Array("<!ENTITY".utf8)
    let doctype = Array("<!DOCTYPE".utf8)
    var result = bytes
    var index = 0
    while index + 1 < bytes.count {
      if bytes[index] == 0x3C, bytes[index + 1] == 0x21, matches(entity, bytes, at: index) {
        return .failure(refusal(at: index, bytes, file, "entity declarations are not allowed (<!ENTITY)"))
      }
      index += 1
    }
    index = 0
    let count = bytes.count
    while index < count {
      guard bytes[index] == 0x3C, index + 1 < count, bytes[index + 1] == 0x21 else {
        index += 1
        continue
      }
      if matches(entity, bytes, at: index) {
        return .failure(refusal(at: index, bytes, file, "entity declarations are not allowed (<!ENTITY)"))
      }
      if matches(doctype, bytes, at: index) {
        // The declaration ends at the first '>' outside quotes; '[' outside quotes opens a subset.
        var position = index + doctype.count
        var quote: UInt8 = 0
        var sawSubset = false
        while position < count {
          let byte = bytes[position]
          if quote != 0 {
            if byte == quote { quote = 0 }
          } else if byte == 0x22 || byte == 0x27 {
            quote = byte
          } else if byte == 0x5B {
            sawSubset = true
          } else if byte == 0x3E {
            break
          }
          position += 1
        }
        if sawSubset {
          return .failure(refusal(at: index, bytes, file, "a DOCTYPE with an internal subset is not allowed"))
        }
        let declaration = String(decoding: bytes[index..<min(position, count)], as: UTF8.self)
        if declaration.contains("SYSTEM") || declaration.contains("PUBLIC") {
          guard knownTBXDTDs.contains(where: { declaration.contains($0) }) else {
            return .failure(
              refusal(at: index, bytes, file, "a DOCTYPE that references an external DTD is not allowed; remove the DOCTYPE line"))
          }
          for blank in index..<min(position + 1, count) where result[blank] != 0x0A && result[blank] != 0x0D {
            result[blank] = 0x20
          }
        }
        index = position
        continue
      }
      index += 2
    }
    return .success(result)
  }

  private static func matches(_ pattern: [UInt8], _ bytes: [UInt8], at index: Int) -> Bool {
    guard index + pattern.count <= bytes.count else { return false }
    for offset in 0..<pattern.count where bytes[index + offset] != pattern[offset] { return false }
    return true
  }

  private static func refusal(at offset: Int, _ bytes: [UInt8], _ file: String, _ message: String) -> GlossaryDiagnostic {
    .error(.unsafeXML, at: SourceLocation(file: file, byteOffset: offset, in: bytes), message)
  }
}
